"""Workshops, roster and agenda services against a real SQLite file."""

from __future__ import annotations

import datetime as dt

import pytest

from plworkshop.domain.errors import AmbiguousWorkshop, InvalidValue, WorkshopNotFound
from plworkshop.services import agenda, roster, workshops


def test_create_keeps_its_own_copy_of_the_framework_text(db):
    w = workshops.create_workshop(db.uow(), title="Regional convening", date="2027-01-15")
    snap = workshops.snapshot(db.uow(), w.id)
    assert snap.workshop.framework_id == "kw-state-policy-pl-2019"
    assert snap.workshop.date == dt.date(2027, 1, 15)
    assert "collaborative-leadership" in snap.conditions
    assert snap.conditions["collaborative-leadership"].official is True


def test_update_and_find_by_title_prefix(db):
    a = workshops.create_workshop(db.uow(), title="Alpha district")
    workshops.create_workshop(db.uow(), title="Alpine region")
    workshops.update_workshop(db.uow(), a.id, location="Gym", district="Alpha USD")
    assert workshops.find_workshop(db.uow(), "alpha d").location == "Gym"
    assert workshops.find_workshop(db.uow(), a.id).id == a.id
    with pytest.raises(AmbiguousWorkshop):
        workshops.find_workshop(db.uow(), "Alp")
    with pytest.raises(WorkshopNotFound):
        workshops.find_workshop(db.uow(), "Zulu")


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"title": ""}, "title"),
        ({"date": "soon"}, "date"),
        ({"notes": "x" * 200_000}, "notes"),
        ({"location": "a\x00b"}, "location"),
    ],
)
def test_bad_values_are_refused_with_a_clear_error(db, changes, field):
    w = workshops.create_workshop(db.uow(), title="T")
    with pytest.raises(InvalidValue) as info:
        workshops.update_workshop(db.uow(), w.id, **changes)
    assert info.value.field == field
    assert str(info.value).endswith(".")
    assert workshops.get_workshop(db.uow(), w.id).title == "T"


def test_list_counts_and_recent_first(db, workshop):
    later = workshops.create_workshop(db.uow(), title="Later")
    rows = workshops.list_workshops(db.uow())
    assert [r.id for r in rows] == [later.id, workshop.id]
    assert rows[1].participants == 3


def test_trash_restore_and_purge(db, workshop):
    workshops.delete_workshop(db.uow(), workshop.id)
    assert workshops.list_workshops(db.uow()) == []
    assert [w.id for w in workshops.list_workshops(db.uow(), trash=True)] == [workshop.id]
    workshops.restore_workshop(db.uow(), workshop.id)
    assert len(workshops.list_workshops(db.uow())) == 1
    workshops.delete_workshop(db.uow(), workshop.id)
    assert workshops.purge_trash(db.uow()) == 0  # not yet 30 days
    future = dt.datetime.now(dt.UTC) + dt.timedelta(days=31)
    assert workshops.purge_trash(db.uow(), now=future) == 1
    assert workshops.list_workshops(db.uow(), trash=True) == []


def test_roster_batch_is_all_or_nothing(db, workshop):
    people = [roster.NewParticipant("Dee", "students"), roster.NewParticipant("", "students")]
    with pytest.raises(InvalidValue):
        roster.add_participants(db.uow(), workshop.id, people)
    assert len(roster.list_participants(db.uow(), workshop.id)) == 3
    with pytest.raises(InvalidValue, match="stakeholder group"):
        roster.add_participant(db.uow(), workshop.id, name="X", stakeholder_group="aliens")


def test_roster_order_and_update(db, workshop):
    people = roster.list_participants(db.uow(), workshop.id)
    roster.move_participant(db.uow(), workshop.id, people[2].id, 0)
    assert [p.name for p in roster.list_participants(db.uow(), workshop.id)] == [
        "Chen Wu",
        "Ana Ruiz",
        "Ben Okafor",
    ]
    updated = roster.update_participant(
        db.uow(), workshop.id, people[0].id, role="Parent", named_in_report=False
    )
    assert (updated.role, updated.named_in_report) == ("Parent", False)


def test_agenda_replace_and_validation(db, workshop):
    items = agenda.set_agenda(
        db.uow(), workshop.id, [("measuring-success", 20), ("culture-of-innovation", 25)]
    )
    assert [(i.condition, i.position, i.minutes) for i in items] == [
        ("measuring-success", 1, 20),
        ("culture-of-innovation", 2, 25),
    ]
    with pytest.raises(InvalidValue, match="not part"):
        agenda.set_agenda(db.uow(), workshop.id, [("the-twelfth", 20)])
    with pytest.raises(InvalidValue, match="twice"):
        agenda.set_agenda(db.uow(), workshop.id, [("measuring-success", 20)] * 2)
    with pytest.raises(InvalidValue, match="minutes"):
        agenda.set_agenda(db.uow(), workshop.id, [("measuring-success", 0)])
    assert len(agenda.get_agenda(db.uow(), workshop.id)) == 2


def test_custom_condition_can_be_added_to_a_workshop(db, workshop):
    from plworkshop.framework.model import Condition, Question, Stage

    stages = tuple(
        Stage(n, f"Goal {n}", (f"Action {n}",), (Question(f"state-priority.s{n}.q1", f"Q{n}?"),))
        for n in (1, 2, 3)
    )
    custom = Condition(
        key="state-priority",
        title="Our own priority",
        strategy="building-capacity",
        summary="A state's own priority.",
        official=False,
        stages=stages,
        custom=True,
    )
    agenda.save_condition_text(db.uow(), workshop.id, custom)
    agenda.set_agenda(db.uow(), workshop.id, [("state-priority", 30)])
    snap = workshops.snapshot(db.uow(), workshop.id)
    assert snap.conditions["state-priority"].custom
    assert [c.key for c in snap.agenda_conditions()] == ["state-priority"]
