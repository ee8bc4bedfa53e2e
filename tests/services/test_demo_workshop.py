"""The demo workshop a new user sees first looks like a real convening."""

from __future__ import annotations

from collections import Counter

from plworkshop.services import demo, responses, workshops
from plworkshop.services.demo import create_demo_workshop


def test_demo_is_a_realistic_convening_and_recreates_cleanly(db):
    first = demo.create_demo_workshop(db.uow())
    second = demo.create_demo_workshop(db.uow())
    assert first.id == second.id == demo.DEMO_WORKSHOP_ID
    assert len(workshops.list_workshops(db.uow())) == 1
    snap = workshops.snapshot(db.uow(), second.id)
    assert 15 <= len(snap.participants) <= 20
    assert len(Counter(p.stakeholder_group for p in snap.participants)) >= 10
    assert len(snap.agenda) == 4 and all(item.minutes > 0 for item in snap.agenda)
    assert 55 <= len(snap.responses) <= 65
    assert sum(r.votes for r in snap.responses) > 100
    assert sum(1 for r in snap.responses if r.participant_id is None and r.stakeholder_group is None) >= 5
    assert sum(1 for r in snap.responses if r.hidden) == 1
    assert len(snap.action_items) == 10
    assert all(a.owner and a.due and a.policy_lever for a in snap.action_items)
    consensus = {a.condition for a in snap.assessments if a.participant_id is None}
    assert consensus == {item.condition for item in snap.agenda}
    assert any(not p.named_in_report for p in snap.participants)


def test_demo_shows_themes_a_parking_lot_and_a_day_with_breaks(db):
    from plworkshop.services import day_plan

    w = create_demo_workshop(db.uow())
    snap = workshops.snapshot(db.uow(), w.id)
    assert [t.name for t in snap.themes] == ["Bring every voice to the table", "Build on what already works"]
    assert all(len(t.response_ids) == 4 for t in snap.themes)
    assert len(snap.parked) == 2
    plan = day_plan.get_day_plan(db.uow(), w.id)
    kinds = [i.kind for i in plan.items]
    assert kinds[0] == "welcome" and kinds[-1] == "report_out" and {"break", "lunch"} <= set(kinds)
    assert plan.items[0].start == "08:30" and plan.question_time_boxes
    budget = responses.vote_budget(db.uow(), w.id, "collaborative-leadership")
    assert budget[0] <= budget[1]  # theme votes stay within the room's dots
