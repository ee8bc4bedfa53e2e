"""The migration chain: every older database upgrades to head; a newer one is refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from plworkshop.domain.errors import DatabaseTooNew
from plworkshop.paths import AppPaths
from plworkshop.services.database_lifecycle import open_app_database
from plworkshop.storage import schema
from plworkshop.storage.engine import make_engine
from plworkshop.storage.models import Base


def test_head_constant_matches_the_scripts():
    from alembic.script import ScriptDirectory

    from plworkshop.storage.schema import alembic_config

    scripts = ScriptDirectory.from_config(alembic_config())
    assert scripts.get_current_head() == schema.HEAD_REVISION
    chain = [rev.revision for rev in scripts.walk_revisions()][::-1]
    assert tuple(chain) == schema.KNOWN_REVISIONS


def test_migrated_schema_matches_the_models(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = make_engine(f"sqlite:///{tmp_path / 'x.db'}")
    schema.upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_database_at_first_revision_upgrades_to_head_keeping_data_and_a_backup(tmp_path):
    paths = AppPaths(tmp_path / "data")
    paths.ensure()
    engine = make_engine(paths.default_database_url)
    schema.upgrade(engine, "0001_initial")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO workshops (id, title, location, state, district, facilitator, notes, "
                "framework_id, framework_version, votes_per_person, extra_json, created_at, updated_at) "
                "VALUES ('w1', 'Old convening', '', '', '', '', '', 'kw-state-policy-pl-2019', '1', 3, '{}', "
                "'2026-01-01 00:00:00', '2026-01-01 00:00:00')"
            )
        )
    engine.dispose()
    assert schema.schema_state(make_engine(paths.default_database_url)) == "older"

    db = open_app_database(paths, paths.default_database_url)
    try:
        assert schema.current_revision(db.engine) == schema.HEAD_REVISION
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT title FROM workshops")).scalar_one() == "Old convening"
            index_names = {ix["name"] for ix in inspect(conn).get_indexes("responses")}
        assert "ix_responses_participant" in index_names
    finally:
        db.dispose()
    backups = list(paths.backups_dir.glob("before-migration-*.db"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001_initial",)


def test_downgrade_then_upgrade_round_trip(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'x.db'}")
    schema.upgrade(engine)
    schema.downgrade(engine, "0001_initial")
    assert schema.current_revision(engine) == "0001_initial"
    schema.upgrade(engine)
    assert schema.current_revision(engine) == schema.HEAD_REVISION


def test_newer_database_is_refused_and_left_alone(tmp_path):
    paths = AppPaths(tmp_path / "data")
    db = open_app_database(paths, paths.default_database_url)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    db.dispose()
    before = Path(paths.database_file).read_bytes()
    with pytest.raises(DatabaseTooNew, match="newer version of plworkshop"):
        open_app_database(paths, paths.default_database_url)
    assert Path(paths.database_file).read_bytes() == before


def test_database_before_the_room_upgrades_keeping_its_responses(tmp_path):
    """A database from before the room (0002) with a workshop and a response gains the room's tables."""
    from plworkshop.services.room import sessions

    url = f"sqlite:///{tmp_path / 'before-room.db'}"
    engine = make_engine(url)
    schema.upgrade(engine, "0002_lookup_indexes")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO workshops (id, title, location, state, district, facilitator, notes, "
                "framework_id, framework_version, votes_per_person, extra_json, created_at, updated_at) "
                "VALUES ('w1', 'Before the room', '', '', '', '', '', "
                "'kw-state-policy-pl-2019', '1', 3, '{}', "
                "'2026-01-01 00:00:00', '2026-01-01 00:00:00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO responses (id, workshop_id, condition, stage, question, text, votes, hidden, "
                "created_at, updated_at) VALUES ('r1', 'w1', 'c', 1, 'q', 'old words', 2, 0, "
                "'2026-01-01 00:00:00', '2026-01-01 00:00:00')"
            )
        )
    schema.upgrade(engine)
    assert schema.current_revision(engine) == schema.HEAD_REVISION
    with engine.connect() as conn:
        assert conn.execute(text("SELECT text, votes FROM responses")).one() == ("old words", 2)
        tables = set(inspect(conn).get_table_names())
    assert {"room_sessions", "room_devices", "room_responses", "room_votes", "room_placements"} <= tables
    from plworkshop.storage.unit_of_work import Database

    db = Database(engine)
    opened = sessions.open_session(db.uow(), "w1", host="127.0.0.1", port=8765)
    assert len(opened.code) >= 22 and opened.position.condition is None
    engine.dispose()


def test_database_before_time_boxes_upgrades_keeping_its_workshops(tmp_path):
    """A database at 0004 with a workshop gains the time-box table; the workshop stays."""
    engine = make_engine(f"sqlite:///{tmp_path / 'before-time-boxes.db'}")
    schema.upgrade(engine, "0004_themes_parking_agenda")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO workshops (id, title, location, state, district, facilitator, notes, "
                "framework_id, framework_version, votes_per_person, extra_json, created_at, updated_at) "
                "VALUES ('w1', 'Kept', '', '', '', '', '', 'kw-state-policy-pl-2019', '1', 3, '{}', "
                "'2026-01-01 00:00:00', '2026-01-01 00:00:00')"
            )
        )
    schema.upgrade(engine)
    assert schema.current_revision(engine) == schema.HEAD_REVISION
    with engine.connect() as conn:
        assert conn.execute(text("SELECT title FROM workshops")).scalar() == "Kept"
        assert "time_box_progress" in set(inspect(conn).get_table_names())
