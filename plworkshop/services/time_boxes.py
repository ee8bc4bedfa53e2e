"""Time-box progress: how long each agenda item's countdown has run, saved as it runs so that
quitting (or a crash) and reopening carries on with the time that was left."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select

from plworkshop.domain.errors import InvalidValue
from plworkshop.services.lookup import get_workshop_row
from plworkshop.storage.time_box_models import TimeBoxProgress
from plworkshop.storage.types import utcnow
from plworkshop.storage.unit_of_work import UnitOfWork

MAX_SECONDS = 7 * 24 * 3600


@dataclass(frozen=True)
class TimeBoxState:
    key: str
    used_seconds: float
    extra_seconds: int = 0
    paused_by_hand: bool = False


def save_time_boxes(uow: UnitOfWork, workshop_id: str, states: list[TimeBoxState]) -> None:
    """Store the given time boxes' progress (others are left as they are)."""
    for state in states:
        if not 0 <= state.used_seconds <= MAX_SECONDS or not 0 <= state.extra_seconds <= MAX_SECONDS:
            raise InvalidValue("time box", "A time box's time must be between zero and a week.")
    with uow:
        get_workshop_row(uow, workshop_id)
        rows = {
            r.key: r
            for r in uow.s.scalars(select(TimeBoxProgress).where(TimeBoxProgress.workshop_id == workshop_id))
        }
        for state in states:
            row = rows.get(state.key) or TimeBoxProgress(workshop_id=workshop_id, key=state.key)
            row.used_seconds = float(state.used_seconds)
            row.extra_seconds = int(state.extra_seconds)
            row.paused_by_hand = bool(state.paused_by_hand)
            row.updated_at = utcnow()
            uow.s.add(row)
        uow.commit()


def list_time_boxes(uow: UnitOfWork, workshop_id: str) -> dict[str, TimeBoxState]:
    with uow:
        get_workshop_row(uow, workshop_id)
        rows = uow.s.scalars(select(TimeBoxProgress).where(TimeBoxProgress.workshop_id == workshop_id))
        return {r.key: TimeBoxState(r.key, r.used_seconds, r.extra_seconds, r.paused_by_hand) for r in rows}


def reset_time_boxes(uow: UnitOfWork, workshop_id: str) -> None:
    """Forget every time box's progress (a rehearsal, then the real session)."""
    with uow:
        get_workshop_row(uow, workshop_id)
        uow.s.execute(delete(TimeBoxProgress).where(TimeBoxProgress.workshop_id == workshop_id))
        uow.commit()
