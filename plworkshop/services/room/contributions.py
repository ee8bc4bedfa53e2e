"""What a device sends: input to the current question, its own edits, its dot votes, its placement.

Each function is one write the room's single writer runs (grouped with others into one commit). Input
goes through `responses.record_response` and named placements through `assessments.assess_stage`, the
same services the facilitator's keyboard uses; the room's tables only add where it came from.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import NamedTuple

from sqlalchemy import func, select

from plworkshop.domain.errors import InvalidValue, NotFound
from plworkshop.domain.text_rules import check_text
from plworkshop.domain.values import check_assessment_stage
from plworkshop.services import assessments, responses
from plworkshop.services.lookup import parse_condition, workshop_condition
from plworkshop.services.room.sessions import RoomClosed
from plworkshop.services.room.views import DeviceView
from plworkshop.storage import models as m
from plworkshop.storage.room_models import RoomPlacement, RoomResponse, RoomSession, RoomVote
from plworkshop.storage.types import utcnow
from plworkshop.storage.unit_of_work import UnitOfWork

EDIT_WINDOW = dt.timedelta(minutes=30)


class Sent(NamedTuple):
    """What `send_response` recorded: the id, whether it is new, and the question it went under."""

    id: str
    created: bool
    question: str


class IdTaken(RoomClosed):
    """A client id already names a record this device does not own (HTTP 409)."""


def check_client_id(value: object, what: str = "id") -> str:
    if not isinstance(value, str):
        raise InvalidValue(what, f"The {what} must be a UUID made by the page.")
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise InvalidValue(what, f"The {what} must be a UUID made by the page.") from None


def _open_session(uow: UnitOfWork, session_id: str) -> RoomSession:
    row = uow.s.get(RoomSession, session_id)
    if row is None or row.ended_at is not None:
        raise RoomClosed("This room session has ended.")
    return row


_ROOM_RESPONSE = RoomResponse.__table__
_RESPONSE = m.Response.__table__
_SESSION = RoomSession.__table__
_VOTE = RoomVote.__table__


def _typed_for_key(value: object, what: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value or len(value) > 200:
        raise InvalidValue(what, f"The {what} must be the key the page was shown.")
    return value


def _still_asked(conn, workshop_id: str, condition: str, question: str) -> int | None:
    """The stage of `question` when its condition is still on the workshop's agenda, else None."""
    content = conn.execute(
        select(m.WorkshopCondition.content_json)
        .join(
            m.AgendaItem,
            (m.AgendaItem.workshop_id == m.WorkshopCondition.workshop_id)
            & (m.AgendaItem.condition == m.WorkshopCondition.key),
        )
        .where(m.WorkshopCondition.workshop_id == workshop_id, m.WorkshopCondition.key == condition)
    ).scalar()
    return None if content is None else parse_condition(content).stage_of_question(question)


def send_response(
    uow: UnitOfWork,
    device: DeviceView,
    response_id: str,
    text: object,
    *,
    condition: object = None,
    question: object = None,
) -> Sent:
    """Record input; the same id again is the same record (created False).

    `condition` and `question` say which question the person typed it for (the page sends them, so
    input queued while the connection was down lands where it was typed, even after the facilitator
    moved on). When they are missing, or that question has left the workshop's agenda meanwhile, the
    input goes to the question open now, so nothing typed is lost.

    A hot path (every device, many times): the checks read with Core in one round trip each.
    """
    response_id = check_client_id(response_id)
    text = check_text("text", text, label="input", required=True)
    condition = _typed_for_key(condition, "condition")
    question = _typed_for_key(question, "question")
    if (condition is None) != (question is None):
        raise InvalidValue("question", "Send both the condition and the question the input was typed for.")
    with uow:
        conn = uow.s.connection()
        owner = conn.execute(
            select(_ROOM_RESPONSE.c.device_id, _RESPONSE.c.question)
            .join(_RESPONSE, _RESPONSE.c.id == _ROOM_RESPONSE.c.response_id)
            .where(_ROOM_RESPONSE.c.response_id == response_id)
        ).first()
        if owner is not None:
            if owner[0] != device.id:
                raise IdTaken("That id is already used by other input; make a new one.")
            return Sent(response_id, False, owner[1])
        if conn.execute(select(_RESPONSE.c.id).where(_RESPONSE.c.id == response_id)).first() is not None:
            raise IdTaken("That id is already used by other input; make a new one.")
        session = conn.execute(
            select(
                _SESSION.c.ended_at,
                _SESSION.c.input_open,
                _SESSION.c.question,
                _SESSION.c.condition,
                _SESSION.c.stage,
                _SESSION.c.workshop_id,
                _SESSION.c.hold_for_approval,
            ).where(_SESSION.c.id == device.session_id)
        ).first()
        if session is None or session.ended_at is not None:
            raise RoomClosed("This room session has ended.")
        if not session.input_open:
            raise RoomClosed("Input is paused for the moment; your text is kept, send it again later.")
        where = (session.condition, session.stage, session.question)
        if question is not None and (condition, question) != (session.condition, session.question):
            stage = _still_asked(conn, session.workshop_id, condition, question)
            if stage is not None:
                where = (condition, stage, question)
        if where[2] is None:
            raise RoomClosed("There is no question open yet; wait for the facilitator.")
        held = bool(session.hold_for_approval)
    responses.record_response(
        uow,
        session.workshop_id,
        condition=where[0],
        stage=where[1],
        question=where[2],
        text=text,
        participant_id=device.participant_id,
        stakeholder_group=device.stakeholder_group,
        response_id=response_id,
        hidden=held,
    )
    with uow:
        uow.s.connection().execute(
            _ROOM_RESPONSE.insert().values(
                response_id=response_id, device_id=device.id, held=held, created_at=utcnow()
            )
        )
        uow.commit()
    return Sent(response_id, True, where[2])


def _own(uow: UnitOfWork, device: DeviceView, response_id: str) -> tuple[RoomResponse, m.Response]:
    mark = uow.s.get(RoomResponse, response_id)
    row = uow.s.get(m.Response, response_id)
    if mark is None or row is None or mark.device_id != device.id:
        raise NotFound("This device sent no input with that id.")
    return mark, row


def change_response(
    uow: UnitOfWork, device: DeviceView, response_id: str, *, text: object = None, withdrawn: object = None
) -> str:
    """Edit or withdraw this device's own input (kept, never deleted), within the edit window."""
    response_id = check_client_id(response_id)
    if (text is None) == (withdrawn is None):
        raise InvalidValue("text", "Send either new text or withdrawn: true.")
    if withdrawn is not None and withdrawn is not True:
        raise InvalidValue("withdrawn", "Withdrawn can only be true.")
    if text is not None:
        text = check_text("text", text, label="input", required=True)
    with uow:
        _open_session(uow, device.session_id)
        mark, row = _own(uow, device, response_id)
        if utcnow() - row.created_at > EDIT_WINDOW:
            raise RoomClosed("This input was sent more than 30 minutes ago and can no longer be changed.")
        workshop_id, was_hidden = row.workshop_id, row.hidden
        if withdrawn and was_hidden and not mark.held:
            return response_id  # already withdrawn: the same answer again
        if text is not None and was_hidden and not mark.held:
            raise RoomClosed("This input was withdrawn and can no longer be changed.")
        if withdrawn and mark.held:
            mark.held = False  # withdrawn before approval: it stays hidden, now as withdrawn
            uow.commit()
            return response_id
    if text is not None:
        responses.edit_response(uow, workshop_id, response_id, text)
    else:
        responses.withdraw_response(uow, workshop_id, response_id)
    return response_id


def budget_of(
    uow: UnitOfWork, workshop: m.Workshop | int, device: DeviceView, condition: str
) -> tuple[int | None, int]:
    """(budget, spent) for this device (or, for a named person, all of their devices) on a condition.

    `workshop` is the workshop row or its votes per person.
    """
    from plworkshop.storage.room_models import RoomDevice

    per_person = workshop if isinstance(workshop, int) else workshop.votes_per_person
    query = select(func.coalesce(func.sum(_VOTE.c.votes), 0)).where(_VOTE.c.condition == condition)
    if device.participant_id is not None:
        devices = RoomDevice.__table__
        query = query.join(devices, devices.c.id == _VOTE.c.device_id).where(
            devices.c.participant_id == device.participant_id, devices.c.session_id == device.session_id
        )
    else:
        query = query.where(_VOTE.c.device_id == device.id)
    spent = uow.s.connection().execute(query).scalar() or 0
    return (per_person or None), spent


def vote(uow: UnitOfWork, device: DeviceView, response_id: object, delta: object) -> int | None:
    """Put one of this device's dots on an idea of the current question, or take one back; budget left.

    A hot path: Core statements, one read for the idea, the session and the budget per person.
    """
    response_id = check_client_id(response_id, "response")
    if isinstance(delta, bool) or delta not in (1, -1):
        raise InvalidValue("delta", "A vote is a delta of 1 or -1.")
    with uow:
        conn = uow.s.connection()
        found = conn.execute(
            select(
                _SESSION.c.ended_at,
                _SESSION.c.voting_open,
                _SESSION.c.question,
                _SESSION.c.condition,
                m.Workshop.votes_per_person,
                _RESPONSE.c.id,
                _RESPONSE.c.hidden,
                _RESPONSE.c.question.label("r_question"),
                _RESPONSE.c.condition.label("r_condition"),
            )
            .select_from(_SESSION)
            .join(m.Workshop, m.Workshop.id == _SESSION.c.workshop_id)
            .outerjoin(
                _RESPONSE,
                (_RESPONSE.c.id == response_id) & (_RESPONSE.c.workshop_id == _SESSION.c.workshop_id),
            )
            .where(_SESSION.c.id == device.session_id)
        ).first()
        if found is None or found.ended_at is not None:
            raise RoomClosed("This room session has ended.")
        if not found.voting_open:
            raise RoomClosed("Voting is closed at the moment.")
        if (
            found.id is None
            or found.hidden
            or found.r_question != found.question
            or found.r_condition != found.condition
        ):
            raise InvalidValue("response", "That idea is not one of the current question's ideas.")
        budget, spent = budget_of(uow, found.votes_per_person, device, found.condition)
        mine = conn.execute(
            select(_VOTE.c.votes).where(_VOTE.c.device_id == device.id, _VOTE.c.response_id == response_id)
        ).scalar()
        if delta > 0 and budget is not None and spent >= budget:
            raise InvalidValue("delta", f"You have placed all {budget} of your votes; take one back first.")
        if delta < 0 and not mine:
            raise InvalidValue("delta", "You have no vote on this idea to take back.")
        if mine is None:
            conn.execute(
                _VOTE.insert().values(
                    device_id=device.id, response_id=response_id, condition=found.condition, votes=delta
                )
            )
        else:
            conn.execute(
                _VOTE.update()
                .where(_VOTE.c.device_id == device.id, _VOTE.c.response_id == response_id)
                .values(votes=_VOTE.c.votes + delta)
            )
        # added in SQL, so the facilitator's own count and the room's never overwrite each other
        conn.execute(
            _RESPONSE.update()
            .where(_RESPONSE.c.id == response_id)
            .values(votes=_RESPONSE.c.votes + delta, updated_at=utcnow())
        )
        uow.commit()
        return None if budget is None else budget - spent - delta


def place(uow: UnitOfWork, device: DeviceView, condition: str, stage: object, note: object) -> None:
    """Place the state on a condition's continuum: a named person's own placement, else the device's."""
    stage = check_assessment_stage(stage)
    note = check_text("note", "" if note is None else note)
    with uow:
        session = _open_session(uow, device.session_id)
        if not session.input_open:
            raise RoomClosed("Input is paused for the moment; your placement is kept, send it again later.")
        workshop_id = session.workshop_id
        workshop_condition(uow, workshop_id, condition)
        if device.participant_id is None:
            row = uow.s.scalars(
                select(RoomPlacement).where(
                    RoomPlacement.device_id == device.id, RoomPlacement.condition == condition
                )
            ).first()
            if row is None:
                row = RoomPlacement(
                    device_id=device.id,
                    workshop_id=workshop_id,
                    condition=condition,
                    stakeholder_group=device.stakeholder_group,
                )
                uow.s.add(row)
            row.stage, row.note, row.updated_at = stage, note, utcnow()
            uow.commit()
            return
    assessments.assess_stage(
        uow, workshop_id, condition, stage, participant_id=device.participant_id, note=note
    )
