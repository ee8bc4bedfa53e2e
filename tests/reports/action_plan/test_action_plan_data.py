"""The action plan's data half: ordering, filtering and the privacy rules, tested as plain data."""

from __future__ import annotations

import datetime as dt

from plworkshop.reports.action_plan import ReportOptions, build_action_plan


def _all_text(data) -> str:
    parts = [data.title, data.location, data.facilitator]
    for c in data.conditions:
        parts += [c.placement.note]
        parts += [r.text + r.attribution for q in c.questions for g in q.groups for r in g.responses]
    parts += [a.title + a.owner + a.partners + a.description + a.measure for a in data.action_items]
    parts += [p.name for p in data.roster]
    return "\n".join(parts)


def test_action_items_sorted_by_due_date_with_undated_last(filled_workshop, pack):
    data = build_action_plan(filled_workshop, pack)
    assert [a.due for a in data.action_items] == [dt.date(2027, 1, 15), dt.date(2027, 3, 1), None]
    # each item keeps the number it was given when made, whatever the order it prints in
    assert [a.number for a in data.action_items] == [3, 1, 2]
    assert data.action_items[1].policy_lever == "Statute"
    assert data.action_items[1].priority == "High"


def test_withdrawn_input_is_left_out_and_groups_are_sorted_by_votes(filled_workshop, pack):
    data = build_action_plan(filled_workshop, pack, ReportOptions(full=True))  # the full record: by group
    cl = data.conditions[0]
    texts = [r.text for q in cl.questions for g in q.groups for r in g.responses]
    assert "Withdrawn remark nobody should read" not in texts
    assert [g.group for g in cl.questions[0].groups] == ["Teachers and their unions", "Families"]
    assert data.priorities[0].text == "Fund a pilot of local assessments"
    assert [p.votes for p in data.priorities] == [4, 2]


def test_attribution_names_only_those_who_allowed_it(filled_workshop, pack):
    data = build_action_plan(filled_workshop, pack)
    labels = {
        r.text: r.attribution
        for c in data.conditions
        for q in c.questions
        for g in q.groups
        for r in g.responses
    }
    assert labels["Families belong on the steering group"] == "Ana Ruiz (Families)"
    assert labels["Union reps need release time"] == "Teachers and their unions"
    assert labels["Fund a pilot of local assessments"] == "Chen Wu (Policymakers)"
    assert "Ben Okafor" not in _all_text(data)
    assert [p.name for p in data.roster] == ["Ana Ruiz", "Chen Wu"]
    assert data.unnamed == 1
    # a declined name typed into free text is withheld too
    assert data.action_items[0].owner == "[name withheld]"


def test_anonymous_names_nobody(filled_workshop, pack):
    data = build_action_plan(filled_workshop, pack, ReportOptions(anonymous=True))
    text = _all_text(data)
    for name in ("Ana Ruiz", "Ben Okafor", "Chen Wu", "Pat Lee"):
        assert name not in text
    assert data.roster == () and data.facilitator == "" and data.unnamed == 0
    assert data.participation and data.participants == 3


def test_placement_distribution_and_consensus(filled_workshop, pack):
    placement = build_action_plan(filled_workshop, pack).conditions[0].placement
    assert placement.distribution == (0, 1, 1, 0)
    assert placement.consensus == 1
    assert placement.note == "Partnerships exist but are informal"
    assert build_action_plan(filled_workshop, pack).conditions[1].placement.consensus is None


def test_status_counts_cover_every_status(filled_workshop, pack):
    counts = dict(build_action_plan(filled_workshop, pack).status_counts)
    assert counts == {"Planned": 2, "In progress": 1, "Done": 0, "Blocked": 0}


def test_grouped_views(filled_workshop, pack):
    data = build_action_plan(filled_workshop, pack)
    assert [name for name, _ in data.by_lever] == ["Statute", "No policy lever chosen"]
    assert [name for name, _ in data.by_owner] == [
        "[name withheld]",
        "Assessment Office",
        "Deputy Commissioner",
    ]
