"""Themes and the parking lot: grouping ideas, votes within the budget, action items from a theme,
keeping an idea aside and bringing it back."""

from __future__ import annotations

import pytest

from plworkshop.domain.errors import InvalidValue, VoteBudgetExceeded
from plworkshop.services import parking_lot, responses, themes, workshops

CL = "collaborative-leadership"
Q1, Q2 = "collaborative-leadership.s1.q1", "collaborative-leadership.s2.q1"


def _say(db, w, text, question=Q1, stage=1):
    return responses.record_response(db.uow(), w.id, condition=CL, stage=stage, question=question, text=text)


def test_group_ideas_move_between_themes_rename_and_dissolve(db, workshop):
    a, b, c = (_say(db, workshop, t) for t in ("Shared goals", "Common calendar", "Joint budget"))
    d = _say(db, workshop, "Family nights", Q2, 2)
    money = themes.create_theme(db.uow(), workshop.id, condition=CL, name="Money", response_ids=(c.id,))
    time = themes.create_theme(
        db.uow(), workshop.id, condition=CL, name="Time", response_ids=(a.id, b.id, d.id)
    )
    assert set(time.response_ids) == {a.id, b.id, d.id}
    moved = themes.add_to_theme(db.uow(), workshop.id, money.id, (a.id,))
    assert set(moved.response_ids) == {a.id, c.id}
    listed = {t.name: set(t.response_ids) for t in themes.list_themes(db.uow(), workshop.id, CL)}
    assert listed == {"Money": {a.id, c.id}, "Time": {b.id, d.id}}
    themes.rename_theme(db.uow(), workshop.id, time.id, "Time & calendars")
    themes.ungroup(db.uow(), workshop.id, (b.id,))
    themes.delete_theme(db.uow(), workshop.id, money.id)
    snap = workshops.snapshot(db.uow(), workshop.id)
    assert [(t.name, t.response_ids) for t in snap.themes] == [("Time & calendars", (d.id,))]
    assert len(snap.responses) == 4  # dissolving a theme keeps its ideas


def test_a_theme_holds_ideas_of_one_condition_and_needs_a_name(db, workshop):
    other = responses.record_response(
        db.uow(),
        workshop.id,
        condition="balanced-assessments",
        stage=1,
        question="balanced-assessments.s1.q1",
        text="Portfolios",
    )
    with pytest.raises(InvalidValue, match="one condition"):
        themes.create_theme(db.uow(), workshop.id, condition=CL, name="Mixed", response_ids=(other.id,))
    with pytest.raises(InvalidValue):
        themes.create_theme(db.uow(), workshop.id, condition=CL, name="  ")
    assert themes.list_themes(db.uow(), workshop.id) == []


def test_theme_votes_share_the_condition_budget(db, workshop):
    workshops.set_votes_per_person(db.uow(), workshop.id, 1)  # 3 people: 3 votes for the condition
    idea = _say(db, workshop, "Shared goals")
    theme = themes.create_theme(db.uow(), workshop.id, condition=CL, name="Goals", response_ids=(idea.id,))
    responses.vote(db.uow(), workshop.id, idea.id, 1)
    themes.vote_theme(db.uow(), workshop.id, theme.id, 2)
    assert responses.vote_budget(db.uow(), workshop.id, CL) == (3, 3)
    with pytest.raises(VoteBudgetExceeded):
        themes.vote_theme(db.uow(), workshop.id, theme.id, 1)
    with pytest.raises(VoteBudgetExceeded):
        responses.vote(db.uow(), workshop.id, idea.id, 1)
    assert themes.vote_theme(db.uow(), workshop.id, theme.id, -2).votes == 0
    with pytest.raises(InvalidValue):
        themes.vote_theme(db.uow(), workshop.id, theme.id, -1)


def test_action_item_from_a_theme_links_its_ideas(db, workshop):
    a, b = _say(db, workshop, "Shared goals"), _say(db, workshop, "Common calendar")
    theme = themes.create_theme(
        db.uow(), workshop.id, condition=CL, name="Plan together", response_ids=(a.id, b.id)
    )
    item = themes.action_item_from_theme(db.uow(), workshop.id, theme.id)
    assert item.title == "Plan together"
    assert item.condition == CL
    assert set(item.response_ids) == {a.id, b.id}
    assert "Shared goals" in item.description and "Common calendar" in item.description


def test_park_typed_text_move_an_idea_there_and_back(db, workshop):
    people = workshops.snapshot(db.uow(), workshop.id).participants
    parked = parking_lot.park_text(
        db.uow(),
        workshop.id,
        "Broadband in rural areas",
        participant_id=people[0].id,
        condition=CL,
        stage=1,
        question=Q1,
    )
    assert parked.stakeholder_group == "families"
    idea = _say(db, workshop, "Bus schedules")
    moved = parking_lot.park_response(db.uow(), workshop.id, idea.id)
    assert moved.id == idea.id and moved.question == Q1
    snap = workshops.snapshot(db.uow(), workshop.id)
    assert [p.text for p in snap.parked] == ["Broadband in rural areas", "Bus schedules"]
    assert snap.responses == ()
    back = parking_lot.unpark(db.uow(), workshop.id, parked.id, condition=CL, stage=2, question=Q2)
    assert (back.id, back.question, back.participant_id) == (parked.id, Q2, people[0].id)
    assert back.created_at == parked.created_at
    assert [p.id for p in parking_lot.list_parked(db.uow(), workshop.id)] == [idea.id]


def test_an_idea_with_votes_or_an_action_item_is_not_parked(db, workshop):
    from plworkshop.services import action_items

    voted, linked = _say(db, workshop, "Voted"), _say(db, workshop, "Linked")
    responses.vote(db.uow(), workshop.id, voted.id, 2)
    action_items.create_from_response(db.uow(), workshop.id, linked.id)
    for idea, words in ((voted, "2 dot votes"), (linked, "action item")):
        with pytest.raises(InvalidValue, match=words):
            parking_lot.park_response(db.uow(), workshop.id, idea.id)
    assert len(workshops.snapshot(db.uow(), workshop.id).responses) == 2
    assert parking_lot.list_parked(db.uow(), workshop.id) == []


def test_unpark_to_a_question_of_the_wrong_stage_is_refused(db, workshop):
    parked = parking_lot.park_text(db.uow(), workshop.id, "Later")
    with pytest.raises(InvalidValue):
        parking_lot.unpark(db.uow(), workshop.id, parked.id, condition=CL, stage=1, question=Q2)
    assert [p.id for p in parking_lot.list_parked(db.uow(), workshop.id)] == [parked.id]


def test_a_grouped_idea_parked_leaves_its_theme(db, workshop):
    idea = _say(db, workshop, "Aside")
    theme = themes.create_theme(db.uow(), workshop.id, condition=CL, name="T", response_ids=(idea.id,))
    parking_lot.park_response(db.uow(), workshop.id, idea.id)
    assert themes.list_themes(db.uow(), workshop.id)[0].response_ids == ()
    assert theme.id
