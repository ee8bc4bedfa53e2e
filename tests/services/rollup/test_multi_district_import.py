"""Twenty district bundles: into SQLite and into PostgreSQL with identical rollups; again, nothing changes."""

from __future__ import annotations

import io
import sys

import pytest
from sqlalchemy import func, select
from statewide_constants import TODAY

from bench.workloads.district_samples import generate_district_bundles
from bench.workloads.large_workshop import WorkshopSize
from plworkshop.cli.import_command import Progress, bundle_files
from plworkshop.cli.main import main
from plworkshop.services.rollup import build_rollup
from plworkshop.storage import models as m
from plworkshop.storage.opening import open_database

SIZE = WorkshopSize(participants=24, responses=90, action_items=6)


@pytest.fixture(scope="module")
def district_bundles(tmp_path_factory):
    folder = tmp_path_factory.mktemp("districts")
    generate_district_bundles(folder / "region-a", 12, seed=11, size=SIZE)
    generate_district_bundles(folder / "region-b", 8, seed=12, size=SIZE, first=13)
    return folder


def _counts(url: str) -> dict:
    db = open_database(url)
    try:
        with db.engine.connect() as conn:
            return {
                model.__tablename__: conn.execute(select(func.count()).select_from(model)).scalar_one()
                for model in (m.Workshop, m.Participant, m.Assessment, m.Response, m.ActionItem)
            }
    finally:
        db.dispose()


def _rollup(url: str):
    db = open_database(url)
    try:
        return build_rollup(db.uow(), state="Colorado", today=TODAY)
    finally:
        db.dispose()


def _import(capsys, url, *paths):
    code = main(["--database-url", url, "import", *map(str, paths)])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.postgres
def test_twenty_districts_same_rollup_on_sqlite_and_postgres(
    district_bundles, app_paths, postgres_url, capsys
):
    sqlite_url = app_paths.default_database_url
    assert len(bundle_files([str(district_bundles)])) == 20  # both regions' folders are looked through
    for url in (sqlite_url, postgres_url):
        code, out, err = _import(capsys, url, district_bundles)
        assert (code, err) == (0, "")
        assert out.splitlines()[-1] == "20 files: 20 new, 0 updated, 0 unchanged, 0 refused"
    on_sqlite, on_postgres = _rollup(sqlite_url), _rollup(postgres_url)
    assert len(on_sqlite.workshops) == 20 and on_sqlite.responses > 1000
    assert any(cell.suppressed for row in on_sqlite.districts.rows for cell in row.cells)  # the pilots
    assert on_sqlite == on_postgres

    before = {url: _counts(url) for url in (sqlite_url, postgres_url)}
    for url in (sqlite_url, postgres_url):
        code, out, err = _import(capsys, url, district_bundles)
        assert (code, err) == (0, "")
        assert out.splitlines()[-1] == "20 files: 0 new, 0 updated, 20 unchanged, 0 refused"
        assert _counts(url) == before[url]
    assert _rollup(sqlite_url) == on_sqlite and _rollup(postgres_url) == on_postgres


def test_a_refused_file_is_in_the_summary_with_its_reason(district_bundles, app_paths, tmp_path, capsys):
    bad = tmp_path / "broken.plw"
    bad.write_bytes(b"not a zip")
    first = sorted((district_bundles / "region-b").iterdir())[0]
    code, out, err = _import(capsys, app_paths.default_database_url, first, bad, first)
    assert code == 1
    lines = out.splitlines()
    assert lines[-2] == "2 files: 1 new, 0 updated, 0 unchanged, 1 refused"  # the repeat is listed once
    assert lines[-1].startswith(f"  refused {bad}: ") and len(err.splitlines()) == 1


def test_progress_line_only_on_a_terminal():
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    screen = Terminal()
    progress = Progress(3, screen)
    progress.show(1, __import__("pathlib").Path("a.plw"))
    progress.show(2, __import__("pathlib").Path("b.plw"))
    progress.clear()
    assert "[1/3] a.plw" in screen.getvalue() and screen.getvalue().endswith("\r")
    piped = io.StringIO()
    Progress(3, piped).show(1, __import__("pathlib").Path("a.plw"))
    assert piped.getvalue() == "" and not Progress(1, sys.stderr).live


def test_bundle_files_look_through_folders_skip_hidden_and_list_each_once(tmp_path):
    (tmp_path / "a" / "deep").mkdir(parents=True)
    (tmp_path / ".trash").mkdir()
    for name in ("a/one.plw", "a/deep/two.JSON", "a/.three.plw", ".trash/four.plw", "a/notes.txt"):
        (tmp_path / name).write_text("{}")
    found = bundle_files([str(tmp_path), str(tmp_path / "a" / "one.plw")])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == ["a/deep/two.JSON", "a/one.plw"]
