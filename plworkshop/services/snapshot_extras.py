"""The parts of a workshop snapshot beyond the original five lists: themes, the parking lot, the
agenda's non-condition items and per-question time boxes (read inside the snapshot's transaction)."""

from __future__ import annotations

from sqlalchemy import select

from plworkshop.domain.grouping_models import QuestionTimeBox
from plworkshop.services.day_plan import session_view
from plworkshop.services.parking_lot import parked_view
from plworkshop.services.themes import theme_view
from plworkshop.storage import models as m
from plworkshop.storage.unit_of_work import UnitOfWork


def snapshot_extras(uow: UnitOfWork, workshop_id: str) -> dict:
    """Keyword arguments for `WorkshopSnapshot`, inside an open unit of work."""

    def rows(model, *order):
        return uow.s.scalars(select(model).where(model.workshop_id == workshop_id).order_by(*order))

    return dict(
        themes=tuple(theme_view(t) for t in rows(m.Theme, m.Theme.position, m.Theme.created_at)),
        parked=tuple(parked_view(p) for p in rows(m.ParkedIdea, m.ParkedIdea.created_at, m.ParkedIdea.id)),
        agenda_sessions=tuple(session_view(s) for s in rows(m.AgendaSession, m.AgendaSession.position)),
        question_time_boxes=tuple(
            QuestionTimeBox(b.condition, b.question, b.minutes)
            for b in rows(m.QuestionTimeBox, m.QuestionTimeBox.condition, m.QuestionTimeBox.question)
        ),
    )
