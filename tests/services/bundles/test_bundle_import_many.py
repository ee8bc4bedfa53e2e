"""`import_bundles`: many files, each atomic in its own savepoint, several per commit, reported after it."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path

import pytest
from bundle_helpers import dump_tables

from bench.workloads.district_samples import generate_district_bundles
from bench.workloads.large_workshop import WorkshopSize
from plworkshop.domain.errors import BundleRefused
from plworkshop.services import workshops
from plworkshop.services.bundles import import_bundle, import_bundles, many
from plworkshop.services.bundles.reading import read_raw_document
from plworkshop.storage.opening import open_database

SMALL = WorkshopSize(participants=12, responses=60, action_items=6)


@pytest.fixture(scope="module")
def districts(tmp_path_factory) -> list[Path]:
    """Five small district bundles made with the shared generator and the real writer."""
    return generate_district_bundles(tmp_path_factory.mktemp("districts"), 5, size=SMALL, vary=False)


def _clashing(source: Path, other: Path, folder: Path) -> Path:
    """`source` under a new workshop id, but its last response has an id from `other`'s workshop."""
    document = copy.deepcopy(read_raw_document(source))
    document["workshop"]["id"] = "0e4a1c52-6d1b-4c3e-9a55-3f1f3a0b9c01"
    document["workshop"]["responses"][-1]["id"] = read_raw_document(other)["workshop"]["responses"][0]["id"]
    path = folder / "clash.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_each_file_atomic_in_order_and_a_refusal_leaves_nothing(any_db, districts, tmp_path):
    damaged = tmp_path / "damaged.plw"
    damaged.write_bytes(districts[0].read_bytes()[:500])
    clash = _clashing(districts[3], districts[0], tmp_path)
    paths = [districts[0], damaged, districts[1], clash, districts[2]]
    reported = []
    results = import_bundles(any_db.uow(), paths, on_result=reported.append, max_bundles=2)
    assert [r.path for r in results] == paths and reported == results
    assert [r.outcome.status if r.imported else type(r.error).__name__ for r in results] == [
        "new",
        "BundleRefused",
        "new",
        "BundleRefused",
        "new",
    ]
    assert "reuses an id" in str(results[3].error)
    # the clashing bundle wrote part of itself before its last response clashed: all of it is gone
    assert {w.id for w in workshops.list_workshops(any_db.uow())} == {
        r.outcome.workshop_id for r in results if r.imported
    }
    again = import_bundles(any_db.uow(), [districts[0], districts[1], districts[2]])
    assert [r.outcome.status for r in again] == ["unchanged"] * 3


def test_same_rows_as_one_file_at_a_time(districts, tmp_path):
    one = open_database(f"sqlite:///{tmp_path / 'one.db'}")
    many_db = open_database(f"sqlite:///{tmp_path / 'many.db'}")
    try:
        for path in districts:
            import_bundle(one.uow(), path)
        results = import_bundles(many_db.uow(), districts, max_bundles=3)
        assert all(r.imported for r in results)
        assert dump_tables(one) == dump_tables(many_db)
    finally:
        one.dispose()
        many_db.dispose()


def test_reported_only_once_committed_and_one_commit_per_batch(districts, tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'target.db'}"
    target, watcher = open_database(url), open_database(url)
    seen_while_writing = []
    real_apply = many.apply_in_transaction

    def apply_and_look(uow, bundle):  # what another connection sees while the batch is open
        seen_while_writing.append(len(workshops.list_workshops(watcher.uow())))
        return real_apply(uow, bundle)

    def on_result(result):  # a reported file is on disk, visible to anyone
        visible = {w.id for w in workshops.list_workshops(watcher.uow())}
        assert result.outcome.workshop_id in visible

    monkeypatch.setattr(many, "apply_in_transaction", apply_and_look)
    try:
        results = import_bundles(target.uow(), districts, on_result=on_result, max_bundles=3, max_seconds=60)
        assert all(r.imported for r in results)
        # batch 1 = files 1-3 (nothing committed while it is written), batch 2 = files 4-5
        assert seen_while_writing == [0, 0, 0, 3, 3]
        with target.engine.connect() as conn:  # the page cache went back to the default
            assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -2000
    finally:
        target.dispose()
        watcher.dispose()


def test_a_failed_commit_reports_every_file_of_its_batch(districts, tmp_path, monkeypatch):
    from plworkshop.domain.errors import StorageFailed
    from plworkshop.storage.unit_of_work import UnitOfWork

    db = open_database(f"sqlite:///{tmp_path / 'x.db'}")

    def refuse(self):
        self.s.rollback()
        raise StorageFailed("The disk is full, so the last change was not saved.")

    monkeypatch.setattr(UnitOfWork, "commit", refuse)
    try:
        results = import_bundles(db.uow(), districts[:3])
        assert all(isinstance(r.error, StorageFailed) for r in results)
        assert workshops.list_workshops(db.uow()) == []
    finally:
        db.dispose()


def test_reading_ahead_in_a_worker_process(districts, tmp_path):
    bad = tmp_path / "not-a-bundle.json"
    bad.write_text("[1, 2", encoding="utf-8")
    db = open_database(f"sqlite:///{tmp_path / 'w.db'}")
    try:
        paths = list(districts) + [bad]
        results = import_bundles(db.uow(), paths, read_ahead=True)
        assert [r.imported for r in results] == [True] * 5 + [False]
        assert isinstance(results[-1].error, BundleRefused)
        assert len(workshops.list_workshops(db.uow())) == 5
    finally:
        db.dispose()


def test_a_missing_file_is_refused_and_the_rest_imported(districts, tmp_path):
    gone = tmp_path / "gone.plw"
    shutil.copy(districts[0], tmp_path / "copy.plw")
    db = open_database(f"sqlite:///{tmp_path / 'm.db'}")
    try:
        results = import_bundles(db.uow(), [gone, tmp_path / "copy.plw"])
        assert not results[0].imported and "does not exist" in str(results[0].error)
        assert results[1].outcome.status == "new"
    finally:
        db.dispose()
