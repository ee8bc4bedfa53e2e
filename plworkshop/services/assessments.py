"""Stage self-assessment: where each participant, and the room by consensus, places the state."""

from __future__ import annotations

from sqlalchemy import delete, select

from plworkshop.domain import read_models as rm
from plworkshop.domain.text_rules import check_text
from plworkshop.domain.values import check_assessment_stage
from plworkshop.services import read_models as to_view
from plworkshop.services.lookup import get_row, get_workshop_row, workshop_condition
from plworkshop.storage import models as m
from plworkshop.storage.types import utcnow
from plworkshop.storage.unit_of_work import UnitOfWork


def _existing(uow: UnitOfWork, workshop_id: str, condition: str, participant_id: str | None):
    query = select(m.Assessment).where(
        m.Assessment.workshop_id == workshop_id, m.Assessment.condition == condition
    )
    query = query.where(
        m.Assessment.participant_id.is_(None)
        if participant_id is None
        else m.Assessment.participant_id == participant_id
    )
    return uow.s.scalars(query).first()


def assess_stage(
    uow: UnitOfWork,
    workshop_id: str,
    condition: str,
    stage: int,
    *,
    participant_id: str | None = None,
    note: str | None = None,
) -> rm.AssessmentView:
    """Place the state at `stage` (0-3) for `condition`; participant None means the room's consensus.

    `note=None` keeps the note already recorded.
    """
    stage = check_assessment_stage(stage)
    if note is not None:
        note = check_text("note", note)
    with uow:
        get_workshop_row(uow, workshop_id)
        workshop_condition(uow, workshop_id, condition)
        if participant_id is not None:
            get_row(uow, m.Participant, participant_id, workshop_id, "participant")
        row = _existing(uow, workshop_id, condition, participant_id)
        if row is None:
            row = m.Assessment(
                workshop_id=workshop_id, condition=condition, participant_id=participant_id, note=""
            )
            uow.s.add(row)
        row.stage = stage
        if note is not None:
            row.note = note
        row.updated_at = utcnow()
        uow.commit()
        return to_view.assessment_view(row)


def clear_assessment(
    uow: UnitOfWork, workshop_id: str, condition: str, participant_id: str | None = None
) -> None:
    """Remove a placement (used by undo, or when a person was placed by mistake)."""
    with uow:
        row = _existing(uow, workshop_id, condition, participant_id)
        if row is not None:
            uow.s.delete(row)
            uow.commit()


def list_assessments(
    uow: UnitOfWork, workshop_id: str, condition: str | None = None
) -> list[rm.AssessmentView]:
    query = select(m.Assessment).where(m.Assessment.workshop_id == workshop_id)
    if condition is not None:
        query = query.where(m.Assessment.condition == condition)
    with uow:
        return [to_view.assessment_view(a) for a in uow.s.scalars(query.order_by(m.Assessment.updated_at))]


def clear_condition_assessments(uow: UnitOfWork, workshop_id: str, condition: str) -> int:
    with uow:
        result = uow.s.execute(
            delete(m.Assessment).where(
                m.Assessment.workshop_id == workshop_id, m.Assessment.condition == condition
            )
        )
        uow.commit()
        return result.rowcount or 0
