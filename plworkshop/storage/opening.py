"""Opening a database: detect damage, refuse a newer schema, migrate an older one after a backup.

Every check that can refuse runs before anything is written: a database we refuse (damaged, newer,
read-only) is left byte for byte as it was. The version is read through a read-only connection before
the engine (whose connections switch the journal mode) ever touches the file.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine

from plworkshop.domain.errors import DatabaseDamaged, DatabaseReadOnly
from plworkshop.output_files import protect
from plworkshop.storage import schema
from plworkshop.storage.engine import is_sqlite_url, make_engine
from plworkshop.storage.reachability import check_url, unreachable
from plworkshop.storage.unit_of_work import Database
from plworkshop.storage.users_lock import DatabaseUsers

SQLITE_HEADER = b"SQLite format 3\x00"


def sqlite_path(url: str) -> Path | None:
    """The file behind a `sqlite:///...` URL, or None for memory or other backends."""
    if not is_sqlite_url(url):
        return None
    rest = url.split("///", 1)[1] if "///" in url else ""
    if not rest or rest.startswith(":memory:"):
        return None
    return Path(rest.split("?", 1)[0])


def check_writable(path: Path) -> None:
    """DatabaseReadOnly if the database file or its folder cannot be written (SQLite needs both)."""
    folder = path.parent
    if folder.exists() and not os.access(folder, os.W_OK | os.X_OK):
        raise DatabaseReadOnly(
            f"The data folder {folder} is read-only, so plworkshop cannot save anything "
            "there; the database itself is fine. Make the folder writable, or choose "
            "another data folder."
        )
    if path.exists() and not os.access(path, os.W_OK):
        raise DatabaseReadOnly(
            f"The database file {path} is read-only, so plworkshop cannot save anything "
            "to it; the database itself is fine. Make the file writable."
        )


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
        if "readonly" in str(exc) or "unable to open" in str(exc):
            check_writable(path)  # a read-only folder is not damage: say what it is
        raise DatabaseDamaged(f"The database {name} is damaged and cannot be opened ({exc}).") from exc
    if rows != [("ok",)]:
        raise DatabaseDamaged(f"The database {name} is damaged ({rows[0][0]}); restore a backup to continue.")


def sqlite_revision(path: Path) -> str | None:
    """The schema revision stamped in an SQLite file, read without writing; None if it has none."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in names:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamaged(f"The database {path.name} is damaged and cannot be opened ({exc}).") from exc
    finally:
        conn.close()


def refuse_newer_sqlite(path: Path) -> None:
    """DatabaseTooNew, before any write, if the file was made by a newer plworkshop."""
    schema.refuse_unknown_revision(sqlite_revision(path))


def open_database(
    url: str, *, read_only: bool = False, before_migration: Callable[[Engine], None] | None = None
) -> Database:
    """Open (creating or migrating as needed) the database at `url`.

    `before_migration` runs before an older schema is upgraded: the caller takes a backup there.
    Raises DatabaseDamaged, DatabaseTooNew, DatabaseReadOnly or DatabaseUnreachable, each before
    anything is written; never overwrites a damaged file. A writable SQLite file is held as a user
    (see `users_lock`) until the database is disposed, so a restore never swaps it underneath.
    """
    check_url(url)
    path = sqlite_path(url)
    users: DatabaseUsers | None = None
    if path is not None:
        if not read_only:
            check_writable(path)
        check_sqlite_file(path)
        refuse_newer_sqlite(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        protect(path)
        if not read_only:
            users = DatabaseUsers(path).share()
    engine = None
    try:
        engine = make_engine(url)
        state = _first_look(engine, url)
        if state == "newer":
            schema.ensure_not_newer(engine)
        if state in ("empty", "older") and not read_only:
            schema.create_or_migrate(engine, before_migration)
    except BaseException:
        if engine is not None:
            engine.dispose()
        if users is not None:
            users.release()
        raise
    return Database(engine, read_only=read_only, on_dispose=users.release if users else None)


def _first_look(engine: Engine, url: str) -> str:
    """The schema state; a server that cannot be reached is said so in one sentence."""
    from sqlalchemy.exc import OperationalError

    try:
        return schema.schema_state(engine)
    except OperationalError as exc:
        if sqlite_path(url) is None:
            raise unreachable(url, exc) from exc
        raise
