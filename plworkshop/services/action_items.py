"""Action items: the commitments a convening leaves behind, with owner, dates, lever, status and progress.

Each item gets a stable number when it is made (the workshop's counter, so a deleted item's number is
never given again). A blocked item may lack its reason: the status change is kept and the GUI asks
for the reason; `ActionItemView.needs_reason` tells who still owes one.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select, update

from plworkshop.domain import read_models as rm
from plworkshop.domain.errors import InvalidValue
from plworkshop.domain.progress import check_note, check_notes, notes_from_json, notes_to_json
from plworkshop.domain.text_rules import check_short_text, check_text
from plworkshop.domain.values import check_date, check_priority, check_status
from plworkshop.services import read_models as to_view
from plworkshop.services.lookup import check_policy_lever, get_row, get_workshop_row, workshop_condition
from plworkshop.storage import models as m
from plworkshop.storage.types import utcnow
from plworkshop.storage.unit_of_work import UnitOfWork

EDITABLE_FIELDS = (
    "title",
    "description",
    "owner",
    "partners",
    "start",
    "due",
    "priority",
    "status",
    "blocked_reason",
    "policy_lever",
    "resources",
    "measure_of_success",
    "baseline",
    "target",
    "progress",
    "condition",
    "response_ids",
)


def check_values(values: dict) -> dict:
    """Each editable field checked and converted; InvalidValue names the first bad one."""
    checks = {
        "title": lambda v: check_short_text("title", v, required=True),
        "description": lambda v: check_text("description", v),
        "owner": lambda v: check_short_text("owner", v),
        "partners": lambda v: check_text("partners", v),
        "due": lambda v: check_date("due", v, label="due date"),
        "start": lambda v: check_date("start", v, label="start date"),
        "resources": lambda v: check_text("resources", v, label="resources or funding"),
        "baseline": lambda v: check_text("baseline", v),
        "target": lambda v: check_text("target", v),
        "blocked_reason": lambda v: check_text("blocked_reason", v, label="reason it is blocked"),
        "progress": check_notes,
        "priority": check_priority,
        "status": check_status,
        "policy_lever": check_policy_lever,
        "measure_of_success": lambda v: check_text("measure_of_success", v, label="measure of success"),
        "condition": lambda v: v or None,
        "response_ids": lambda v: tuple(dict.fromkeys(v or ())),
    }
    unknown = set(values) - set(checks)
    if unknown:
        raise TypeError(f"unknown action item fields {sorted(unknown)}")
    return {name: checks[name](value) for name, value in values.items()}


def apply_values(uow: UnitOfWork, row: m.ActionItem, workshop_id: str, values: dict) -> None:
    """Set checked values on a row (inside the caller's transaction)."""
    if values.get("condition"):
        workshop_condition(uow, workshop_id, values["condition"])
    ids = values.pop("response_ids", None)
    if ids is not None:
        found = list(
            uow.s.scalars(
                select(m.Response).where(m.Response.workshop_id == workshop_id, m.Response.id.in_(ids))
            )
        )
        if len(found) != len(ids):
            raise InvalidValue(
                "response_ids", "An action item can only be linked to responses of this workshop."
            )
        row.responses = found
    if "progress" in values:
        row.progress_json = notes_to_json(values.pop("progress"))
    for name, value in values.items():
        setattr(row, name, value)
    check_dates_in_order(row.start, row.due)


def check_dates_in_order(start: dt.date | None, due: dt.date | None) -> None:
    if start and due and start > due:
        raise InvalidValue(
            "start",
            f"The start date {start.isoformat()} is after the due date "
            f"{due.isoformat()}; an item cannot start after it is due.",
        )


def next_number(uow: UnitOfWork, workshop_id: str) -> int:
    """Take the workshop's next action-item number (the UPDATE locks the workshop row on PostgreSQL,
    so two people adding items at once never get the same number)."""
    w = m.Workshop
    uow.s.execute(
        update(w)
        .where(w.id == workshop_id)
        .values(last_action_number=w.last_action_number + 1)
        .execution_options(synchronize_session=False)
    )
    return uow.s.scalar(select(w.last_action_number).where(w.id == workshop_id))


def create_action_item(
    uow: UnitOfWork,
    workshop_id: str,
    *,
    title: str,
    description: str = "",
    owner: str = "",
    partners: str = "",
    due: dt.date | str | None = None,
    priority: str = "medium",
    status: str = "planned",
    policy_lever: str | None = None,
    measure_of_success: str = "",
    condition: str | None = None,
    response_ids: tuple[str, ...] = (),
    restore_number: int | None = None,
    **more,
) -> rm.ActionItemView:
    """A new item with the next number; `more` takes the other editable fields (start, resources,
    baseline, target, blocked_reason, progress). `restore_number` gives a deleted item its number back
    (undoing a delete) when no other item has it."""
    values = check_values(
        dict(
            title=title,
            description=description,
            owner=owner,
            partners=partners,
            due=due,
            priority=priority,
            status=status,
            policy_lever=policy_lever,
            measure_of_success=measure_of_success,
            condition=condition,
            response_ids=response_ids,
            **more,
        )
    )
    with uow:
        get_workshop_row(uow, workshop_id)
        row = new_row(uow, workshop_id, utcnow(), restore_number)
        with uow.s.no_autoflush:
            apply_values(uow, row, workshop_id, values)
        uow.s.add(row)
        uow.commit()
        return to_view.action_item_view(row)


def new_row(uow: UnitOfWork, workshop_id: str, now, restore_number: int | None = None) -> m.ActionItem:
    """An empty item at the end of the order with the workshop's next number (not yet added)."""
    last = (
        uow.s.scalar(
            select(func.coalesce(func.max(m.ActionItem.position), 0)).where(
                m.ActionItem.workshop_id == workshop_id
            )
        )
        or 0
    )
    number = None
    if restore_number is not None:
        taken = uow.s.scalar(
            select(func.count())
            .select_from(m.ActionItem)
            .where(m.ActionItem.workshop_id == workshop_id, m.ActionItem.number == restore_number)
        )
        ceiling = uow.s.scalar(select(m.Workshop.last_action_number).where(m.Workshop.id == workshop_id))
        if not taken and 0 < restore_number <= (ceiling or 0):
            number = restore_number
    return m.ActionItem(
        workshop_id=workshop_id,
        position=last + 1,
        created_at=now,
        updated_at=now,
        number=number or next_number(uow, workshop_id),
        progress_json="[]",
        title="",
    )


def stored_notes(row: m.ActionItem):
    return notes_from_json(row.progress_json)


def create_from_response(
    uow: UnitOfWork, workshop_id: str, response_id: str, **overrides
) -> rm.ActionItemView:
    """One step from an idea to an action item: title from the response, linked to it."""
    with uow:
        response = get_row(uow, m.Response, response_id, workshop_id, "response")
        text, condition = response.text, response.condition
    first_line = text.strip().splitlines()[0] if text.strip() else "Action"
    title = first_line if len(first_line) <= 120 else first_line[:117].rstrip() + "…"
    values = dict(
        title=title,
        description=text if text != title else "",
        condition=condition,
        response_ids=(response_id,),
    )
    values.update(overrides)
    return create_action_item(uow, workshop_id, **values)


def update_action_item(
    uow: UnitOfWork, workshop_id: str, action_item_id: str, **changes
) -> rm.ActionItemView:
    values = check_values(changes)
    with uow:
        row = get_row(uow, m.ActionItem, action_item_id, workshop_id, "action item")
        with uow.s.no_autoflush:
            apply_values(uow, row, workshop_id, values)
        row.updated_at = utcnow()
        uow.commit()
        return to_view.action_item_view(row)


def add_progress_note(
    uow: UnitOfWork, workshop_id: str, action_item_id: str, text: str, as_of: dt.date | str | None = None
) -> rm.ActionItemView:
    """Add a dated note (default: as of today); earlier notes are kept."""
    note = check_note(as_of or dt.date.today(), text)
    with uow:
        row = get_row(uow, m.ActionItem, action_item_id, workshop_id, "action item")
        notes = notes_from_json(row.progress_json) + (note,)
    return update_action_item(uow, workshop_id, action_item_id, progress=notes)


def delete_action_item(uow: UnitOfWork, workshop_id: str, action_item_id: str) -> None:
    with uow:
        uow.s.delete(get_row(uow, m.ActionItem, action_item_id, workshop_id, "action item"))
        uow.commit()


def list_action_items(
    uow: UnitOfWork, workshop_id: str, condition: str | None = None
) -> list[rm.ActionItemView]:
    """In the order people arranged them (`position`); each keeps its own `number`."""
    query = select(m.ActionItem).where(m.ActionItem.workshop_id == workshop_id)
    if condition is not None:
        query = query.where(m.ActionItem.condition == condition)
    with uow:
        return [
            to_view.action_item_view(a)
            for a in uow.s.scalars(query.order_by(m.ActionItem.position, m.ActionItem.created_at))
        ]
