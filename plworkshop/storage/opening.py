"""Opening a database: detect damage, refuse a newer schema, migrate an older one after a backup."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine

from plworkshop.domain.errors import DatabaseDamaged
from plworkshop.storage import schema
from plworkshop.storage.engine import is_sqlite_url, make_engine
from plworkshop.storage.unit_of_work import Database

SQLITE_HEADER = b"SQLite format 3\x00"


def sqlite_path(url: str) -> Path | None:
    """The file behind a `sqlite:///...` URL, or None for memory or other backends."""
    if not is_sqlite_url(url):
        return None
    rest = url.split("///", 1)[1] if "///" in url else ""
    if not rest or rest.startswith(":memory:"):
        return None
    return Path(rest.split("?", 1)[0])


def check_sqlite_file(path: Path) -> None:
    """Raise DatabaseDamaged unless `path` is absent, empty, or a healthy SQLite database.

    Uses a read-only raw connection so that a damaged file is never written to.
    """
    if not path.exists() or path.stat().st_size == 0:
        return
    name = path.name
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise DatabaseDamaged(f"The file {name} is not a plworkshop database (it is not SQLite at all).")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamaged(f"The database {name} is damaged and cannot be opened ({exc}).") from exc
    if rows != [("ok",)]:
        raise DatabaseDamaged(
            f"The database {name} is damaged ({rows[0][0]}); restore a backup to continue.")


def open_database(url: str, *, read_only: bool = False,
                  before_migration: Callable[[Engine], None] | None = None) -> Database:
    """Open (creating or migrating as needed) the database at `url`.

    `before_migration` runs before an older schema is upgraded: the caller takes a backup there.
    Raises DatabaseDamaged or DatabaseTooNew; never overwrites a damaged file.
    """
    path = sqlite_path(url)
    if path is not None:
        check_sqlite_file(path)
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    try:
        state = schema.schema_state(engine)
        if state == "newer":
            schema.ensure_not_newer(engine)
        if state in ("empty", "older") and not read_only:
            if state == "older" and before_migration is not None:
                before_migration(engine)
            schema.upgrade(engine)
    except Exception:
        engine.dispose()
        raise
    return Database(engine, read_only=read_only)
