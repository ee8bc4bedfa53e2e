"""Format version 2: themes, the parking lot, the agenda's other items, clock times and per-question
time boxes travel in bundles; a version 1 bundle still imports."""

from __future__ import annotations

import copy
import datetime as dt

import pytest
from bundle_helpers import build_rich_workshop, dump_tables, write_json

from plworkshop.domain.errors import BundleRefused
from plworkshop.services import day_plan, parking_lot, responses, themes, workshops
from plworkshop.services.bundles import bundle_document, export_bundle, import_bundle, read_bundle

CL = "collaborative-leadership"


def _add_facilitation_moves(database, wid: str) -> None:
    said = [r for r in workshops.snapshot(database.uow(), wid).responses if r.condition == CL]
    theme = themes.create_theme(
        database.uow(), wid, condition=CL, name="Work together", response_ids=tuple(r.id for r in said)
    )
    themes.vote_theme(database.uow(), wid, theme.id, 1)
    themes.create_theme(database.uow(), wid, condition=CL, name="Empty for now")
    parking_lot.park_text(
        database.uow(),
        wid,
        "Transport <i>costs</i>",
        condition=CL,
        stage=1,
        question="collaborative-leadership.s1.q1",
    )
    parking_lot.park_text(database.uow(), wid, "Ask the governor's office", stakeholder_group="policymakers")
    day_plan.set_day_start(database.uow(), wid, "8:45 am")
    day_plan.add_session(database.uow(), wid, "welcome", index=0)
    day_plan.add_session(database.uow(), wid, "lunch", index=2, starts_at="12:00", minutes=50)
    day_plan.add_session(database.uow(), wid, "custom", title="Gallery walk")
    day_plan.set_condition_start(database.uow(), wid, "balanced-assessments", "1:30 pm")
    day_plan.set_question_time_box(database.uow(), wid, CL, "collaborative-leadership.s1.q1", 8)


@pytest.fixture
def v2_id(src_db) -> str:
    wid = build_rich_workshop(src_db)
    _add_facilitation_moves(src_db, wid)
    return wid


def _facilitation_view(snap):
    return (
        snap.workshop.day_starts_at,
        [(t.id, t.name, t.votes, t.response_ids) for t in snap.themes],
        [(p.id, p.text, p.stakeholder_group, p.question) for p in snap.parked],
        [(s.id, s.kind, s.title, s.position, s.minutes, s.starts_at) for s in snap.agenda_sessions],
        [(a.condition, a.position, a.starts_at) for a in snap.agenda],
        snap.question_time_boxes,
    )


def test_version2_round_trip_keeps_themes_parking_lot_and_day_plan(db, src_db, v2_id, tmp_path):
    path = export_bundle(src_db.uow(), v2_id, tmp_path / "v2.plw")
    document = read_bundle(path)
    assert document["format_version"] == 2
    w = document["workshop"]
    assert w["day_starts_at"] == "08:45" and [s["kind"] for s in w["agenda_sessions"]] == [
        "welcome",
        "lunch",
        "custom",
    ]
    outcome = import_bundle(db.uow(), path)
    assert outcome.counts["themes_added"] == 2 and outcome.counts["parking_lot_added"] == 2
    original = workshops.snapshot(src_db.uow(), v2_id)
    copied = workshops.snapshot(db.uow(), v2_id)
    assert _facilitation_view(copied) == _facilitation_view(original)
    again = export_bundle(db.uow(), v2_id, tmp_path / "again.plw")
    strip = lambda d: {k: v for k, v in d.items() if k != "exported_at"}  # noqa: E731
    assert strip(read_bundle(again)) == strip(document)
    assert import_bundle(db.uow(), path).status == "unchanged"


def test_a_newer_theme_in_a_bundle_wins_and_moves_its_ideas(db, src_db, v2_id, tmp_path):
    import_bundle(db.uow(), export_bundle(src_db.uow(), v2_id, tmp_path / "first.plw"))
    snap = workshops.snapshot(src_db.uow(), v2_id)
    work, empty = snap.themes
    themes.add_to_theme(src_db.uow(), v2_id, empty.id, work.response_ids[:1])
    themes.rename_theme(src_db.uow(), v2_id, empty.id, "Pilots")
    outcome = import_bundle(db.uow(), export_bundle(src_db.uow(), v2_id, tmp_path / "second.plw"))
    assert outcome.counts["themes_updated"] == 2
    here = {t.name: t.response_ids for t in workshops.snapshot(db.uow(), v2_id).themes}
    assert here == {"Work together": work.response_ids[1:], "Pilots": work.response_ids[:1]}


def test_a_version1_bundle_still_imports(db, src_db, tmp_path):
    wid = build_rich_workshop(src_db)
    document = bundle_document(workshops.snapshot(src_db.uow(), wid))
    document["format_version"] = 1
    for name in ("day_starts_at", "themes", "parking_lot", "agenda_sessions", "question_time_boxes"):
        del document["workshop"][name]
    for item in document["workshop"]["agenda"]:
        del item["starts_at"]
    outcome = import_bundle(db.uow(), write_json(tmp_path / "v1.json", document))
    assert outcome.status == "new"
    snap = workshops.snapshot(db.uow(), wid)
    assert len(snap.responses) == 4 and snap.themes == () and snap.agenda_sessions == ()
    assert snap.workshop.day_starts_at is None and [a.starts_at for a in snap.agenda] == [None] * 3


def _refused(db, tmp_path, document, words):
    before = dump_tables(db)
    with pytest.raises(BundleRefused) as info:
        import_bundle(db.uow(), write_json(tmp_path / "bad.json", document))
    assert words in str(info.value)
    assert dump_tables(db) == before


def test_bad_version2_records_are_refused_naming_the_field(db, src_db, v2_id, tmp_path):
    good = bundle_document(workshops.snapshot(src_db.uow(), v2_id), dt.datetime.now(dt.UTC))
    other_condition = next(r["id"] for r in good["workshop"]["responses"] if r["condition"] != CL)
    cases = [
        (lambda w: w["themes"][0]["response_ids"].append(other_condition), "in a theme of"),
        (
            lambda w: w["themes"][1]["response_ids"].append(w["themes"][0]["response_ids"][0]),
            "in a second theme",
        ),
        (lambda w: w["agenda_sessions"][0].update(kind="nap"), "workshop.agenda_sessions[0].kind"),
        (lambda w: w.update(day_starts_at="nine-ish"), "workshop.day_starts_at"),
        (lambda w: w["question_time_boxes"][0].update(question="nope"), "question_time_boxes[0].question"),
        (lambda w: w["parking_lot"][0].update(text=""), "workshop.parking_lot[0].text"),
        (lambda w: w["themes"][0].update(name="x\ny"), "workshop.themes[0].name"),
    ]
    for mutate, words in cases:
        document = copy.deepcopy(good)
        mutate(document["workshop"])
        _refused(db, tmp_path, document, words)


def test_theme_votes_count_in_the_imported_budget(db, src_db, v2_id, tmp_path):
    import_bundle(db.uow(), export_bundle(src_db.uow(), v2_id, tmp_path / "b.plw"))
    assert responses.vote_budget(db.uow(), v2_id, CL) == responses.vote_budget(src_db.uow(), v2_id, CL)
