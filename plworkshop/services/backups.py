"""Consistent copies of the SQLite database, taken with SQLite's backup API (safe while in use)."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from plworkshop.domain.errors import DatabaseDamaged, PlworkshopError
from plworkshop.paths import AppPaths
from plworkshop.storage.opening import check_sqlite_file


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy `source` to `target` page by page inside one read transaction; never a torn copy."""
    if not source.exists():
        raise PlworkshopError(f"There is no database at {source} to back up.")
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    except sqlite3.DatabaseError as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseDamaged(f"The backup could not be taken: {exc}.") from exc
    finally:
        src.close()
    partial.replace(target)
    return target


def backup_before_migration(source: Path, paths: AppPaths) -> Path:
    return backup_sqlite(source, paths.backups_dir / f"before-migration-{_stamp()}.db")


def restore_sqlite(backup: Path, database: Path) -> Path | None:
    """Replace `database` with `backup`; the current file is kept aside. Returns where it was kept.

    The backup is checked first, so a damaged backup never replaces a working database.
    """
    backup = Path(backup)
    if not backup.exists():
        raise PlworkshopError(f"There is no backup at {backup}.")
    check_sqlite_file(backup)
    _require_plworkshop_schema(backup)
    kept: Path | None = None
    if database.exists():
        kept = database.with_name(f"{database.stem}.before-restore-{_stamp()}{database.suffix}")
        backup_sqlite(database, kept) if _is_sqlite(database) else shutil.copy2(database, kept)
    for suffix in ("-wal", "-shm"):
        Path(str(database) + suffix).unlink(missing_ok=True)
    staging = database.with_name(database.name + ".restoring")
    backup_sqlite(backup, staging)
    staging.replace(database)
    return kept


def _is_sqlite(path: Path) -> bool:
    try:
        check_sqlite_file(path)
        return True
    except DatabaseDamaged:
        return False


def _require_plworkshop_schema(path: Path) -> None:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        conn.close()
    if "workshops" not in names or "alembic_version" not in names:
        raise DatabaseDamaged(f"The file {path.name} is not a plworkshop backup.")
