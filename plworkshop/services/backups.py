"""Consistent copies of the SQLite database, taken with SQLite's backup API (safe while in use).

A restore checks everything before it moves anything: the backup must be a healthy plworkshop
database this version can open (not a newer one), the data folder must be writable, and no other
process may have the database open (see `storage.users_lock`), so no one's work lands in the file set
aside. Only then is the backup copied beside the database, the current file copied aside, and the copy
renamed into place.

Backups get the permissions of any file the person makes (0666 less the umask), like every other
output: they hold nothing the database does not, so nothing calls for a stricter mode.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path

from plworkshop.domain.errors import DatabaseDamaged, DatabaseInUse, PlworkshopError
from plworkshop.output_files import output_target, place_file, remove_stale_temps, temp_path_beside
from plworkshop.paths import AppPaths
from plworkshop.storage.opening import check_sqlite_file, check_writable, refuse_newer_sqlite
from plworkshop.storage.users_lock import DatabaseUsers


def _stamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def _copy_sqlite(source: Path, destination: Path) -> None:
    """Copy page by page inside one read transaction into a new file; never a torn copy."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        # made here, empty, so it gets 0666 less the umask; SQLite would make it 0644 whatever the umask
        os.close(os.open(destination, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        dst = sqlite3.connect(destination)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    except sqlite3.DatabaseError as exc:
        destination.unlink(missing_ok=True)
        raise DatabaseDamaged(f"The backup could not be taken: {exc}.") from exc
    except BaseException:
        destination.unlink(missing_ok=True)
        raise
    finally:
        src.close()


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy `source` to `target` whole or not at all; a killed copy leaves only a hidden temporary file."""
    if not Path(source).exists():
        raise PlworkshopError(f"There is no database at {source} to back up.")
    target = Path(target).expanduser()
    target.parent.mkdir(parents=True, exist_ok=True)
    real = output_target(target)
    remove_stale_temps(real)
    temp = temp_path_beside(real)
    _copy_sqlite(Path(source), temp)
    try:
        place_file(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return target


def backup_before_migration(source: Path, paths: AppPaths) -> Path:
    return backup_sqlite(source, paths.backups_dir / f"before-migration-{_stamp()}.db")


def check_backup(backup: Path) -> None:
    """Everything that could refuse `backup`, checked without writing anything."""
    if not backup.is_file():
        raise PlworkshopError(f"There is no backup at {backup}.")
    check_sqlite_file(backup)
    _require_plworkshop_schema(backup)
    refuse_newer_sqlite(backup)


def restore_sqlite(backup: Path, database: Path) -> Path | None:
    """Replace `database` with `backup`; the current file is kept aside. Returns where it was kept.

    Every check runs first, so a refused restore leaves every file as it was.
    """
    backup, database = Path(backup), Path(database)
    if database.exists() and backup.exists() and backup.resolve() == database.resolve():
        raise PlworkshopError(f"{backup} is the database itself, not a backup of it.")
    check_backup(backup)
    check_writable(database)
    with DatabaseUsers(database).take_alone():
        staging = temp_path_beside(database)
        _copy_sqlite(backup, staging)
        kept: Path | None = None
        try:
            if database.exists():
                kept = database.with_name(f"{database.stem}.before-restore-{_stamp()}{database.suffix}")
                if _is_sqlite(database):
                    _copy_sqlite(database, kept)
                    _leave_wal_mode(database)
                else:
                    shutil.copy2(database, kept)
            staging.replace(database)
        except BaseException:
            staging.unlink(missing_ok=True)
            if kept is not None and database.exists():
                kept.unlink(missing_ok=True)
            raise
        for suffix in ("-wal", "-shm"):
            Path(str(database) + suffix).unlink(missing_ok=True)
    return kept


def _leave_wal_mode(database: Path) -> None:
    """Fold the write-ahead log into the file and remove it, so no old log outlives the swap."""
    conn = sqlite3.connect(database, timeout=5)
    try:
        mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    finally:
        conn.close()
    if str(mode).lower() != "delete":
        raise DatabaseInUse(
            "The database is being read by another program, so it cannot be replaced "
            "right now; nothing was restored. Try again in a moment."
        )


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
