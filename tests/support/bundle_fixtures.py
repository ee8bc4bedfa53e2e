"""Bundle fixtures: a rich workshop in a second database and its exported bundle."""

from __future__ import annotations

from pathlib import Path

import pytest
from bundle_helpers import build_rich_workshop

from plworkshop.services.bundles import export_bundle, read_bundle
from plworkshop.storage.opening import open_database


@pytest.fixture
def src_db(tmp_path):
    """A second database, the one bundles are exported from."""
    database = open_database(f"sqlite:///{tmp_path / 'source.db'}")
    yield database
    database.dispose()


@pytest.fixture
def rich_id(src_db) -> str:
    return build_rich_workshop(src_db)


@pytest.fixture
def rich_bundle(src_db, rich_id, tmp_path) -> Path:
    return export_bundle(src_db.uow(), rich_id, tmp_path / "rich.plw")


@pytest.fixture
def rich_document(rich_bundle) -> dict:
    return read_bundle(rich_bundle)


@pytest.fixture(scope="module")
def shared_rich_document(tmp_path_factory) -> dict:
    """The rich workshop's bundle document, built once per module (tests must copy before changing)."""
    folder = tmp_path_factory.mktemp("rich")
    database = open_database(f"sqlite:///{folder / 'source.db'}")
    try:
        workshop_id = build_rich_workshop(database)
        return read_bundle(export_bundle(database.uow(), workshop_id, folder / "rich.plw"))
    finally:
        database.dispose()
