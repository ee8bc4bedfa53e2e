"""A small statewide picture built through the services, on SQLite and on PostgreSQL (`any_db`)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from statewide_constants import BA, CL, Q_CL

from plworkshop.services import action_items, agenda, assessments, responses, roster, workshops


@dataclass
class Statewide:
    db: object
    adams: str
    bent: str
    pilot: str
    texas: str
    ideas: dict


def _district(db, district, state, people, placements, *, title=None):
    """A workshop whose people (name, group) place CL at the given stages."""
    w = workshops.create_workshop(
        db.uow(), title=title or f"{district} convening", date="2027-02-01", state=state, district=district
    )
    roster.add_participants(db.uow(), w.id, [roster.NewParticipant(n, g) for n, g in people])
    agenda.set_agenda(db.uow(), w.id, [(CL, 45), (BA, 30)])
    for person, stage in zip(roster.list_participants(db.uow(), w.id), placements):
        assessments.assess_stage(db.uow(), w.id, CL, stage, participant_id=person.id)
    return w.id


def _idea(db, wid, text, votes, group=None, hidden=False):
    r = responses.record_response(
        db.uow(), wid, condition=CL, stage=1, question=Q_CL, text=text, stakeholder_group=group
    )
    if votes:
        responses.set_votes(db.uow(), wid, r.id, votes)
    if hidden:
        responses.withdraw_response(db.uow(), wid, r.id)
    return r.id


@pytest.fixture
def statewide(any_db) -> Statewide:
    db = any_db
    fam = [(f"Family {i}", "families") for i in range(5)]
    sea = [(f"Agency {i}", "state-agency") for i in range(5)]
    # Adams: families place CL low (0,0,0,1,1), the state agency high (3,3,3,2,2).
    adams = _district(db, "Adams", "Colorado", fam + sea, [0, 0, 0, 1, 1, 3, 3, 3, 2, 2])
    assessments.assess_stage(db.uow(), adams, CL, 1)  # the room's consensus
    # Bent: ten people all at stage 2 (teachers).
    bent = _district(
        db, "Bent", "colorado ", [(f"Teacher {i}", "teachers-and-unions") for i in range(10)], [2] * 10
    )
    # A pilot of three people: every breakdown of it is "fewer than 5".
    pilot = _district(
        db, "Pilot", "Colorado", [("P1", "students"), ("P2", "students"), ("P3", "students")], [3, 3, 3]
    )
    texas = _district(db, "Travis", "Texas", [(f"T{i}", "families") for i in range(6)], [1] * 6)
    ideas = {
        "top": _idea(
            db, bent, '=HYPERLINK("http://x") <b>Shared</b> planning time', 9, "teachers-and-unions"
        ),
        "second": _idea(db, adams, "Family liaisons in every district", 7, "families"),
        "hidden": _idea(db, adams, "Withdrawn idea", 20, hidden=True),
        "unvoted": _idea(db, adams, "Nobody voted", 0),
        "texas": _idea(db, texas, "Texas idea", 30),
    }
    action_items.create_action_item(
        db.uow(),
        adams,
        title="Publish pilot results",
        owner="SEA",
        due="2027-09-01",
        policy_lever="communication",
    )
    action_items.create_action_item(
        db.uow(),
        bent,
        title="Fund planning time",
        owner="Legislature",
        due="2027-03-01",
        policy_lever="funding",
        status="in_progress",
    )
    action_items.create_action_item(
        db.uow(),
        adams,
        title="Done already",
        owner="Legislature",
        due="2027-01-01",
        policy_lever="funding",
        status="done",
    )
    action_items.create_action_item(db.uow(), pilot, title="No date yet", owner="SEA")
    trashed = _district(db, "Trashed", "Colorado", fam, [3] * 5)
    workshops.delete_workshop(db.uow(), trashed)
    return Statewide(db, adams, bent, pilot, texas, ideas)
