"""Fixtures for the room: a workshop in a temp SQLite file and its server on 127.0.0.1."""

from __future__ import annotations

import pytest
from room_helpers import make_room_workshop

from plworkshop.room.server import RoomServer


@pytest.fixture
def room_workshop(tmp_path):
    return make_room_workshop(tmp_path)


@pytest.fixture
def room(room_workshop):
    server = RoomServer(room_workshop.url, room_workshop.workshop_id, host="127.0.0.1", port=0).start()
    try:
        yield server
    finally:
        server.stop()
