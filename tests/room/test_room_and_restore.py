"""A restore waits for the room: it is refused while the room server holds the database."""

from __future__ import annotations


def test_a_restore_is_refused_while_the_room_runs_and_allowed_once_it_stops(room_workshop, tmp_path):
    """The room writes through engines of its own: swapping the file under it would lose what it takes."""
    from pathlib import Path

    import pytest

    from plworkshop.domain.errors import DatabaseInUse
    from plworkshop.room.server import RoomServer
    from plworkshop.services.backups import backup_sqlite, restore_sqlite
    from plworkshop.storage.opening import sqlite_path

    database = Path(sqlite_path(room_workshop.url))
    backup = backup_sqlite(database, tmp_path / "copy.db")
    server = RoomServer(room_workshop.url, room_workshop.workshop_id, host="127.0.0.1", port=0).start()
    try:
        with pytest.raises(DatabaseInUse, match="nothing was restored"):
            restore_sqlite(backup, database)
    finally:
        server.stop()
    assert restore_sqlite(backup, database) is not None
