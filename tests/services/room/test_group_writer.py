"""The room's single writer: grouped commits, a refused write leaving the others, the app beside it."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "room"))
from room_helpers import make_room_workshop

from plworkshop.domain.errors import InvalidValue
from plworkshop.room.writer import GroupWriter
from plworkshop.services import responses
from plworkshop.services.room import sessions
from plworkshop.storage.opening import open_database


@pytest.fixture
def workshop(tmp_path):
    return make_room_workshop(tmp_path)


def _record(w, text, position):
    return lambda uow: responses.record_response(
        uow,
        w.workshop_id,
        condition=position.condition,
        stage=position.stage,
        question=position.question,
        text=text,
    )


def test_a_refused_write_in_a_group_leaves_the_others_committed(workshop):
    committed = []
    writer = GroupWriter(workshop.url, on_committed=committed.extend)
    try:
        session = writer.call(
            lambda uow: sessions.open_session(uow, workshop.workshop_id, host="127.0.0.1", port=1)
        )
        gate = threading.Event()
        writer.submit(lambda uow: gate.wait(10))  # holds the writer so the next three form one group
        good1 = writer.submit(_record(workshop, "first", session.position), "one")
        bad = writer.submit(_record(workshop, "", session.position), "bad")
        good2 = writer.submit(_record(workshop, "second", session.position), "two")
        gate.set()
        assert good1.result(10).text == "first" and good2.result(10).text == "second"
        with pytest.raises(InvalidValue):
            bad.result(10)
    finally:
        writer.stop()
    assert committed == ["one", "two"]
    db = open_database(workshop.url)
    try:
        texts = sorted(r.text for r in responses.list_responses(db.uow(), workshop.workshop_id))
    finally:
        db.dispose()
    assert texts == ["first", "second"]


def test_a_write_that_fails_half_way_leaves_nothing_of_itself(workshop):
    writer = GroupWriter(workshop.url)
    try:
        session = writer.call(lambda uow: sessions.open_session(uow, workshop.workshop_id, host="h", port=1))

        def half(uow):
            _record(workshop, "kept only if all of it lands", session.position)(uow)
            raise InvalidValue("x", "refused after the first step")

        with pytest.raises(InvalidValue):
            writer.call(half)
        writer.call(_record(workshop, "after", session.position))
    finally:
        writer.stop()
    db = open_database(workshop.url)
    try:
        texts = [r.text for r in responses.list_responses(db.uow(), workshop.workshop_id)]
    finally:
        db.dispose()
    assert texts == ["after"]


def test_the_desktop_apps_own_connection_writes_beside_the_room(workshop):
    writer = GroupWriter(workshop.url)
    app_db = open_database(workshop.url)
    try:
        session = writer.call(lambda uow: sessions.open_session(uow, workshop.workshop_id, host="h", port=1))
        for i in range(20):
            writer.submit(_record(workshop, f"room {i}", session.position))
            _record(workshop, f"app {i}", session.position)(app_db.uow())
        writer.call(lambda uow: None)
        texts = [r.text for r in responses.list_responses(app_db.uow(), workshop.workshop_id)]
    finally:
        writer.stop()
        app_db.dispose()
    assert len(texts) == 40 and {t.split()[0] for t in texts} == {"room", "app"}
