"""Test-wide setup: Qt offscreen before any Qt import, and a data folder that is always a temp dir."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PLWORKSHOP_NO_NETWORK_CHECK", "1")

import pytest

from plworkshop.paths import DATA_DIR_ENV, DATABASE_URL_ENV, AppPaths


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    """No test can ever touch a real user profile: the data folder is a fresh temp dir."""
    data_dir = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_ENV, str(data_dir))
    monkeypatch.delenv(DATABASE_URL_ENV, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    yield data_dir


@pytest.fixture
def app_paths(_isolated_data_dir) -> AppPaths:
    paths = AppPaths(_isolated_data_dir)
    paths.ensure()
    return paths


@pytest.fixture
def db(app_paths):
    """A migrated SQLite database in a real file under tmp_path."""
    from plworkshop.storage.opening import open_database

    database = open_database(app_paths.default_database_url)
    yield database
    database.dispose()


@pytest.fixture
def uow(db):
    return db.uow()


@pytest.fixture
def workshop(db):
    """A workshop with three participants and two conditions on the agenda."""
    from plworkshop.services import agenda, roster, workshops

    w = workshops.create_workshop(
        db.uow(), title="Fixture convening", date="2026-11-23", state="North Dakota", facilitator="Pat Lee"
    )
    roster.add_participants(
        db.uow(),
        w.id,
        [
            roster.NewParticipant("Ana Ruiz", "families"),
            roster.NewParticipant("Ben Okafor", "teachers-and-unions", named_in_report=False),
            roster.NewParticipant("Chen Wu", "policymakers", role="Senator"),
        ],
    )
    agenda.set_agenda(db.uow(), w.id, [("collaborative-leadership", 45), ("balanced-assessments", 30)])
    return w


# --- Shared fixtures from tests/support/ (on sys.path through pytest's `pythonpath` setting) -------
# Sample workshops used by tests in several folders (services, reports, cli, ui), and the throwaway
# PostgreSQL server, which starts only when a test asks for it.
from bundle_fixtures import (  # noqa: E402,F401
    rich_bundle,
    rich_document,
    rich_id,
    shared_rich_document,
    src_db,
)
from filled_workshop import filled_workshop, pack  # noqa: E402,F401
from planned_workshop import planned_snapshot  # noqa: E402,F401
from postgres_support import postgres_db, postgres_server, postgres_url  # noqa: E402,F401
from rich_workshop import rich, rich_snapshot  # noqa: E402,F401
from statewide import statewide  # noqa: E402,F401


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_db_url(request, app_paths):
    """The URL of a fresh database, once on SQLite and once on PostgreSQL (migrated on PostgreSQL;
    the SQLite file is created and migrated by the first open)."""
    if request.param == "sqlite":
        return app_paths.default_database_url
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def any_db(any_db_url):
    """A migrated `Database`, once on SQLite and once on PostgreSQL."""
    from plworkshop.storage.opening import open_database

    database = open_database(any_db_url)
    yield database
    database.dispose()
