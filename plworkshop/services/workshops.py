"""Workshops: create, edit, find, list, move to the trash and back, and take a full snapshot."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import func, select

from plworkshop.domain import read_models as rm
from plworkshop.domain.errors import AmbiguousWorkshop, WorkshopNotFound
from plworkshop.domain.text_rules import check_short_text, check_text
from plworkshop.domain.values import check_date, check_int
from plworkshop.framework.loader import condition_to_dict, load_default_pack
from plworkshop.framework.model import FrameworkPack
from plworkshop.services import read_models as to_view
from plworkshop.services.lookup import get_workshop_row, workshop_conditions
from plworkshop.services.snapshot_extras import snapshot_extras
from plworkshop.storage import models as m
from plworkshop.storage.types import utcnow
from plworkshop.storage.unit_of_work import UnitOfWork

TRASH_DAYS = 30

_DETAIL_FIELDS = ("title", "date", "location", "state", "district", "facilitator", "notes")


def _checked_details(values: dict) -> dict:
    out = {}
    for name, value in values.items():
        if name == "title":
            out[name] = check_short_text("title", value, required=True)
        elif name == "date":
            out[name] = check_date("date", value)
        elif name == "notes":
            out[name] = check_text("notes", value)
        elif name in _DETAIL_FIELDS:
            out[name] = check_short_text(name, value)
        else:
            raise TypeError(f"unknown workshop field {name}")
    return out


def create_workshop(
    uow: UnitOfWork,
    *,
    title: str,
    date: dt.date | str | None = None,
    location: str = "",
    state: str = "",
    district: str = "",
    facilitator: str = "",
    notes: str = "",
    pack: FrameworkPack | None = None,
    workshop_id: str | None = None,
) -> rm.WorkshopDetails:
    """A new workshop that keeps its own copy of the framework text it will show."""
    details = _checked_details(
        dict(
            title=title,
            date=date,
            location=location,
            state=state,
            district=district,
            facilitator=facilitator,
            notes=notes,
        )
    )
    pack = pack or load_default_pack()
    with uow:
        row = m.Workshop(framework_id=pack.id, framework_version=pack.version, **details)
        if workshop_id:
            row.id = workshop_id
        uow.s.add(row)
        uow.s.flush()
        for condition in pack.conditions:
            uow.s.add(
                m.WorkshopCondition(
                    workshop_id=row.id,
                    key=condition.key,
                    custom=condition.custom,
                    content_json=json.dumps(condition_to_dict(condition), ensure_ascii=False),
                )
            )
        uow.commit()
        return to_view.workshop_details(row)


def update_workshop(uow: UnitOfWork, workshop_id: str, **changes) -> rm.WorkshopDetails:
    """Change any of title, date, location, state, district, facilitator, notes."""
    checked = _checked_details(changes)
    with uow:
        row = get_workshop_row(uow, workshop_id)
        for name, value in checked.items():
            setattr(row, name, value)
        row.updated_at = utcnow()
        uow.commit()
        return to_view.workshop_details(row)


def set_votes_per_person(uow: UnitOfWork, workshop_id: str, votes: int) -> rm.WorkshopDetails:
    """How many dot votes each person may place per condition (0 means no limit)."""
    votes = check_int("votes_per_person", votes, low=0, high=100, label="votes per person")
    with uow:
        row = get_workshop_row(uow, workshop_id)
        row.votes_per_person = votes
        row.updated_at = utcnow()
        uow.commit()
        return to_view.workshop_details(row)


def get_workshop(uow: UnitOfWork, workshop_id: str) -> rm.WorkshopDetails:
    with uow:
        return to_view.workshop_details(get_workshop_row(uow, workshop_id))


def _count(model, alias: str):
    return select(model.workshop_id, func.count().label(alias)).group_by(model.workshop_id).subquery()


def list_workshops(uow: UnitOfWork, *, trash: bool = False) -> list[rm.WorkshopSummary]:
    """Workshops, most recently changed first; `trash=True` lists the deleted ones instead."""
    people, said, actions = (_count(m.Participant, "n"), _count(m.Response, "n"), _count(m.ActionItem, "n"))
    query = (
        select(
            m.Workshop,
            func.coalesce(people.c.n, 0),
            func.coalesce(said.c.n, 0),
            func.coalesce(actions.c.n, 0),
        )
        .outerjoin(people, people.c.workshop_id == m.Workshop.id)
        .outerjoin(said, said.c.workshop_id == m.Workshop.id)
        .outerjoin(actions, actions.c.workshop_id == m.Workshop.id)
        .where(m.Workshop.deleted_at.is_not(None) if trash else m.Workshop.deleted_at.is_(None))
        .order_by(m.Workshop.updated_at.desc())
    )
    with uow:
        return [
            rm.WorkshopSummary(
                id=w.id,
                title=w.title,
                date=w.date,
                location=w.location,
                state=w.state,
                district=w.district,
                facilitator=w.facilitator,
                participants=n_people,
                responses=n_said,
                action_items=n_actions,
                updated_at=w.updated_at,
                deleted_at=w.deleted_at,
            )
            for w, n_people, n_said, n_actions in uow.s.execute(query).all()
        ]


def find_workshop(uow: UnitOfWork, ref: str) -> rm.WorkshopDetails:
    """A workshop by its id, or by an unambiguous start of its title (case-insensitive)."""
    if not ref.strip():  # a blank start would match every title, and pick the only workshop silently
        raise WorkshopNotFound("Which workshop? Give its id or the start of its title, not an empty name.")
    with uow:
        row = uow.s.get(m.Workshop, ref)
        if row is not None and row.deleted_at is None:
            return to_view.workshop_details(row)
        wanted = ref.casefold()
        matches = [
            w
            for w in uow.s.scalars(select(m.Workshop).where(m.Workshop.deleted_at.is_(None)))
            if w.title.casefold().startswith(wanted) or w.id.startswith(ref)
        ]
        if not matches:
            raise WorkshopNotFound(f"No workshop has the id or a title starting with “{ref}”.")
        if len(matches) > 1:
            raise AmbiguousWorkshop(
                f"“{ref}” matches {len(matches)} workshops; give more of the title or the id."
            )
        return to_view.workshop_details(matches[0])


def delete_workshop(uow: UnitOfWork, workshop_id: str) -> None:
    """Move a workshop to the trash; it can be restored for TRASH_DAYS days."""
    with uow:
        row = get_workshop_row(uow, workshop_id)
        row.deleted_at = utcnow()
        uow.commit()


def restore_workshop(uow: UnitOfWork, workshop_id: str) -> rm.WorkshopDetails:
    with uow:
        row = get_workshop_row(uow, workshop_id, include_deleted=True)
        row.deleted_at = None
        uow.commit()
        return to_view.workshop_details(row)


def purge_trash(uow: UnitOfWork, *, older_than_days: int = TRASH_DAYS, now: dt.datetime | None = None) -> int:
    """Delete for good the workshops that have been in the trash longer than the limit."""
    cutoff = (now or utcnow()) - dt.timedelta(days=older_than_days)
    with uow:
        rows = list(
            uow.s.scalars(
                select(m.Workshop).where(m.Workshop.deleted_at.is_not(None), m.Workshop.deleted_at < cutoff)
            )
        )
        for row in rows:
            uow.s.delete(row)
        uow.commit()
        return len(rows)


def _response_views(uow: UnitOfWork, workshop_id: str) -> tuple[rm.ResponseView, ...]:
    """Core rows straight into read models: the two biggest tables of a workshop are read on every
    open, report and export, and building ORM objects for them cost more than the query."""
    table = m.Response.__table__
    rows = uow.s.execute(
        select(table).where(table.c.workshop_id == workshop_id).order_by(table.c.created_at, table.c.id)
    ).mappings()
    return tuple(rm.ResponseView(**row) for row in rows)


def _assessment_views(uow: UnitOfWork, workshop_id: str) -> tuple[rm.AssessmentView, ...]:
    t = m.Assessment.__table__
    rows = uow.s.execute(
        select(t.c.id, t.c.condition, t.c.participant_id, t.c.stage, t.c.note, t.c.updated_at)
        .where(t.c.workshop_id == workshop_id)
        .order_by(t.c.condition, t.c.updated_at)
    ).mappings()
    return tuple(rm.AssessmentView(**row) for row in rows)


def snapshot(uow: UnitOfWork, workshop_id: str, *, include_deleted: bool = False) -> rm.WorkshopSnapshot:
    """Everything about a workshop as plain data, read in one transaction."""
    with uow:
        w = get_workshop_row(uow, workshop_id, include_deleted=include_deleted)
        where = lambda model: select(model).where(model.workshop_id == workshop_id)  # noqa: E731
        return rm.WorkshopSnapshot(
            workshop=to_view.workshop_details(w),
            participants=tuple(
                to_view.participant_view(p)
                for p in uow.s.scalars(
                    where(m.Participant).order_by(m.Participant.position, m.Participant.created_at)
                )
            ),
            agenda=tuple(
                to_view.agenda_item_view(a)
                for a in uow.s.scalars(where(m.AgendaItem).order_by(m.AgendaItem.position))
            ),
            assessments=_assessment_views(uow, workshop_id),
            responses=_response_views(uow, workshop_id),
            action_items=tuple(
                to_view.action_item_view(a)
                for a in uow.s.scalars(
                    where(m.ActionItem).order_by(m.ActionItem.position, m.ActionItem.created_at)
                )
            ),
            conditions=workshop_conditions(uow, workshop_id),
            **snapshot_extras(uow, workshop_id),
        )
