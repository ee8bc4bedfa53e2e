"""The `planned` workshop: the `rich` fixture's three action items with the plan fields filled in, and
due dates whose order is the reverse of the items' numbers (so a copy that numbered rows by their place
would disagree with one that prints each item's own number)."""

from __future__ import annotations

import datetime as dt

import pytest

TODAY = dt.date.today()
PLANNED = {
    # number: what each item says, for the tests to look for
    1: dict(
        title="Convene a family advisory council",
        start=TODAY - dt.timedelta(days=20),
        due=TODAY + dt.timedelta(days=60),
        resources="Title I family engagement set-aside",
        baseline="No family council today",
        target="Twelve members meeting monthly",
        notes=[
            (TODAY - dt.timedelta(days=9), "Invitations sent"),
            (TODAY - dt.timedelta(days=2), "Eight said yes"),
        ],
    ),
    2: dict(
        title="Draft assessment pilot legislation",
        due=TODAY + dt.timedelta(days=30),
        status="blocked",
        blocked_reason="Waiting for the session calendar",
    ),
    3: dict(title="Share the notes", due=TODAY - dt.timedelta(days=10)),  # overdue
}


@pytest.fixture
def planned_snapshot(db, rich):
    """The snapshot of the `rich` workshop with the plan fields above set."""
    from plworkshop.services import action_items, workshops

    wid = rich[0]
    items = {a.number: a for a in workshops.snapshot(db.uow(), wid).action_items}
    for number, plan in PLANNED.items():
        plan = dict(plan)
        assert items[number].title == plan.pop("title")
        notes = plan.pop("notes", ())
        action_items.update_action_item(db.uow(), wid, items[number].id, **plan)
        for as_of, text in notes:
            action_items.add_progress_note(db.uow(), wid, items[number].id, text, as_of=as_of)
    return workshops.snapshot(db.uow(), wid)
