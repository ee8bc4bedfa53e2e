"""Room sessions: open (or resume) one for a workshop, follow the facilitator, pause, vote, end."""

from __future__ import annotations

import secrets

from sqlalchemy import select

from plworkshop.domain.errors import InvalidValue, NotFound
from plworkshop.services.lookup import get_workshop_row, workshop_condition
from plworkshop.services.room.views import Position, RoomSessionView
from plworkshop.storage import models as m
from plworkshop.storage.room_models import RoomResponse, RoomSession
from plworkshop.storage.types import utcnow
from plworkshop.storage.unit_of_work import UnitOfWork

CODE_BYTES = 16  # 128 random bits: not guessable in a session's lifetime, even at many tries a second


class RoomClosed(InvalidValue):
    """The room does not take this now (input paused, voting closed, session ended): HTTP 409."""

    def __init__(self, message: str) -> None:
        super().__init__("room", message)


def new_code() -> str:
    return secrets.token_urlsafe(CODE_BYTES)


def session_view(row: RoomSession) -> RoomSessionView:
    return RoomSessionView(
        id=row.id,
        workshop_id=row.workshop_id,
        code=row.code,
        host=row.host,
        port=row.port,
        position=Position(row.condition, row.stage, row.question),
        input_open=bool(row.input_open),
        voting_open=bool(row.voting_open),
        counts_hidden=bool(row.counts_hidden),
        hold_for_approval=bool(row.hold_for_approval),
        created_at=row.created_at,
        ended_at=row.ended_at,
    )


def _open_row(uow: UnitOfWork, workshop_id: str) -> RoomSession | None:
    return uow.s.scalars(
        select(RoomSession)
        .where(RoomSession.workshop_id == workshop_id, RoomSession.ended_at.is_(None))
        .order_by(RoomSession.created_at.desc())
    ).first()


def _first_position(uow: UnitOfWork, workshop_id: str) -> Position:
    """The first question of the first condition on the agenda (or of the workshop's framework)."""
    key = uow.s.scalar(
        select(m.AgendaItem.condition)
        .where(m.AgendaItem.workshop_id == workshop_id)
        .order_by(m.AgendaItem.position)
    )
    if key is None:
        key = uow.s.scalar(
            select(m.WorkshopCondition.key)
            .where(m.WorkshopCondition.workshop_id == workshop_id)
            .order_by(m.WorkshopCondition.key)
        )
    if key is None:
        return Position(None, None, None)
    condition = workshop_condition(uow, workshop_id, key)
    for stage in condition.stages:
        if stage.questions:
            return Position(key, stage.number, stage.questions[0].key)
    return Position(key, None, None)


def open_session(
    uow: UnitOfWork, workshop_id: str, *, host: str, port: int, fresh_code: bool = False
) -> RoomSessionView:
    """Resume the workshop's open session (same code, same devices), or start one.

    `fresh_code` ends the open session first, so every device that joined it must join again.
    """
    with uow:
        get_workshop_row(uow, workshop_id)
        row = _open_row(uow, workshop_id)
        if row is not None and fresh_code:
            row.ended_at = utcnow()
            uow.s.flush()
            row = None
        if row is None:
            first = _first_position(uow, workshop_id)
            row = RoomSession(
                workshop_id=workshop_id,
                code=new_code(),
                condition=first.condition,
                stage=first.stage,
                question=first.question,
                input_open=True,
                voting_open=False,
                counts_hidden=True,
                hold_for_approval=False,
            )
            uow.s.add(row)
        row.host, row.port = host, int(port)
        row.updated_at = utcnow()
        uow.commit()
        return session_view(row)


def find_open_session(uow: UnitOfWork, workshop_id: str) -> RoomSessionView | None:
    with uow:
        row = _open_row(uow, workshop_id)
        return session_view(row) if row is not None else None


def session_by_code(uow: UnitOfWork, code: str) -> RoomSessionView | None:
    with uow:
        row = uow.s.scalars(select(RoomSession).where(RoomSession.code == code)).first()
        return session_view(row) if row is not None else None


def _session_row(uow: UnitOfWork, session_id: str) -> RoomSession:
    row = uow.s.get(RoomSession, session_id)
    if row is None:
        raise NotFound("That room session no longer exists.")
    return row


def move_to(uow: UnitOfWork, session_id: str, position: Position) -> RoomSessionView:
    """The facilitator moved on: the room's devices follow to this condition, stage and question."""
    with uow:
        row = _session_row(uow, session_id)
        if position.condition is not None:
            condition = workshop_condition(uow, row.workshop_id, position.condition)
            asked = position.question
            if asked is not None and condition.stage_of_question(asked) != position.stage:
                raise InvalidValue(
                    "question",
                    f"“{position.question}” is not a question of stage "
                    f"{position.stage} of {condition.title}.",
                )
        row.condition, row.stage, row.question = position.condition, position.stage, position.question
        row.updated_at = utcnow()
        uow.commit()
        return session_view(row)


CONTROLS = ("input_open", "voting_open", "counts_hidden", "hold_for_approval")


def set_controls(uow: UnitOfWork, session_id: str, **changes: bool) -> RoomSessionView:
    """Pause or resume input, open or close voting, hide or show counts, hold input for approval."""
    unknown = set(changes) - set(CONTROLS)
    if unknown:
        raise InvalidValue("room", f"Unknown room setting: {', '.join(sorted(unknown))}.")
    with uow:
        row = _session_row(uow, session_id)
        for name, value in changes.items():
            setattr(row, name, bool(value))
        row.updated_at = utcnow()
        uow.commit()
        return session_view(row)


def end_session(uow: UnitOfWork, session_id: str) -> RoomSessionView:
    """End the session: its code stops working for good; everything recorded stays."""
    with uow:
        row = _session_row(uow, session_id)
        if row.ended_at is None:
            row.ended_at = utcnow()
        uow.commit()
        return session_view(row)


def approve(uow: UnitOfWork, session_id: str, response_id: str) -> None:
    """Let held room input onto the projector and into the lists."""
    with uow:
        mark = uow.s.get(RoomResponse, response_id)
        row = uow.s.get(m.Response, response_id)
        if mark is None or row is None:
            raise NotFound(f"That input no longer exists (id {response_id}).")
        if mark.held:
            mark.held = False
            row.hidden = False
            row.updated_at = utcnow()
        uow.commit()
