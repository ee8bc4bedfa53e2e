"""The database schema's version: create, check and migrate with Alembic.

Opening a database reads its revision with one query; Alembic itself is imported only when a
migration has to run, because it costs start-up time the facilitator would notice.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, inspect, text

from plworkshop.domain.errors import DatabaseTooNew
from plworkshop.storage.schema_lock import schema_lock

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# The newest revision this version of plworkshop knows; a test checks it matches the scripts.
HEAD_REVISION = "0006_action_item_plan_fields"
KNOWN_REVISIONS = (
    "0001_initial",
    "0002_lookup_indexes",
    "0003_room_sessions",
    "0004_themes_parking_agenda",
    "0005_time_box_progress",
    "0006_action_item_plan_fields",
)


def alembic_config(connection=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database, or None for an empty database."""
    with engine.connect() as conn:
        return current_revision_on(conn)


def current_revision_on(conn) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    return row[0] if row else None


def schema_state(engine: Engine) -> str:
    """'empty', 'current', 'older' or 'newer'."""
    revision = current_revision(engine)
    if revision is None:
        with engine.connect() as conn:
            return "empty" if not inspect(conn).get_table_names() else "older"
    if revision == HEAD_REVISION:
        return "current"
    if revision in KNOWN_REVISIONS:
        return "older"
    return "newer"


def refuse_unknown_revision(revision: str | None) -> None:
    """DatabaseTooNew for a revision this plworkshop does not know (None, an empty database, is fine)."""
    if revision is not None and revision != HEAD_REVISION and revision not in KNOWN_REVISIONS:
        raise DatabaseTooNew(
            "This database was written by a newer version of plworkshop; please update plworkshop to open it."
        )


def ensure_not_newer(engine: Engine) -> None:
    refuse_unknown_revision(current_revision(engine))


def create_or_migrate(engine: Engine, before_migration: Callable[[Engine], None] | None = None) -> None:
    """Create the tables of an empty database or upgrade an older one, safe against a second process.

    The work runs under the database's write lock (SQLite: `BEGIN IMMEDIATE`; PostgreSQL: an advisory
    lock), and the revision is read again once the lock is held: a process that waited while another
    created or migrated the schema finds it current and does nothing.
    """
    from alembic import command

    with schema_lock(engine) as conn:
        revision = current_revision_on(conn)
        refuse_unknown_revision(revision)
        if revision == HEAD_REVISION:
            return
        if revision is not None or inspect(conn).get_table_names():
            if before_migration is not None:
                before_migration(engine)
        command.upgrade(alembic_config(conn), "head")


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision` (default: the newest) inside one connection."""
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), revision)
