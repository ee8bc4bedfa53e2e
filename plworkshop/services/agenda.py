"""The agenda: which conditions the workshop covers, in what order, with how many minutes each.

The rest of the day (welcome, breaks, clock times) is `services.day_plan`."""

from __future__ import annotations

import json

from sqlalchemy import delete, select

from plworkshop.domain import read_models as rm
from plworkshop.domain.errors import InvalidValue
from plworkshop.domain.values import check_int
from plworkshop.framework.loader import PackError, condition_from_dict, condition_to_dict
from plworkshop.framework.model import Condition
from plworkshop.services import read_models as to_view
from plworkshop.services.lookup import get_workshop_row, workshop_conditions
from plworkshop.storage import models as m
from plworkshop.storage.types import utcnow
from plworkshop.storage.unit_of_work import UnitOfWork

MAX_MINUTES = 8 * 60


def set_agenda(uow: UnitOfWork, workshop_id: str, items: list[tuple[str, int]]) -> list[rm.AgendaItemView]:
    """Replace the agenda with `items`, a list of (condition key, minutes) in order."""
    seen: set[str] = set()
    for key, minutes in items:
        check_int("minutes", minutes, low=1, high=MAX_MINUTES, label="time box (minutes)")
        if key in seen:
            raise InvalidValue("condition", f"The condition “{key}” is on the agenda twice.")
        seen.add(key)
    with uow:
        workshop = get_workshop_row(uow, workshop_id)
        known = set(
            uow.s.scalars(
                select(m.WorkshopCondition.key).where(m.WorkshopCondition.workshop_id == workshop_id)
            )
        )
        for key, _ in items:
            if key not in known:
                raise InvalidValue(
                    "condition", f"The condition “{key}” is not part of this workshop's framework."
                )
        starts = dict(
            uow.s.execute(
                select(m.AgendaItem.condition, m.AgendaItem.starts_at).where(
                    m.AgendaItem.workshop_id == workshop_id
                )
            ).all()
        )
        uow.s.execute(delete(m.AgendaItem).where(m.AgendaItem.workshop_id == workshop_id))
        slots = condition_slots(uow, workshop_id, len(items))
        rows = [
            m.AgendaItem(
                workshop_id=workshop_id,
                condition=key,
                position=slot,
                minutes=minutes,
                starts_at=starts.get(key),
            )
            for slot, (key, minutes) in zip(slots, items)
        ]
        uow.s.add_all(rows)
        workshop.updated_at = utcnow()
        uow.commit()
        return [to_view.agenda_item_view(r) for r in rows]


def condition_slots(uow: UnitOfWork, workshop_id: str, count: int) -> list[int]:
    """The first `count` positions not taken by a non-condition agenda item (a break stays where it
    is when the conditions around it are reordered, added or removed)."""
    taken = set(
        uow.s.scalars(select(m.AgendaSession.position).where(m.AgendaSession.workshop_id == workshop_id))
    )
    slots, position = [], 0
    while len(slots) < count:
        position += 1
        if position not in taken:
            slots.append(position)
    return slots


def get_agenda(uow: UnitOfWork, workshop_id: str) -> list[rm.AgendaItemView]:
    with uow:
        get_workshop_row(uow, workshop_id)
        rows = uow.s.scalars(
            select(m.AgendaItem)
            .where(m.AgendaItem.workshop_id == workshop_id)
            .order_by(m.AgendaItem.position)
        )
        return [to_view.agenda_item_view(r) for r in rows]


def condition_texts(uow: UnitOfWork, workshop_id: str) -> dict[str, Condition]:
    """The workshop's own copy of each condition's text, by key (what a snapshot's `conditions` holds,
    without reading every response and placement)."""
    with uow:
        get_workshop_row(uow, workshop_id)
        return workshop_conditions(uow, workshop_id)


def save_condition_text(uow: UnitOfWork, workshop_id: str, condition: Condition) -> Condition:
    """Add a condition of the facilitator's own, or change this workshop's copy of a condition's text."""
    data = condition_to_dict(condition)
    try:
        checked = condition_from_dict(data, source="condition", field=condition.key)
    except PackError as exc:
        raise InvalidValue("condition", str(exc)) from exc
    with uow:
        workshop = get_workshop_row(uow, workshop_id)
        row = uow.s.get(m.WorkshopCondition, (workshop_id, condition.key))
        if row is None:
            row = m.WorkshopCondition(workshop_id=workshop_id, key=condition.key, custom=True)
            uow.s.add(row)
        row.custom = row.custom or checked.custom
        row.content_json = json.dumps(data, ensure_ascii=False)
        workshop.updated_at = utcnow()
        uow.commit()
    return checked
