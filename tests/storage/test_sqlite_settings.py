"""The SQLite settings that make every commit durable, and damage detection at open."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from plworkshop.domain.errors import DatabaseDamaged
from plworkshop.storage.opening import open_database


def test_pragmas_on_every_connection(db):
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() >= 1000


@pytest.mark.parametrize(
    "content",
    [
        b"",  # empty is fine: a new database
    ],
)
def test_empty_file_becomes_a_database(tmp_path, content):
    path = tmp_path / "x.db"
    path.write_bytes(content)
    open_database(f"sqlite:///{path}").dispose()
    assert path.read_bytes().startswith(b"SQLite format 3")


@pytest.mark.parametrize(
    "make",
    [
        lambda good: b"this is a spreadsheet, not a database" * 100,
        lambda good: good[: len(good) // 3],
        lambda good: good[:100] + b"\xff" * 4000 + good[4100:],
        lambda good: b"SQLite format 3\x00" + b"\x00" * 84 + b"garbage" * 1000,
    ],
    ids=["not-sqlite", "truncated", "garbage-pages", "header-lies"],
)
def test_damaged_files_are_detected_and_never_overwritten(tmp_path, db, make):
    from plworkshop.services import demo

    demo.create_demo_workshop(db.uow())
    with db.engine.connect() as conn:
        conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    db.dispose()
    good = db.engine.url.database
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(make(Path(good).read_bytes()))
    before = damaged.read_bytes()
    with pytest.raises(DatabaseDamaged):
        open_database(f"sqlite:///{damaged}")
    assert damaged.read_bytes() == before
