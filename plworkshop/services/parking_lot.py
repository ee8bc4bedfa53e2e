"""The parking lot: ideas that belong to no strategic question, kept aside so nothing said is lost.

An idea can be parked as it is typed, or moved there from a question's list, and moved back to any
question later. Moving keeps the idea's id, words, speaker and time, so an undo puts it exactly back.
An idea with dot votes or linked to an action item is not moved (it would lose them); take those back
first.
"""

from __future__ import annotations

from sqlalchemy import select

from plworkshop.domain import read_models as rm
from plworkshop.domain.errors import InvalidValue, NotFound
from plworkshop.domain.grouping_models import ParkedIdeaView
from plworkshop.domain.text_rules import check_text
from plworkshop.domain.values import check_stage
from plworkshop.services import read_models as to_view
from plworkshop.services.lookup import check_stakeholder_group, get_row, get_workshop_row, workshop_condition
from plworkshop.storage import models as m
from plworkshop.storage.types import utcnow
from plworkshop.storage.unit_of_work import UnitOfWork


def parked_view(row: m.ParkedIdea) -> ParkedIdeaView:
    return ParkedIdeaView(
        id=row.id,
        workshop_id=row.workshop_id,
        text=row.text,
        participant_id=row.participant_id,
        stakeholder_group=row.stakeholder_group,
        condition=row.condition,
        stage=row.stage,
        question=row.question,
        hidden=row.hidden,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def park_text(
    uow: UnitOfWork,
    workshop_id: str,
    text: str,
    *,
    participant_id: str | None = None,
    stakeholder_group: str | None = None,
    condition: str | None = None,
    stage: int | None = None,
    question: str | None = None,
) -> ParkedIdeaView:
    """Record something said straight into the parking lot (`condition`/`question`: where the room was)."""
    text = check_text("text", text, label="idea", required=True)
    stakeholder_group = check_stakeholder_group(stakeholder_group)
    with uow:
        get_workshop_row(uow, workshop_id)
        if participant_id is not None:
            person = get_row(uow, m.Participant, participant_id, workshop_id, "participant")
            stakeholder_group = stakeholder_group or person.stakeholder_group
        now = utcnow()
        row = m.ParkedIdea(
            workshop_id=workshop_id,
            text=text,
            participant_id=participant_id,
            stakeholder_group=stakeholder_group,
            condition=condition or None,
            stage=stage if condition else None,
            question=question if condition else None,
            hidden=False,
            created_at=now,
            updated_at=now,
        )
        uow.s.add(row)
        uow.commit()
        return parked_view(row)


def park_response(uow: UnitOfWork, workshop_id: str, response_id: str) -> ParkedIdeaView:
    """Move a recorded idea from its question to the parking lot (same id, words, speaker and time)."""
    with uow:
        row = get_row(uow, m.Response, response_id, workshop_id, "response")
        if row.votes:
            raise InvalidValue(
                "votes",
                f"This idea has {row.votes} dot vote{'s' if row.votes != 1 else ''}; "
                "take them back before moving it to the parking lot.",
            )
        linked = uow.s.scalar(
            select(m.action_item_responses.c.action_item_id)
            .where(m.action_item_responses.c.response_id == response_id)
            .limit(1)
        )
        if linked is not None:
            raise InvalidValue(
                "response",
                "This idea is linked to an action item; unlink it there before moving it to the parking lot.",
            )
        parked = m.ParkedIdea(
            id=row.id,
            workshop_id=workshop_id,
            text=row.text,
            participant_id=row.participant_id,
            stakeholder_group=row.stakeholder_group,
            condition=row.condition,
            stage=row.stage,
            question=row.question,
            hidden=row.hidden,
            created_at=row.created_at,
            updated_at=utcnow(),
        )
        uow.s.delete(row)
        uow.s.flush()
        uow.s.add(parked)
        uow.commit()
        return parked_view(parked)


def unpark(
    uow: UnitOfWork, workshop_id: str, parked_id: str, *, condition: str, stage: int, question: str
) -> rm.ResponseView:
    """Move a parked idea to a strategic question; it keeps its id, words, speaker and time."""
    stage = check_stage(stage)
    with uow:
        row = get_row(uow, m.ParkedIdea, parked_id, workshop_id, "parked idea")
        cond = workshop_condition(uow, workshop_id, condition)
        if cond.stage_of_question(question) != stage:
            raise InvalidValue(
                "question", f"“{question}” is not a strategic question of stage {stage} of {cond.title}."
            )
        response = m.Response(
            id=row.id,
            workshop_id=workshop_id,
            condition=condition,
            stage=stage,
            question=question,
            participant_id=row.participant_id,
            stakeholder_group=row.stakeholder_group,
            text=row.text,
            votes=0,
            hidden=row.hidden,
            created_at=row.created_at,
            updated_at=utcnow(),
        )
        uow.s.delete(row)
        uow.s.flush()
        uow.s.add(response)
        uow.commit()
        return to_view.response_view(response)


def edit_parked(uow: UnitOfWork, workshop_id: str, parked_id: str, text: str) -> ParkedIdeaView:
    text = check_text("text", text, label="idea", required=True)
    with uow:
        row = get_row(uow, m.ParkedIdea, parked_id, workshop_id, "parked idea")
        row.text = text
        row.updated_at = utcnow()
        uow.commit()
        return parked_view(row)


def set_parked_hidden(uow: UnitOfWork, workshop_id: str, parked_id: str, hidden: bool) -> ParkedIdeaView:
    """Withdraw (hidden: kept, left out of reports) or restore a parked idea."""
    with uow:
        row = get_row(uow, m.ParkedIdea, parked_id, workshop_id, "parked idea")
        row.hidden = bool(hidden)
        row.updated_at = utcnow()
        uow.commit()
        return parked_view(row)


def discard_parked(uow: UnitOfWork, workshop_id: str, parked_id: str) -> None:
    """Delete a parked idea outright: only for undoing the parking of it a moment ago."""
    with uow:
        row = uow.s.get(m.ParkedIdea, parked_id)
        if row is None or row.workshop_id != workshop_id:
            raise NotFound(f"That parked idea no longer exists (id {parked_id}).")
        uow.s.delete(row)
        uow.commit()


def list_parked(uow: UnitOfWork, workshop_id: str, *, include_hidden: bool = True) -> list[ParkedIdeaView]:
    query = select(m.ParkedIdea).where(m.ParkedIdea.workshop_id == workshop_id)
    if not include_hidden:
        query = query.where(m.ParkedIdea.hidden.is_(False))
    with uow:
        ordered = query.order_by(m.ParkedIdea.created_at, m.ParkedIdea.id)
        return [parked_view(r) for r in uow.s.scalars(ordered)]
