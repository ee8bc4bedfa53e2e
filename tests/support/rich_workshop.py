"""The `rich` workshop fixture: attributed input, a withdrawn response, placements and action items."""

from __future__ import annotations

import pytest
from export_samples import BA, CL


def _people(snapshot):
    return {p.name: p for p in snapshot.participants}


@pytest.fixture
def rich(db, workshop):
    """The fixture workshop with attributed input, a withdrawn response, placements and action items.

    Returns (workshop_id, texts) where texts holds the words each person said.
    """
    from plworkshop.services import action_items, assessments, responses, workshops

    wid = workshop.id
    people = _people(workshops.snapshot(db.uow(), wid))
    ana, ben, chen = people["Ana Ruiz"], people["Ben Okafor"], people["Chen Wu"]
    said = {}
    said["ana"] = responses.record_response(
        db.uow(),
        wid,
        condition=CL,
        stage=1,
        question=f"{CL}.s1.q1",
        text="Families need a seat at the table",
        participant_id=ana.id,
    )
    said["ben"] = responses.record_response(
        db.uow(),
        wid,
        condition=CL,
        stage=1,
        question=f"{CL}.s1.q1",
        text="Teachers want time to plan together",
        participant_id=ben.id,
    )
    said["chen"] = responses.record_response(
        db.uow(),
        wid,
        condition=BA,
        stage=2,
        question="balanced-assessments.s2.q1",
        text="Pilot a performance task in five districts",
        participant_id=chen.id,
    )
    said["group"] = responses.record_response(
        db.uow(),
        wid,
        condition=CL,
        stage=2,
        question=f"{CL}.s2.q1",
        text="Students should co-design the agenda",
        stakeholder_group="students",
    )
    said["withdrawn"] = responses.record_response(
        db.uow(),
        wid,
        condition=CL,
        stage=1,
        question=f"{CL}.s1.q1",
        text="This was said by mistake",
        participant_id=ana.id,
    )
    responses.withdraw_response(db.uow(), wid, said["withdrawn"].id)
    responses.set_votes(db.uow(), wid, said["ben"].id, 3)
    responses.set_votes(db.uow(), wid, said["ana"].id, 1)
    assessments.assess_stage(db.uow(), wid, CL, 1, note="Early conversations only")
    assessments.assess_stage(db.uow(), wid, CL, 1, participant_id=ana.id)
    assessments.assess_stage(db.uow(), wid, CL, 2, participant_id=ben.id, note="Needs more evidence")
    assessments.assess_stage(db.uow(), wid, BA, 0, participant_id=chen.id)
    action_items.create_action_item(
        db.uow(),
        wid,
        title="Convene a family advisory council",
        owner="State agency",
        partners="PTA",
        due="2027-03-01",
        priority="high",
        status="in_progress",
        policy_lever="guidance",
        condition=CL,
        measure_of_success="Council meets monthly",
        description="Recruit from every region",
    )
    action_items.create_action_item(
        db.uow(),
        wid,
        title="Draft assessment pilot legislation",
        owner="Sen. staff",
        due="2027-01-15",
        policy_lever="statute",
        condition=BA,
    )
    action_items.create_action_item(db.uow(), wid, title="Share the notes", owner="Facilitator")
    return wid, {k: v.text for k, v in said.items()}


@pytest.fixture
def rich_snapshot(db, rich):
    from plworkshop.services import workshops

    return workshops.snapshot(db.uow(), rich[0])
