"""The demo workshop a new user sees first; `plworkshop demo` recreates it from scratch."""

from __future__ import annotations

import datetime as dt
import uuid

from plworkshop.domain import read_models as rm
from plworkshop.framework.loader import load_default_pack
from plworkshop.services import (
    action_items,
    agenda,
    assessments,
    day_plan,
    parking_lot,
    responses,
    roster,
    themes,
    workshops,
)
from plworkshop.services import demo_content as content
from plworkshop.storage import models as m
from plworkshop.storage.unit_of_work import UnitOfWork

DEMO_WORKSHOP_ID = str(uuid.uuid5(uuid.NAMESPACE_URL, "plworkshop:demo-workshop"))


def demo_exists(uow: UnitOfWork) -> bool:
    with uow:
        return uow.s.get(m.Workshop, DEMO_WORKSHOP_ID) is not None


def _remove_demo(uow: UnitOfWork) -> None:
    with uow:
        row = uow.s.get(m.Workshop, DEMO_WORKSHOP_ID)
        if row is not None:
            uow.s.delete(row)
            uow.commit()


def _question_key(condition_key: str, stage: int, number: int) -> str:
    condition = load_default_pack().condition(condition_key)
    return condition.stage(stage).questions[number - 1].key


def create_demo_workshop(uow: UnitOfWork) -> rm.WorkshopDetails:
    """(Re)create the demo convening: 18 people, four conditions, assessments, input and actions."""
    _remove_demo(uow)
    w = workshops.create_workshop(
        uow, title=content.DEMO_TITLE, workshop_id=DEMO_WORKSHOP_ID, **content.DEMO_DETAILS
    )
    people = roster.add_participants(
        uow,
        w.id,
        [
            roster.NewParticipant(
                name=name, role=role, organization=org, stakeholder_group=group, named_in_report=named
            )
            for name, role, org, group, named in content.PARTICIPANTS
        ],
    )
    agenda.set_agenda(uow, w.id, content.AGENDA)
    workshops.set_votes_per_person(uow, w.id, content.VOTES_PER_PERSON)
    for condition, (placements, consensus, note) in content.ASSESSMENTS.items():
        for person, stage in zip(people, placements):
            assessments.assess_stage(uow, w.id, condition, stage, participant_id=person.id)
        assessments.assess_stage(uow, w.id, condition, consensus, note=note)
    recorded = [_record(uow, w.id, people, entry) for entry in content.RESPONSES]
    responses.withdraw_response(uow, w.id, recorded[content.WITHDRAWN_RESPONSE].id)
    workshop_date = dt.date.fromisoformat(content.DEMO_DETAILS["date"])
    for index, (
        title,
        condition,
        owner,
        partners,
        days,
        priority,
        status,
        lever,
        measure,
        linked,
    ) in enumerate(content.ACTION_ITEMS):
        plan = dict(content.ACTION_ITEM_PLANS.get(index, {}))
        start = plan.pop("start", None)
        notes = [
            rm.ProgressNote(workshop_date + dt.timedelta(days=after), text)
            for after, text in plan.pop("notes", ())
        ]
        action_items.create_action_item(
            uow,
            w.id,
            title=title,
            condition=condition,
            owner=owner,
            partners=partners,
            start=None if start is None else workshop_date + dt.timedelta(days=start),
            due=workshop_date + dt.timedelta(days=days),
            priority=priority,
            status=status,
            policy_lever=lever,
            measure_of_success=measure,
            progress=notes,
            response_ids=tuple(recorded[i].id for i in linked),
            **plan,
        )
    _facilitation_moves(uow, w.id, people, recorded)
    return workshops.get_workshop(uow, w.id)


def _facilitation_moves(uow: UnitOfWork, workshop_id: str, people, recorded) -> None:
    """The day's agenda around the conditions, themes and the parking lot: a new user sees them at once."""
    day_plan.set_day_start(uow, workshop_id, content.DAY_STARTS_AT)
    for kind, title, minutes, index, starts_at in content.AGENDA_SESSIONS:
        day_plan.add_session(
            uow, workshop_id, kind, title=title, minutes=minutes, index=index, starts_at=starts_at
        )
    for condition, stage, number, minutes in content.QUESTION_TIME_BOXES:
        day_plan.set_question_time_box(
            uow, workshop_id, condition, _question_key(condition, stage, number), minutes
        )
    for condition, name, indices, votes in content.THEMES:
        theme = themes.create_theme(
            uow,
            workshop_id,
            condition=condition,
            name=name,
            response_ids=tuple(recorded[i].id for i in indices),
        )
        themes.set_theme_votes(uow, workshop_id, theme.id, votes)
    for text, speaker, condition in content.PARKED:
        person = people[speaker].id if isinstance(speaker, int) else None
        group = speaker.removeprefix("group:") if isinstance(speaker, str) else None
        where = (
            dict(condition=condition, stage=1, question=_question_key(condition, 1, 1)) if condition else {}
        )
        parking_lot.park_text(uow, workshop_id, text, participant_id=person, stakeholder_group=group, **where)


def _record(uow: UnitOfWork, workshop_id: str, people, entry) -> rm.ResponseView:
    condition, stage, number, speaker, text, votes = entry
    participant_id = group = None
    if isinstance(speaker, int):
        participant_id = people[speaker].id
    elif isinstance(speaker, str):
        group = speaker.removeprefix("group:")
    view = responses.record_response(
        uow,
        workshop_id,
        condition=condition,
        stage=stage,
        question=_question_key(condition, stage, number),
        text=text,
        participant_id=participant_id,
        stakeholder_group=group,
    )
    return responses.set_votes(uow, workshop_id, view.id, votes) if votes else view
