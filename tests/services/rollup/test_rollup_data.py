"""The statewide rollup as data: heat maps with spread, small-group safety, disagreements, ideas, actions."""

from __future__ import annotations

import math

import pytest
from statewide_constants import BA, CL, TODAY

from plworkshop.domain.errors import WorkshopNotFound
from plworkshop.domain.rollup.models import FEWER_THAN, stage_cell
from plworkshop.services.rollup import build_rollup


def _colorado(statewide):
    return build_rollup(statewide.db.uow(), state="Colorado", today=TODAY)


def test_scope_is_the_state_in_any_case_without_the_trash(statewide):
    rollup = _colorado(statewide)
    assert [w.district for w in rollup.workshops] == ["Adams", "Bent", "Pilot"]
    assert (rollup.participants, rollup.responses) == (23, 3)  # hidden responses are not counted
    everything = build_rollup(statewide.db.uow(), today=TODAY)
    assert len(everything.workshops) == 4
    named = build_rollup(statewide.db.uow(), workshops=["Bent", statewide.texas], today=TODAY)
    assert {w.district for w in named.workshops} == {"Bent", "Travis"}
    # With two states in scope, each district says which state it is in.
    assert [r.label for r in named.districts.rows] == ["Bent (colorado)", "Travis (Texas)"]
    with pytest.raises(WorkshopNotFound):
        build_rollup(statewide.db.uow(), state="Utah", today=TODAY)


def test_district_heat_map_keeps_the_spread_and_hides_small_groups(statewide):
    heat = _colorado(statewide).districts
    assert [r.label for r in heat.rows] == ["Adams", "Bent", "Pilot"]
    adams = heat.cell("Adams", CL)
    assert adams.people == 10 and adams.mean == 1.5
    assert math.isclose(adams.spread, math.sqrt((3 * 0 + 2 * 1 + 3 * 9 + 2 * 4) / 10 - 2.25), abs_tol=1e-3)
    assert adams.counts == (None, None, None, None)  # 3, 2, 2, 3 people: each fewer than 5
    assert adams.consensus == (1,)
    bent = heat.cell("Bent", CL)
    assert (bent.mean, bent.spread, bent.counts) == (2.0, 0.0, (0, 0, 10, 0))
    pilot = heat.cell("Pilot", CL)
    assert pilot.suppressed and pilot.people is None and pilot.mean is None and pilot.counts == ()
    assert pilot.label() == FEWER_THAN
    assert heat.cell("Adams", BA).label() == "—"
    statewide_cl = heat.overall[[c.key for c in heat.columns].index(CL)]
    assert statewide_cl.people == 23 and statewide_cl.counts == (None, None, 12, 6)


def test_group_heat_map_and_where_groups_disagree(statewide):
    rollup = _colorado(statewide)
    groups = rollup.groups
    assert [r.key for r in groups.rows] == ["state-agency", "teachers-and-unions", "families", "students"]
    assert groups.cell("families", CL).mean == 0.4
    assert groups.cell("state-agency", CL).mean == 2.6
    assert groups.cell("students", CL).suppressed
    top = rollup.disagreements[0]
    assert top.condition.key == CL
    assert top.gap == pytest.approx(2.2)
    assert top.highest == ("State agencies", 2.6) and top.lowest == ("Families", 0.4)
    minority = {(v.kind, v.label) for v in top.minority_views}
    assert ("stakeholder group", "Families") in minority  # kept, not averaged away
    assert ("stakeholder group", "State agencies") not in minority  # 2.6 is within 0.75 of 1.9
    families = next(v for v in top.minority_views if v.label == "Families")
    assert (families.people, families.direction) == (5, "less far along")
    assert not any(v.label == "Students" for v in top.minority_views)  # 3 people: never singled out


def test_most_voted_ideas_per_question_with_their_origin(statewide):
    (question,) = [q for q in _colorado(statewide).top_ideas if q.condition.key == CL]
    assert (
        question.responses == 3
        and question.question == "Which stakeholder groups should serve as partners in this work?"
    )
    assert [i.text for i in question.ideas] == [
        '=HYPERLINK("http://x") <b>Shared</b> planning time',
        "Family liaisons in every district",
    ]
    first = question.ideas[0]
    assert (first.votes, first.district, first.stakeholder_group) == (9, "Bent", "Teachers and their unions")


def test_action_items_overdue_first_then_owner_lever_and_due(statewide):
    rollup = _colorado(statewide)
    got = [(a.title, a.overdue) for a in rollup.action_items]
    assert got == [
        ("Fund planning time", True),
        ("Done already", False),
        ("Publish pilot results", False),
        ("No date yet", False),
    ]
    assert rollup.overdue == 1
    owners = {o.owner: (o.items, o.overdue) for o in rollup.owners}
    assert owners == {"Legislature": (2, 1), "SEA": (2, 0)}
    assert rollup.owners[0].owner == "Legislature"


def test_stage_cell_rule_at_the_boundary():
    assert stage_cell((4, 0, 0, 0)).suppressed
    five = stage_cell((0, 5, 0, 0))
    assert (five.people, five.mean, five.spread, five.counts) == (5, 1.0, 0.0, (0, 5, 0, 0))
    assert stage_cell((0, 0, 0, 0)).label() == "—"


def test_scanning_instead_of_probing_gives_the_same_rollup(statewide, monkeypatch):
    from plworkshop.services.rollup import scope as rollup_scope

    probed = _colorado(statewide)
    monkeypatch.setattr(rollup_scope, "SCAN_FROM", 1)
    assert _colorado(statewide) == probed
