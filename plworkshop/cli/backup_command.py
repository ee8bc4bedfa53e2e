"""`plworkshop backup -o PATH` and `plworkshop restore PATH`."""

from __future__ import annotations

from pathlib import Path

from plworkshop.domain.errors import PlworkshopError


def register(sub) -> None:
    backup = sub.add_parser("backup", help="a consistent copy of the database, taken while it may be in use")
    backup.add_argument("-o", "--output", required=True, help="where to write the copy")
    backup.set_defaults(run=run_backup)
    restore = sub.add_parser(
        "restore", help="replace the database with a backup (the current one is kept aside)"
    )
    restore.add_argument("path", help="the backup file")
    restore.set_defaults(run=run_restore)


def _sqlite_file(env) -> Path:
    from plworkshop.storage.opening import sqlite_path

    path = sqlite_path(env.database_url)
    if path is None:
        raise PlworkshopError(
            "Backup and restore work on the SQLite database; for a PostgreSQL "
            "server use the server's own tools (pg_dump and pg_restore)."
        )
    return path


def run_backup(args, env) -> int:
    from plworkshop.services.backups import backup_sqlite

    source = _sqlite_file(env)
    env.database()  # opens, checks and migrates it first, so the copy is a healthy current database
    target = backup_sqlite(source, Path(args.output))
    print(target)
    return 0


def run_restore(args, env) -> int:
    from plworkshop.services.backups import check_backup, restore_sqlite
    from plworkshop.storage.instance_lock import is_locked

    database = _sqlite_file(env)
    check_backup(Path(args.path))  # a backup that would be refused is refused before anything else
    if is_locked(database):
        raise PlworkshopError(
            "The database is open in plworkshop right now; close the app first, "
            "or use File → Restore from backup inside it."
        )
    kept = restore_sqlite(Path(args.path), database)
    env.database()  # proves the restored file opens (and migrates an older backup)
    print(f"Restored {database} from {args.path}.")
    if kept is not None:
        print(f"The database as it was is kept at {kept}.")
    return 0
