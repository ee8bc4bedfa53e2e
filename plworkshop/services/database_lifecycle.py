"""Opening the app's database the way both the GUI and the command line do."""

from __future__ import annotations

import logging

from plworkshop.paths import AppPaths
from plworkshop.storage.opening import open_database, sqlite_path
from plworkshop.storage.unit_of_work import Database

log = logging.getLogger(__name__)


def open_app_database(paths: AppPaths, url: str, *, read_only: bool = False) -> Database:
    """Open, creating or migrating; an older SQLite schema is backed up before it is migrated."""
    paths.ensure()

    def backup_first(engine) -> None:
        from plworkshop.services.backups import backup_before_migration

        source = sqlite_path(url)
        if source is not None:
            saved = backup_before_migration(source, paths)
            log.info("Backed up %s to %s before migrating", source, saved)

    return open_database(url, read_only=read_only, before_migration=backup_first)
