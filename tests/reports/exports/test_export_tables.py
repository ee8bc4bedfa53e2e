"""The export tables as data: labels not keys, withdrawn input left out, the naming rule applied."""

from __future__ import annotations

import datetime as dt

from plworkshop.reports.exports.plan import build_plan
from plworkshop.reports.exports.tables import build_tables


def test_action_items_carry_labels_and_real_dates(rich_snapshot, pack):
    table = build_tables(rich_snapshot, pack).action_items
    assert table.name == "Action items"
    assert table.values("title") == [
        "Convene a family advisory council",
        "Draft assessment pilot legislation",
        "Share the notes",
    ]
    assert table.values("condition")[:2] == ["Collaborative Leadership", "Balanced Assessments"]
    assert table.values("status")[0] == "In progress"
    assert table.values("priority")[0] == "High"
    assert table.values("policy_lever")[:2] == ["Guidance", "Statute"]
    assert table.values("due") == [dt.date(2027, 3, 1), dt.date(2027, 1, 15), None]
    assert all(isinstance(v, dt.datetime) and v.tzinfo is None for v in table.values("created"))


def test_responses_leave_withdrawn_out_and_sort_by_votes(rich_snapshot, pack, rich):
    _, said = rich
    table = build_tables(rich_snapshot, pack).responses
    texts = table.values("response")
    assert said["withdrawn"] not in texts
    assert texts == [said["ben"], said["ana"], said["group"], said["chen"]]
    assert table.values("attributed_to") == [
        "Teachers and their unions",
        "Ana Ruiz (Families)",
        "Students",
        "Chen Wu (Policymakers)",
    ]
    assert table.values("stage")[0] == "Exploration"
    assert table.values("question")[0] == "Which stakeholder groups should serve as partners in this work?"
    assert table.values("wording") == ["Official", "Official", "Official", "Adapted"]


def test_anonymous_tables_name_nobody(rich_snapshot, pack):
    tables = build_tables(rich_snapshot, pack, anonymous=True)
    assert tables.responses.values("attributed_to") == [
        "Teachers and their unions",
        "Families",
        "Students",
        "Policymakers",
    ]
    assert set(tables.participants.values("name")) == {"(not named)"}
    assert set(tables.participants.values("role")) == {""}
    assert "Facilitator" not in [row[0] for row in tables.details.rows]


def test_participants_hide_everything_identifying_about_people_who_declined(rich_snapshot, pack):
    table = build_tables(rich_snapshot, pack).participants
    rows = {row[1]: row for row in table.rows}
    assert rows["Teachers and their unions"] == ("(not named)", "Teachers and their unions", "", "", "No")
    assert rows["Policymakers"] == ("Chen Wu", "Policymakers", "Senator", "", "Yes")


def test_assessments_attribute_people_by_the_rule(rich_snapshot, pack):
    table = build_tables(rich_snapshot, pack).assessments
    assert table.values("assessed_by") == [
        "Room consensus",
        "Ana Ruiz",
        "Teachers and their unions",
        "Chen Wu",
    ]
    assert table.values("stage") == ["Exploration", "Exploration", "Replication", "Not yet started"]
    assert table.values("stage_number") == [1, 1, 2, 0]


def test_spanish_labels(rich_snapshot, pack):
    tables = build_tables(rich_snapshot, pack, lang="es")
    assert tables.action_items.name == "Acciones"
    assert tables.action_items.values("status")[0] == "En curso"
    assert tables.responses.values("stage")[0] == "Exploración"


def test_plan_sections_follow_the_agenda(rich_snapshot, pack, rich):
    _, said = rich
    plan = build_plan(rich_snapshot, pack)
    assert [s.source.title for s in plan.sections] == ["Collaborative Leadership", "Balanced Assessments"]
    first, second = plan.sections
    assert first.wording == "" and second.wording == "adapted"
    assert first.consensus == "Exploration" and first.consensus_note == "Early conversations only"
    assert first.distribution == (("Exploration", 1), ("Replication", 1))
    assert [line.text for line in first.questions[0].top] == [said["ben"], said["ana"]]
    assert [a.title for a in first.source.action_items] == ["Convene a family advisory council"]
    assert [a.title for a in plan.data.action_items] == [
        "Draft assessment pilot legislation",
        "Convene a family advisory council",
        "Share the notes",
    ]
    assert [p.name for p in plan.data.roster] == ["Ana Ruiz", "Chen Wu"] and plan.data.unnamed == 1
