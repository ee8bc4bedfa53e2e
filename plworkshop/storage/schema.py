"""The database schema's version: create, check and migrate with Alembic.

Opening a database reads its revision with one query; Alembic itself is imported only when a
migration has to run, because it costs start-up time the facilitator would notice.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, inspect, text

from plworkshop.domain.errors import DatabaseTooNew

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

# The newest revision this version of plworkshop knows; a test checks it matches the scripts.
HEAD_REVISION = "0004_themes_parking_agenda"
KNOWN_REVISIONS = ("0001_initial", "0002_lookup_indexes", "0003_room_sessions", "0004_themes_parking_agenda")


def _alembic_config(connection=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database, or None for an empty database."""
    with engine.connect() as conn:
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


def ensure_not_newer(engine: Engine) -> None:
    if schema_state(engine) == "newer":
        raise DatabaseTooNew(
            "This database was written by a newer version of plworkshop; "
            "please update plworkshop to open it.")


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision` (default: the newest) inside one connection."""
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(_alembic_config(conn), revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    with engine.begin() as conn:
        command.downgrade(_alembic_config(conn), revision)
