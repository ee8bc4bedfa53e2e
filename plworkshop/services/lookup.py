"""Finding rows the services work on, with the domain error a person understands when absent."""

from __future__ import annotations

import json
from functools import lru_cache

from sqlalchemy import select

from plworkshop.domain.errors import InvalidValue, NotFound, WorkshopNotFound
from plworkshop.framework.loader import condition_from_dict, load_default_pack
from plworkshop.framework.model import Condition
from plworkshop.storage import models as m
from plworkshop.storage.unit_of_work import UnitOfWork


def get_workshop_row(uow: UnitOfWork, workshop_id: str, *, include_deleted: bool = False) -> m.Workshop:
    row = uow.s.get(m.Workshop, workshop_id)
    if row is None or (row.deleted_at is not None and not include_deleted):
        raise WorkshopNotFound(f"There is no workshop with id {workshop_id}.")
    return row


def get_row(uow: UnitOfWork, model: type, row_id: str, workshop_id: str | None, what: str):
    row = uow.s.get(model, row_id)
    if row is None or (workshop_id is not None and row.workshop_id != workshop_id):
        raise NotFound(f"That {what} no longer exists (id {row_id}).")
    return row


@lru_cache(maxsize=256)
def parse_condition(content_json: str) -> Condition:
    """A condition's stored JSON text, parsed once and cached (the text rarely changes)."""
    return condition_from_dict(json.loads(content_json))


def workshop_condition(uow: UnitOfWork, workshop_id: str, key: str) -> Condition:
    """The framework text of `key` as this workshop uses it."""
    content = uow.s.execute(
        select(m.WorkshopCondition.content_json).where(
            m.WorkshopCondition.workshop_id == workshop_id, m.WorkshopCondition.key == key
        )
    ).scalar_one_or_none()
    if content is None:
        raise InvalidValue("condition", f"The condition “{key}” is not part of this workshop's framework.")
    return parse_condition(content)


def workshop_conditions(uow: UnitOfWork, workshop_id: str) -> dict[str, Condition]:
    rows = uow.s.execute(
        select(m.WorkshopCondition.key, m.WorkshopCondition.content_json).where(
            m.WorkshopCondition.workshop_id == workshop_id
        )
    ).all()
    return {key: parse_condition(content) for key, content in rows}


def check_stakeholder_group(group: str | None, *, required: bool = False) -> str | None:
    if group is None or group == "":
        if required:
            raise InvalidValue("stakeholder_group", "Choose a stakeholder group.")
        return None
    known = {term.key for term in load_default_pack().stakeholder_groups}
    if group not in known:
        raise InvalidValue("stakeholder_group", f"“{group}” is not a known stakeholder group.")
    return group


def check_policy_lever(lever: str | None) -> str | None:
    if lever is None or lever == "":
        return None
    known = {term.key for term in load_default_pack().policy_levers}
    if lever not in known:
        raise InvalidValue("policy_lever", f"“{lever}” is not a known policy lever.")
    return lever
