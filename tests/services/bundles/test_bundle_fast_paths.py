"""The import's fast paths change nothing: the same rows, the same refusals, the same stored values."""

from __future__ import annotations

import copy
import datetime as dt

import pytest
from sqlalchemy import insert, select

from bench.workloads.district_samples import generate_district_bundles
from bench.workloads.large_workshop import WorkshopSize
from plworkshop.domain.errors import BundleRefused
from plworkshop.services.bundles import validation
from plworkshop.services.bundles.reading import read_raw_document
from plworkshop.services.bundles.writing import insert_rows
from plworkshop.storage import models as m

SIZE = WorkshopSize(participants=20, responses=200, action_items=10)


@pytest.fixture(scope="module")
def district_document(tmp_path_factory) -> dict:
    path = generate_district_bundles(tmp_path_factory.mktemp("d"), 1, size=SIZE, vary=False)[0]
    return read_raw_document(path)


def _both_ways(document: dict, monkeypatch):
    """(fast result or error text, full-checks result or error text) for one document."""
    out = []
    for fast in (True, False):
        monkeypatch.setattr(validation, "FAST_PATHS", fast)
        try:
            out.append(validation.validate_document(copy.deepcopy(document)))
        except BundleRefused as exc:
            out.append(str(exc))
    return out


def test_same_rows_with_and_without_fast_paths(district_document, shared_rich_document, monkeypatch):
    for document in (district_document, shared_rich_document):
        fast, full = _both_ways(document, monkeypatch)
        assert fast.responses == full.responses and fast.assessments == full.assessments
        assert (
            fast.responses and fast.assessments and fast.referenced_conditions == full.referenced_conditions
        )


BAD_RESPONSES = [
    ("stage", 3),
    ("stage", True),
    ("stage", "1"),
    ("question", "nope"),
    ("condition", "unknown"),
    ("text", ""),
    ("text", "   "),
    ("text", "bell\x07"),
    ("text", 5),
    ("text", None),
    ("participant", "7a4e0e53-7b7c-4a4e-8d7e-0d6a3c1b2a10"),
    ("participant", 3),
    ("stakeholder_group", "martians"),
    ("stakeholder_group", 1),
    ("votes", -1),
    ("votes", 1.0),
    ("votes", None),
    ("votes", 10_000_000),
    ("hidden", 0),
    ("hidden", None),
    ("updated_at", "2026-11-23T15:04:05"),
    ("updated_at", "yesterday"),
    ("updated_at", None),
    ("created_at", None),
    ("created_at", "2026-13-01T00:00:00+00:00"),
    ("id", "x"),
    ("id", None),
]
BAD_PLACEMENTS = [
    ("stage", 4),
    ("stage", -1),
    ("stage", False),
    ("note", "\x00"),
    ("note", 1),
    ("participant", "7a4e0e53-7b7c-4a4e-8d7e-0d6a3c1b2a10"),
    ("condition", "unknown"),
    ("updated_at", "2026-11-23"),
    ("id", "x"),
]


@pytest.mark.parametrize(("field", "value"), BAD_RESPONSES)
def test_a_bad_response_late_in_the_list_is_refused_the_same_way(
    district_document, field, value, monkeypatch
):
    document = copy.deepcopy(district_document)
    responses = document["workshop"]["responses"]
    responses[-1] = {**responses[0], "id": responses[-1]["id"], field: value}
    fast, full = _both_ways(document, monkeypatch)
    assert isinstance(fast, str) and fast == full and f"responses[{len(responses) - 1}]" in fast


@pytest.mark.parametrize(("field", "value"), BAD_PLACEMENTS)
def test_a_bad_placement_late_in_the_list_is_refused_the_same_way(
    district_document, field, value, monkeypatch
):
    document = copy.deepcopy(district_document)
    placements = document["workshop"]["assessments"]
    placements[-1] = {**placements[-1], field: value}
    fast, full = _both_ways(document, monkeypatch)
    assert isinstance(fast, str) and fast == full and f"assessments[{len(placements) - 1}]" in fast


def test_repeated_ids_and_places_are_refused_the_same_way(district_document, monkeypatch):
    document = copy.deepcopy(district_document)
    document["workshop"]["responses"][-1]["id"] = document["workshop"]["responses"][5]["id"]
    fast, full = _both_ways(document, monkeypatch)
    assert isinstance(fast, str) and fast == full and "repeats the id" in fast
    document = copy.deepcopy(district_document)
    placements = document["workshop"]["assessments"]
    placements[-1] = {**placements[-2], "id": placements[-1]["id"]}
    fast, full = _both_ways(document, monkeypatch)
    assert isinstance(fast, str) and fast == full and "twice" in fast


def test_driver_rows_are_stored_exactly_as_the_orm_stores_them(any_db):
    """A row written by `insert_rows` and one written by a Core insert (the types' processors)
    are stored identically and read back identically, on SQLite and PostgreSQL."""
    t = m.Workshop.__table__
    when = dt.datetime(2026, 11, 23, 15, 4, 5, 7, tzinfo=dt.timezone(dt.timedelta(hours=-7)))
    base = dict(
        title="T",
        date=dt.date(2027, 3, 1),
        location="",
        state="",
        district="",
        facilitator="",
        notes="",
        framework_id="f",
        framework_version="1",
        votes_per_person=3,
        extra_json="{}",
        created_at=dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC),
        updated_at=when,
        deleted_at=None,
    )
    ids = ("00000000-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002")
    with any_db.uow() as uow:
        uow.s.execute(insert(t), [{**base, "id": ids[0]}])
        insert_rows(uow.s.connection(), t, [{**base, "id": ids[1]}])
        uow.commit()
    with any_db.engine.connect() as conn:
        stored = [
            tuple(r)[1:]
            for r in conn.exec_driver_sql(
                f"SELECT * FROM workshops WHERE id IN ('{ids[0]}', '{ids[1]}') ORDER BY id"
            )
        ]
    assert stored[0] == stored[1]
    with any_db.uow() as uow:
        read = [tuple(r)[1:] for r in uow.s.execute(select(t).where(t.c.id.in_(ids)).order_by(t.c.id))]
    assert read[0] == read[1]
    assert read[1][-2] == when and read[1][-2].tzinfo is not None and read[1][1] == dt.date(2027, 3, 1)
