"""The `filled_workshop` fixture (input, votes, assessments, action items) and the shipped `pack`."""

from __future__ import annotations

import pytest


@pytest.fixture
def pack():
    from plworkshop.framework.loader import load_default_pack

    return load_default_pack()


@pytest.fixture
def filled_workshop(db, workshop):
    """The shared `workshop` fixture plus input from each person, a withdrawn remark and plans."""
    from plworkshop.services import action_items, assessments, responses, roster, workshops

    uow = db.uow
    people = {p.name: p for p in roster.list_participants(uow(), workshop.id)}
    cl, ba = "collaborative-leadership", "balanced-assessments"
    q1 = "collaborative-leadership.s1.q1"
    qb = workshops.snapshot(uow(), workshop.id).conditions[ba].stage(1).questions[0].key
    said = {
        "ana": responses.record_response(
            uow(),
            workshop.id,
            condition=cl,
            stage=1,
            question=q1,
            text="Families belong on the steering group",
            participant_id=people["Ana Ruiz"].id,
        ),
        "ben": responses.record_response(
            uow(),
            workshop.id,
            condition=cl,
            stage=1,
            question=q1,
            text="Union reps need release time",
            participant_id=people["Ben Okafor"].id,
        ),
        "chen": responses.record_response(
            uow(),
            workshop.id,
            condition=ba,
            stage=1,
            question=qb,
            text="Fund a pilot of local assessments",
            participant_id=people["Chen Wu"].id,
        ),
        "markup": responses.record_response(
            uow(),
            workshop.id,
            condition=ba,
            stage=1,
            question=qb,
            text='<b>bold?</b> & <unclosed <img src="/etc/passwd"> x<y',
            stakeholder_group="students",
        ),
        "gone": responses.record_response(
            uow(), workshop.id, condition=cl, stage=1, question=q1, text="Withdrawn remark nobody should read"
        ),
    }
    responses.withdraw_response(uow(), workshop.id, said["gone"].id)
    responses.set_votes(uow(), workshop.id, said["chen"].id, 4)
    responses.set_votes(uow(), workshop.id, said["ben"].id, 2)
    assessments.assess_stage(uow(), workshop.id, cl, 1, note="Partnerships exist but are informal")
    assessments.assess_stage(uow(), workshop.id, cl, 2, participant_id=people["Ana Ruiz"].id)
    assessments.assess_stage(uow(), workshop.id, cl, 1, participant_id=people["Chen Wu"].id)
    action_items.create_action_item(
        uow(),
        workshop.id,
        title="Draft the coalition charter",
        owner="Deputy Commissioner",
        due="2027-03-01",
        priority="high",
        policy_lever="statute",
        condition=cl,
        measure_of_success="Charter adopted by June",
    )
    action_items.create_action_item(
        uow(),
        workshop.id,
        title="Survey districts on testing time",
        owner="Assessment Office",
        condition=ba,
        status="in_progress",
    )
    action_items.create_action_item(
        uow(), workshop.id, title="Brief the Ben Okafor caucus", owner="Ben Okafor", due="2027-01-15"
    )
    return workshops.snapshot(uow(), workshop.id)
