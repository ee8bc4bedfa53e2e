"""What the room reads: one device's page, and which responses the facilitator's list marks as the room's."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from plworkshop.domain.read_models import ResponseView
from plworkshop.framework.model import ASSESSMENT_STAGE_NAMES, STAGE_NAMES
from plworkshop.services.lookup import get_workshop_row, workshop_condition
from plworkshop.services.room.contributions import EDIT_WINDOW, budget_of
from plworkshop.services.room.sessions import session_view
from plworkshop.services.room.views import DeviceState, DeviceView, Idea, OwnInput, RoomInputMark
from plworkshop.storage import models as m
from plworkshop.storage.room_models import RoomDevice, RoomPlacement, RoomResponse, RoomSession, RoomVote
from plworkshop.storage.types import utcnow
from plworkshop.storage.unit_of_work import UnitOfWork

MAX_OWN = 200
MAX_IDEAS = 300
MAX_CHANGES = 300
"""More changed rows than this at once: the caller reads the whole question instead."""


def device_state(uow: UnitOfWork, device: DeviceView) -> DeviceState:
    with uow:
        row = uow.s.get(RoomSession, device.session_id)
        session = session_view(row)
        where = session.position
        title = question_text = stage_name = ""
        budget = left = None
        ideas: list[Idea] = []
        placement = None
        if where.condition is not None:
            condition = workshop_condition(uow, row.workshop_id, where.condition)
            title = condition.title
            question = condition.question(where.question) if where.question else None
            question_text = question.text if question else ""
            stage_name = STAGE_NAMES.get(where.stage or 0, "")
            workshop = get_workshop_row(uow, row.workshop_id)
            budget, spent = budget_of(uow, workshop, device, where.condition)
            left = None if budget is None else max(budget - spent, 0)
            mine = dict(
                uow.s.execute(
                    select(RoomVote.response_id, RoomVote.votes).where(
                        RoomVote.device_id == device.id, RoomVote.condition == where.condition
                    )
                ).all()
            )
            show_counts = not (session.counts_hidden and session.voting_open)  # hidden until voting closes
            for rid, text, votes in uow.s.execute(
                select(m.Response.id, m.Response.text, m.Response.votes)
                .where(
                    m.Response.workshop_id == row.workshop_id,
                    m.Response.condition == where.condition,
                    m.Response.question == where.question,
                    m.Response.hidden.is_(False),
                )
                .order_by(m.Response.created_at, m.Response.id)
                .limit(MAX_IDEAS)
            ):
                ideas.append(
                    Idea(id=rid, text=text, votes=votes if show_counts else None, mine=mine.get(rid, 0))
                )
            placement = _placement(uow, row.workshop_id, device, where.condition)
        now = utcnow()
        own = tuple(
            OwnInput(
                id=rid,
                text=text,
                withdrawn=bool(hidden and not held),
                held=bool(held),
                editable=now - created <= EDIT_WINDOW and not (hidden and not held),
                question=question_key,
            )
            for rid, text, hidden, held, created, question_key in uow.s.execute(
                select(
                    m.Response.id,
                    m.Response.text,
                    m.Response.hidden,
                    RoomResponse.held,
                    m.Response.created_at,
                    m.Response.question,
                )
                .join(RoomResponse, RoomResponse.response_id == m.Response.id)
                .where(RoomResponse.device_id == device.id)
                .order_by(m.Response.created_at.desc())
                .limit(MAX_OWN)
            )
        )
        return DeviceState(
            session=session,
            condition_title=title,
            question_text=question_text,
            stage_name=stage_name,
            budget=budget,
            budget_left=left,
            own=own,
            ideas=tuple(ideas),
            placement_stage=placement[0] if placement else None,
            placement_note=placement[1] if placement else "",
        )


def _placement(uow: UnitOfWork, workshop_id: str, device: DeviceView, condition: str):
    if device.participant_id is not None:
        return uow.s.execute(
            select(m.Assessment.stage, m.Assessment.note).where(
                m.Assessment.workshop_id == workshop_id,
                m.Assessment.condition == condition,
                m.Assessment.participant_id == device.participant_id,
            )
        ).first()
    return uow.s.execute(
        select(RoomPlacement.stage, RoomPlacement.note).where(
            RoomPlacement.device_id == device.id, RoomPlacement.condition == condition
        )
    ).first()


def room_input_marks(
    uow: UnitOfWork,
    workshop_id: str,
    *,
    condition: str | None = None,
    question: str | None = None,
    held_only: bool = False,
) -> dict[str, RoomInputMark]:
    """The workshop's responses that came from the room, by response id (for the facilitator): all of
    them, or one question's (`condition` and `question`), or only those waiting for approval."""
    from plworkshop.services.room.devices import display_of

    query = (
        select(RoomResponse.response_id, RoomResponse.held, RoomDevice.stakeholder_group, m.Participant)
        .join(RoomDevice, RoomDevice.id == RoomResponse.device_id)
        .join(RoomSession, RoomSession.id == RoomDevice.session_id)
        .outerjoin(m.Participant, m.Participant.id == RoomDevice.participant_id)
        .where(RoomSession.workshop_id == workshop_id)
    )
    if question is not None:
        query = query.join(m.Response, m.Response.id == RoomResponse.response_id).where(
            m.Response.condition == condition, m.Response.question == question
        )
    if held_only:
        query = query.where(RoomResponse.held.is_(True))
    with uow:
        rows = uow.s.execute(query).all()
        return {
            rid: RoomInputMark(rid, bool(held), display_of(person, group))
            for rid, held, group, person in rows
        }


@dataclass(frozen=True)
class QuestionChanges:
    """One question's responses written since a moment, and which of them came from the room."""

    views: tuple[ResponseView, ...]
    marks: dict[str, RoomInputMark]


def question_changes(
    uow: UnitOfWork, workshop_id: str, condition: str, question: str, since: dt.datetime
) -> QuestionChanges:
    """What the facilitator's list must update after room writes: only the question's rows changed
    (new, voted, edited, withdrawn, approved) at or after `since`, read in one go."""
    table = m.Response.__table__
    with uow:
        rows = uow.s.execute(
            select(table)
            .where(
                table.c.workshop_id == workshop_id,
                table.c.condition == condition,
                table.c.question == question,
                table.c.updated_at >= since,
            )
            .order_by(table.c.created_at, table.c.id)
            .limit(MAX_CHANGES + 1)
        ).mappings()
        views = tuple(ResponseView(**row) for row in rows)
        marks = {}
        if views and len(views) <= MAX_CHANGES:
            from plworkshop.services.room.devices import display_of

            found = uow.s.execute(
                select(
                    RoomResponse.response_id, RoomResponse.held, RoomDevice.stakeholder_group, m.Participant
                )
                .join(RoomDevice, RoomDevice.id == RoomResponse.device_id)
                .outerjoin(m.Participant, m.Participant.id == RoomDevice.participant_id)
                .where(RoomResponse.response_id.in_([v.id for v in views]))
            ).all()
            marks = {
                rid: RoomInputMark(rid, bool(held), display_of(person, group))
                for rid, held, group, person in found
            }
    return QuestionChanges(views, marks)


def room_placements(uow: UnitOfWork, workshop_id: str, condition: str) -> dict[int, int]:
    """How many group or anonymous devices placed the state at each stage (named people are in the grid)."""
    from sqlalchemy import func

    with uow:
        rows = uow.s.execute(
            select(RoomPlacement.stage, func.count())
            .where(RoomPlacement.workshop_id == workshop_id, RoomPlacement.condition == condition)
            .group_by(RoomPlacement.stage)
        ).all()
    counts = {stage: 0 for stage in ASSESSMENT_STAGE_NAMES}
    counts.update({stage: n for stage, n in rows})
    return counts
