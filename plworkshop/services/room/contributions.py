"""What a device sends: input to the current question, its own edits, its dot votes, its placement.

Each function is one write the room's single writer runs (grouped with others into one commit). Input
goes through `responses.record_response` and named placements through `assessments.assess_stage`, the
same services the facilitator's keyboard uses; the room's tables only add where it came from.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import func, select

from plworkshop.domain.errors import InvalidValue, NotFound
from plworkshop.domain.text_rules import check_text
from plworkshop.domain.values import check_assessment_stage
from plworkshop.services import assessments, responses
from plworkshop.services.lookup import get_workshop_row, workshop_condition
from plworkshop.services.room.sessions import RoomClosed
from plworkshop.services.room.views import DeviceView
from plworkshop.storage import models as m
from plworkshop.storage.room_models import RoomPlacement, RoomResponse, RoomSession, RoomVote
from plworkshop.storage.types import utcnow
from plworkshop.storage.unit_of_work import UnitOfWork

EDIT_WINDOW = dt.timedelta(minutes=30)


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


def send_response(uow: UnitOfWork, device: DeviceView, response_id: str,
                  text: object) -> tuple[str, bool]:
    """Record input to the current question; (id, created). The same id again is the same record."""
    response_id = check_client_id(response_id)
    text = check_text("text", text, label="input", required=True)
    with uow:
        mark = uow.s.get(RoomResponse, response_id)
        if mark is not None:
            if mark.device_id != device.id:
                raise IdTaken("That id is already used by other input; make a new one.")
            return response_id, False
        if uow.s.get(m.Response, response_id) is not None:
            raise IdTaken("That id is already used by other input; make a new one.")
        session = _open_session(uow, device.session_id)
        if not session.input_open:
            raise RoomClosed("Input is paused for the moment; your text is kept, send it again later.")
        if session.question is None:
            raise RoomClosed("There is no question open yet; wait for the facilitator.")
        workshop_id, held = session.workshop_id, bool(session.hold_for_approval)
        where = (session.condition, session.stage, session.question)
    responses.record_response(uow, workshop_id, condition=where[0], stage=where[1], question=where[2],
                              text=text, participant_id=device.participant_id,
                              stakeholder_group=device.stakeholder_group, response_id=response_id,
                              hidden=held)
    with uow:
        uow.s.add(RoomResponse(response_id=response_id, device_id=device.id, held=held))
        uow.commit()
    return response_id, True


def _own(uow: UnitOfWork, device: DeviceView, response_id: str) -> tuple[RoomResponse, m.Response]:
    mark = uow.s.get(RoomResponse, response_id)
    row = uow.s.get(m.Response, response_id)
    if mark is None or row is None or mark.device_id != device.id:
        raise NotFound("This device sent no input with that id.")
    return mark, row


def change_response(uow: UnitOfWork, device: DeviceView, response_id: str, *,
                    text: object = None, withdrawn: object = None) -> str:
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


def budget_of(uow: UnitOfWork, workshop: m.Workshop, device: DeviceView, condition: str) -> tuple[int | None, int]:
    """(budget, spent) for this device (or, for a named person, all of their devices) on a condition."""
    from plworkshop.storage.room_models import RoomDevice

    query = select(func.coalesce(func.sum(RoomVote.votes), 0)).join(
        RoomDevice, RoomDevice.id == RoomVote.device_id).where(RoomVote.condition == condition)
    if device.participant_id is not None:
        query = query.where(RoomDevice.participant_id == device.participant_id,
                            RoomDevice.session_id == device.session_id)
    else:
        query = query.where(RoomDevice.id == device.id)
    spent = uow.s.scalar(query) or 0
    budget = workshop.votes_per_person or None
    return budget, spent


def vote(uow: UnitOfWork, device: DeviceView, response_id: object, delta: object) -> int | None:
    """Put one of this device's dots on an idea of the current question, or take one back; budget left."""
    response_id = check_client_id(response_id, "response")
    if isinstance(delta, bool) or delta not in (1, -1):
        raise InvalidValue("delta", "A vote is a delta of 1 or -1.")
    with uow:
        session = _open_session(uow, device.session_id)
        if not session.voting_open:
            raise RoomClosed("Voting is closed at the moment.")
        row = uow.s.get(m.Response, response_id)
        if (row is None or row.workshop_id != session.workshop_id or row.hidden
                or row.question != session.question or row.condition != session.condition):
            raise InvalidValue("response", "That idea is not one of the current question's ideas.")
        workshop = get_workshop_row(uow, session.workshop_id)
        budget, spent = budget_of(uow, workshop, device, row.condition)
        mine = uow.s.get(RoomVote, (device.id, response_id))
        if delta > 0 and budget is not None and spent >= budget:
            raise InvalidValue("delta", f"You have placed all {budget} of your votes; take one back first.")
        if delta < 0 and (mine is None or mine.votes <= 0):
            raise InvalidValue("delta", "You have no vote on this idea to take back.")
        if mine is None:
            mine = RoomVote(device_id=device.id, response_id=response_id, condition=row.condition, votes=0)
            uow.s.add(mine)
        mine.votes += delta
        # added in SQL, so the facilitator's own count and the room's never overwrite each other
        row.votes = m.Response.votes + delta
        row.updated_at = utcnow()
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
            row = uow.s.scalars(select(RoomPlacement).where(RoomPlacement.device_id == device.id,
                                                            RoomPlacement.condition == condition)).first()
            if row is None:
                row = RoomPlacement(device_id=device.id, workshop_id=workshop_id, condition=condition,
                                    stakeholder_group=device.stakeholder_group)
                uow.s.add(row)
            row.stage, row.note, row.updated_at = stage, note, utcnow()
            uow.commit()
            return
    assessments.assess_stage(uow, workshop_id, condition, stage, participant_id=device.participant_id,
                             note=note)
