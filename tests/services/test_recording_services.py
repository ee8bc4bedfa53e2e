"""Responses, votes, assessments and action items: what a facilitator records during a session."""

from __future__ import annotations

import datetime as dt

import pytest

from plworkshop.domain.errors import InvalidValue, NotFound, VoteBudgetExceeded
from plworkshop.services import action_items, assessments, responses, roster, workshops

Q1 = "collaborative-leadership.s1.q1"


def _record(db, w, text="An idea", **kw):
    return responses.record_response(
        db.uow(), w.id, condition="collaborative-leadership", stage=1, question=Q1, text=text, **kw
    )


def test_record_with_each_kind_of_attribution(db, workshop):
    ana = roster.list_participants(db.uow(), workshop.id)[0]
    by_person = _record(db, workshop, participant_id=ana.id)
    by_group = _record(db, workshop, stakeholder_group="students")
    anonymous = _record(db, workshop)
    assert (by_person.participant_id, by_person.stakeholder_group) == (ana.id, "families")
    assert (by_group.participant_id, by_group.stakeholder_group) == (None, "students")
    assert (anonymous.participant_id, anonymous.stakeholder_group) == (None, None)
    assert len(responses.list_responses(db.uow(), workshop.id, question=Q1)) == 3


@pytest.mark.parametrize(
    "kwargs, match",
    [
        (dict(stage=7), "stage"),
        (dict(question="balanced-assessments.s1.q1"), "not a strategic question"),
        (dict(question="collaborative-leadership.s2.q1"), "not a strategic question"),
        (dict(text=""), "cannot be empty"),
        (dict(text="x" * 200_000), "limit"),
        (dict(stakeholder_group="martians"), "stakeholder group"),
    ],
)
def test_bad_responses_are_refused(db, workshop, kwargs, match):
    values = dict(condition="collaborative-leadership", stage=1, question=Q1, text="ok")
    values.update(kwargs)
    with pytest.raises(InvalidValue, match=match):
        responses.record_response(db.uow(), workshop.id, **values)
    assert responses.list_responses(db.uow(), workshop.id) == []


def test_edit_withdraw_restore_never_deletes(db, workshop):
    r = _record(db, workshop)
    responses.edit_response(db.uow(), workshop.id, r.id, "A better idea")
    assert responses.withdraw_response(db.uow(), workshop.id, r.id).hidden
    assert responses.list_responses(db.uow(), workshop.id, include_hidden=False) == []
    restored = responses.restore_response(db.uow(), workshop.id, r.id)
    assert (restored.hidden, restored.text) == (False, "A better idea")


def test_votes_stay_within_the_budget(db, workshop):
    workshops.set_votes_per_person(db.uow(), workshop.id, 1)  # 3 people → 3 votes per condition
    a, b = _record(db, workshop), _record(db, workshop)
    responses.vote(db.uow(), workshop.id, a.id, 2)
    responses.vote(db.uow(), workshop.id, b.id)
    assert responses.vote_budget(db.uow(), workshop.id, "collaborative-leadership") == (3, 3)
    with pytest.raises(VoteBudgetExceeded):
        responses.vote(db.uow(), workshop.id, b.id)
    responses.vote(db.uow(), workshop.id, a.id, -1)
    assert responses.vote(db.uow(), workshop.id, b.id).votes == 2
    with pytest.raises(InvalidValue):
        responses.vote(db.uow(), workshop.id, _record(db, workshop).id, -1)


def test_assessments_by_person_and_consensus(db, workshop):
    people = roster.list_participants(db.uow(), workshop.id)
    assessments.assess_stage(db.uow(), workshop.id, "balanced-assessments", 1, participant_id=people[0].id)
    assessments.assess_stage(db.uow(), workshop.id, "balanced-assessments", 2, participant_id=people[0].id)
    assessments.assess_stage(db.uow(), workshop.id, "balanced-assessments", 1, note="Pilots only")
    assessments.assess_stage(db.uow(), workshop.id, "balanced-assessments", 2)  # keeps the note
    rows = assessments.list_assessments(db.uow(), workshop.id, "balanced-assessments")
    assert sorted((r.participant_id is None, r.stage) for r in rows) == [(False, 2), (True, 2)]
    assert [r.note for r in rows if r.is_consensus] == ["Pilots only"]
    with pytest.raises(InvalidValue):
        assessments.assess_stage(db.uow(), workshop.id, "balanced-assessments", 4)
    assessments.clear_assessment(db.uow(), workshop.id, "balanced-assessments", people[0].id)
    assert len(assessments.list_assessments(db.uow(), workshop.id)) == 1


def test_action_items_from_a_response_and_from_scratch(db, workshop):
    r = _record(db, workshop, text="Create a state coalition\nwith families and students")
    made = action_items.create_from_response(db.uow(), workshop.id, r.id, owner="SEA")
    assert made.title == "Create a state coalition"
    assert made.response_ids == (r.id,) and made.condition == "collaborative-leadership"
    item = action_items.create_action_item(
        db.uow(), workshop.id, title="Fund pilots", due="2027-06-30", priority="high", policy_lever="funding"
    )
    edited = action_items.update_action_item(
        db.uow(), workshop.id, item.id, status="in_progress", due=None, partners="Districts"
    )
    assert (edited.status, edited.due, edited.partners) == ("in_progress", None, "Districts")
    for bad in (
        dict(due="soon"),
        dict(priority="urgent"),
        dict(status="maybe"),
        dict(policy_lever="bribery"),
        dict(title=""),
    ):
        with pytest.raises(InvalidValue):
            action_items.update_action_item(db.uow(), workshop.id, item.id, **bad)
    action_items.delete_action_item(db.uow(), workshop.id, item.id)
    assert [a.id for a in action_items.list_action_items(db.uow(), workshop.id)] == [made.id]
    with pytest.raises(NotFound):
        action_items.update_action_item(db.uow(), workshop.id, item.id, title="Gone")


def test_forgetting_a_person_keeps_their_words_under_their_group(db, workshop):
    ana = roster.list_participants(db.uow(), workshop.id)[0]
    said = _record(db, workshop, participant_id=ana.id)
    forgotten = roster.forget_participant(db.uow(), workshop.id, ana.id)
    assert forgotten.forgotten and "Ana" not in forgotten.name
    snap = workshops.snapshot(db.uow(), workshop.id)
    assert all("Ana" not in p.name for p in snap.participants)
    assert snap.responses[0].id == said.id and snap.responses[0].stakeholder_group == "families"


def test_everything_recorded_is_committed_immediately(db, workshop, app_paths):
    """A second, independent connection sees each record the moment the service returns."""
    from plworkshop.storage.opening import open_database

    _record(db, workshop, text="durable")
    other = open_database(app_paths.default_database_url)
    try:
        assert [r.text for r in responses.list_responses(other.uow(), workshop.id)] == ["durable"]
    finally:
        other.dispose()


def test_times_are_utc_aware(db, workshop):
    r = _record(db, workshop)
    assert r.created_at.tzinfo is not None
    assert abs(r.created_at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)
