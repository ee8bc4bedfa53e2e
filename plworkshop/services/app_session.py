"""The database as the desktop app holds it: one writer lock, the daily backup, the trash purge, and a
backup on closing. The command line opens databases without the lock (scripts may run beside the app),
except `restore`, which refuses while the app has the database open.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from plworkshop.paths import AppPaths
from plworkshop.services import backup_rotation, workshops
from plworkshop.services.database_lifecycle import open_app_database
from plworkshop.storage.instance_lock import InstanceLock
from plworkshop.storage.opening import sqlite_path
from plworkshop.storage.unit_of_work import Database

log = logging.getLogger(__name__)


@dataclass
class AppDatabase:
    db: Database
    paths: AppPaths
    read_only: bool
    lock: InstanceLock | None = None
    notes: list[str] = field(default_factory=list)

    def close(self) -> None:
        """Back up (for the default SQLite file), then let go of the database and the lock."""
        try:
            if self.lock is not None and self._is_default_file():
                backup_rotation.automatic_backup(self.paths, "close")
        except Exception:
            log.exception("Backup on closing failed")
        finally:
            self.db.dispose()
            if self.lock is not None:
                self.lock.release()
                self.lock = None

    def _is_default_file(self) -> bool:
        return (
            sqlite_path(self.db.engine.url.render_as_string(hide_password=False)) == self.paths.database_file
        )


def open_for_app(paths: AppPaths, url: str, *, read_only: bool = False) -> AppDatabase:
    """Open the database for the GUI. Raises DatabaseInUse if another app instance has it, unless
    `read_only`, in which case nothing can be changed and no lock is taken."""
    paths.ensure()
    file = sqlite_path(url)
    lock = None
    existed = file is not None and file.exists() and file.stat().st_size > 0
    if file is not None and not read_only:
        lock = InstanceLock(file).acquire()
    try:
        db = open_app_database(paths, url, read_only=read_only)
    except Exception:
        if lock is not None:
            lock.release()
        raise
    session = AppDatabase(db=db, paths=paths, read_only=read_only, lock=lock)
    if lock is not None and file == paths.database_file:
        try:
            if existed and backup_rotation.backup_on_open(paths):
                session.notes.append("daily backup taken")
            purged = workshops.purge_trash(db.uow())
            if purged:
                session.notes.append(f"{purged} workshops older than 30 days removed from the trash")
        except Exception:
            log.exception("Housekeeping on opening failed")
    return session


def restore_and_reopen(session: AppDatabase, backup) -> AppDatabase:
    """Close the app's database, put `backup` in its place (the current file kept aside), reopen."""
    from pathlib import Path

    from plworkshop.services.backups import check_backup, restore_sqlite

    url = session.db.engine.url.render_as_string(hide_password=False)
    file = sqlite_path(url)
    if file is None:
        from plworkshop.domain.errors import PlworkshopError

        raise PlworkshopError("Restoring a backup works on the SQLite database only.")
    check_backup(Path(backup))  # refused before the app lets go of its database or takes a backup
    session.close()
    try:
        restore_sqlite(Path(backup), file)
    finally:
        reopened = open_for_app(session.paths, url, read_only=session.read_only)
    return reopened


def replace_damaged_with_backup(paths: AppPaths, url: str, backup) -> AppDatabase:
    """Set a damaged database file aside (never overwritten) and open `backup` in its place."""
    from pathlib import Path

    from plworkshop.services.backups import restore_sqlite

    restore_sqlite(Path(backup), sqlite_path(url))
    return open_for_app(paths, url)
