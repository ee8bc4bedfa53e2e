"""Action items: the commitments a convening leaves behind, with owner, due date, lever and status."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from plworkshop.domain import read_models as rm
from plworkshop.domain.errors import InvalidValue
from plworkshop.domain.text_rules import check_short_text, check_text
from plworkshop.domain.values import check_date, check_priority, check_status
from plworkshop.services import read_models as to_view
from plworkshop.services.lookup import check_policy_lever, get_row, get_workshop_row, workshop_condition
from plworkshop.storage import models as m
from plworkshop.storage.types import utcnow
from plworkshop.storage.unit_of_work import UnitOfWork

EDITABLE_FIELDS = ("title", "description", "owner", "partners", "due", "priority", "status",
                   "policy_lever", "measure_of_success", "condition", "response_ids")


def _checked(values: dict) -> dict:
    checks = {
        "title": lambda v: check_short_text("title", v, required=True),
        "description": lambda v: check_text("description", v),
        "owner": lambda v: check_short_text("owner", v),
        "partners": lambda v: check_text("partners", v),
        "due": lambda v: check_date("due", v, label="due date"),
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


def _apply(uow: UnitOfWork, row: m.ActionItem, workshop_id: str, values: dict) -> None:
    if values.get("condition"):
        workshop_condition(uow, workshop_id, values["condition"])
    ids = values.pop("response_ids", None)
    if ids is not None:
        found = list(uow.s.scalars(select(m.Response).where(m.Response.workshop_id == workshop_id,
                                                            m.Response.id.in_(ids))))
        if len(found) != len(ids):
            raise InvalidValue(
                "response_ids", "An action item can only be linked to responses of this workshop."
            )
        row.responses = found
    for name, value in values.items():
        setattr(row, name, value)


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
) -> rm.ActionItemView:
    values = _checked(
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
        )
    )
    with uow:
        get_workshop_row(uow, workshop_id)
        last = (
            uow.s.scalar(
                select(func.coalesce(func.max(m.ActionItem.position), 0)).where(
                    m.ActionItem.workshop_id == workshop_id
                )
            )
            or 0
        )
        now = utcnow()
        row = m.ActionItem(workshop_id=workshop_id, position=last + 1, created_at=now, updated_at=now)
        with uow.s.no_autoflush:
            _apply(uow, row, workshop_id, values)
        uow.s.add(row)
        uow.commit()
        return to_view.action_item_view(row)


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
    values = _checked(changes)
    with uow:
        row = get_row(uow, m.ActionItem, action_item_id, workshop_id, "action item")
        with uow.s.no_autoflush:
            _apply(uow, row, workshop_id, values)
        row.updated_at = utcnow()
        uow.commit()
        return to_view.action_item_view(row)


def delete_action_item(uow: UnitOfWork, workshop_id: str, action_item_id: str) -> None:
    with uow:
        uow.s.delete(get_row(uow, m.ActionItem, action_item_id, workshop_id, "action item"))
        uow.commit()


def list_action_items(
    uow: UnitOfWork, workshop_id: str, condition: str | None = None
) -> list[rm.ActionItemView]:
    query = select(m.ActionItem).where(m.ActionItem.workshop_id == workshop_id)
    if condition is not None:
        query = query.where(m.ActionItem.condition == condition)
    with uow:
        return [
            to_view.action_item_view(a)
            for a in uow.s.scalars(query.order_by(m.ActionItem.position, m.ActionItem.created_at))
        ]
