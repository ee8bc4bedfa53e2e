"""Starting a workshop from an earlier one: its agenda (with breaks, clock times and per-question time
boxes), its roster (with each person's consent to be named) and its settings, as a template.

Nothing said or decided is copied: no responses, votes, themes, parking lot, placements or action
items. People who asked to be forgotten are left out (their names are already gone).
"""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import select

from plworkshop.domain import read_models as rm
from plworkshop.domain.text_rules import check_short_text
from plworkshop.domain.values import check_date
from plworkshop.services import read_models as to_view
from plworkshop.services.lookup import get_workshop_row
from plworkshop.storage import models as m
from plworkshop.storage.models import new_id
from plworkshop.storage.types import utcnow
from plworkshop.storage.unit_of_work import UnitOfWork


def new_workshop_from(
    uow: UnitOfWork, source_id: str, *, title: str, date: dt.date | str | None = None
) -> rm.WorkshopDetails:
    """A new workshop with `source_id`'s agenda, roster and settings, and nothing that was said in it."""
    title = check_short_text("title", title, required=True)
    date = check_date("date", date)
    with uow:
        src = get_workshop_row(uow, source_id)
        now = utcnow()
        w = m.Workshop(
            id=new_id(),
            title=title,
            date=date,
            location=src.location,
            state=src.state,
            district=src.district,
            facilitator=src.facilitator,
            notes="",
            framework_id=src.framework_id,
            framework_version=src.framework_version,
            votes_per_person=src.votes_per_person,
            extra_json=json.dumps({}),
            day_starts_at=src.day_starts_at,
            created_at=now,
            updated_at=now,
        )
        uow.s.add(w)
        uow.s.flush()

        def rows(model):
            return list(uow.s.scalars(select(model).where(model.workshop_id == source_id)))

        for c in rows(m.WorkshopCondition):
            uow.s.add(
                m.WorkshopCondition(workshop_id=w.id, key=c.key, custom=c.custom, content_json=c.content_json)
            )
        for a in rows(m.AgendaItem):
            uow.s.add(
                m.AgendaItem(
                    workshop_id=w.id,
                    condition=a.condition,
                    position=a.position,
                    minutes=a.minutes,
                    starts_at=a.starts_at,
                )
            )
        for s in rows(m.AgendaSession):
            uow.s.add(
                m.AgendaSession(
                    workshop_id=w.id,
                    kind=s.kind,
                    title=s.title,
                    position=s.position,
                    minutes=s.minutes,
                    starts_at=s.starts_at,
                    updated_at=now,
                )
            )
        for b in rows(m.QuestionTimeBox):
            uow.s.add(
                m.QuestionTimeBox(
                    workshop_id=w.id, condition=b.condition, question=b.question, minutes=b.minutes
                )
            )
        people = sorted((p for p in rows(m.Participant) if not p.forgotten), key=lambda p: p.position)
        for position, p in enumerate(people, start=1):
            uow.s.add(
                m.Participant(
                    workshop_id=w.id,
                    name=p.name,
                    role=p.role,
                    organization=p.organization,
                    stakeholder_group=p.stakeholder_group,
                    named_in_report=p.named_in_report,
                    forgotten=False,
                    position=position,
                    created_at=now,
                    updated_at=now,
                )
            )
        uow.commit()
        return to_view.workshop_details(w)
