"""Action items' plan fields: numbers, start date, resources, baseline/target, blocked reason, progress."""

from __future__ import annotations

import datetime as dt

import pytest

from plworkshop.domain.errors import InvalidValue
from plworkshop.domain.read_models import ProgressNote
from plworkshop.services import action_items


def test_numbers_are_given_in_order_and_never_reused(db, workshop):
    made = [action_items.create_action_item(db.uow(), workshop.id, title=f"Item {n}") for n in range(3)]
    assert [a.number for a in made] == [1, 2, 3]
    action_items.delete_action_item(db.uow(), workshop.id, made[2].id)
    assert action_items.create_action_item(db.uow(), workshop.id, title="Later").number == 4


def test_plan_fields_are_stored_and_checked(db, workshop):
    item = action_items.create_action_item(
        db.uow(),
        workshop.id,
        title="Pilot",
        start="2027-01-10",
        due="2027-06-30",
        resources="Title IV-A",
        baseline="12 schools",
        target="40 schools",
    )
    assert (item.start, item.resources, item.baseline, item.target) == (
        dt.date(2027, 1, 10),
        "Title IV-A",
        "12 schools",
        "40 schools",
    )
    with pytest.raises(InvalidValue, match="after the due date"):
        action_items.update_action_item(db.uow(), workshop.id, item.id, start="2027-07-01")
    with pytest.raises(InvalidValue, match="is not a date"):
        action_items.update_action_item(db.uow(), workshop.id, item.id, start="next spring")


def test_blocked_without_a_reason_is_kept_and_flagged(db, workshop):
    item = action_items.create_action_item(db.uow(), workshop.id, title="Pilot")
    blocked = action_items.update_action_item(db.uow(), workshop.id, item.id, status="blocked")
    assert blocked.status == "blocked" and blocked.needs_reason
    reasoned = action_items.update_action_item(db.uow(), workshop.id, item.id, blocked_reason="No budget")
    assert not reasoned.needs_reason


def test_progress_notes_keep_their_dates_and_the_latest_is_shown(db, workshop):
    item = action_items.create_action_item(db.uow(), workshop.id, title="Pilot")
    action_items.add_progress_note(db.uow(), workshop.id, item.id, "Kick-off held", as_of="2027-02-01")
    later = action_items.add_progress_note(db.uow(), workshop.id, item.id, "Survey sent", as_of="2027-03-15")
    assert later.progress == (
        ProgressNote(dt.date(2027, 2, 1), "Kick-off held"),
        ProgressNote(dt.date(2027, 3, 15), "Survey sent"),
    )
    assert later.latest_note == ProgressNote(dt.date(2027, 3, 15), "Survey sent")
    with pytest.raises(InvalidValue, match="not a date"):
        action_items.add_progress_note(db.uow(), workshop.id, item.id, "x", as_of="soon")
    with pytest.raises(InvalidValue, match="cannot be empty"):
        action_items.add_progress_note(db.uow(), workshop.id, item.id, "  ", as_of="2027-03-16")


def test_overdue_means_past_due_and_not_done(db, workshop):
    item = action_items.create_action_item(db.uow(), workshop.id, title="Pilot", due="2027-03-01")
    assert item.overdue(dt.date(2027, 3, 2)) and not item.overdue(dt.date(2027, 3, 1))
    done = action_items.update_action_item(db.uow(), workshop.id, item.id, status="done")
    assert not done.overdue(dt.date(2028, 1, 1))
    undated = action_items.update_action_item(db.uow(), workshop.id, item.id, due=None, status="planned")
    assert not undated.overdue(dt.date(2028, 1, 1))
