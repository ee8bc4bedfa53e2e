"""Which content pack new workshops use, and bringing edited condition text into an existing workshop.

A workshop keeps its own copy of the framework text it was created with (`create_workshop` stores
each condition), so changing or deleting a pack later never changes a workshop; only
`apply_condition` changes a workshop's copy, on purpose, one condition at a time.
"""

from __future__ import annotations

import json
import logging

from sqlalchemy import func, select

from plworkshop.domain import read_models as rm
from plworkshop.domain import strict_json
from plworkshop.domain.errors import InvalidValue
from plworkshop.framework.loader import PackError
from plworkshop.framework.model import Condition, FrameworkPack
from plworkshop.framework.user_packs import load_pack_by_id, shipped_pack, write_pack_json
from plworkshop.paths import AppPaths
from plworkshop.services.agenda import save_condition_text
from plworkshop.services.lookup import get_workshop_row
from plworkshop.services.workshops import create_workshop
from plworkshop.storage import models as m
from plworkshop.storage.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)

CHOICE_FILE = "new-workshop-pack.json"


def choose_pack(paths: AppPaths, pack_id: str, version: str | None = None) -> FrameworkPack:
    """Load a pack for the GUI or the command line; a missing or broken pack is an InvalidValue."""
    try:
        return load_pack_by_id(paths, pack_id, version)
    except PackError as exc:
        raise InvalidValue("pack", f"That content pack cannot be used: {exc}.") from exc


def use_for_new_workshops(paths: AppPaths, pack: FrameworkPack) -> None:
    """Remember the pack that new workshops start from (the shipped one unless chosen)."""
    write_pack_json(paths.packs_dir / CHOICE_FILE, {"id": pack.id, "version": pack.version})


def pack_for_new_workshops(paths: AppPaths) -> FrameworkPack:
    """The chosen pack; the shipped pack when none was chosen or the chosen one is gone or broken."""
    choice = paths.packs_dir / CHOICE_FILE
    if not choice.exists():
        return shipped_pack()
    try:
        data = strict_json.loads(choice.read_text(encoding="utf-8"))
        return load_pack_by_id(paths, data["id"], data.get("version"))
    except (OSError, ValueError, KeyError, TypeError) as exc:  # PackError is a ValueError
        log.warning("Using the shipped pack: the chosen pack cannot be used (%s)", exc)
        return shipped_pack()


def new_workshop(
    uow: UnitOfWork, paths: AppPaths, *, pack: FrameworkPack | None = None, **details
) -> rm.WorkshopDetails:
    """Create a workshop with `pack`, or with the pack chosen for new workshops."""
    return create_workshop(uow, pack=pack or pack_for_new_workshops(paths), **details)


def _answered_questions(uow: UnitOfWork, workshop_id: str, condition_key: str) -> dict[str, int]:
    query = (
        select(m.Response.question, func.count())
        .where(m.Response.workshop_id == workshop_id, m.Response.condition == condition_key)
        .group_by(m.Response.question)
    )
    return dict(uow.s.execute(query).all())


def _current_condition(uow: UnitOfWork, workshop_id: str, key: str) -> Condition | None:
    from plworkshop.framework.loader import condition_from_dict

    row = uow.s.get(m.WorkshopCondition, (workshop_id, key))
    return None if row is None else condition_from_dict(json.loads(row.content_json))


def apply_condition(uow: UnitOfWork, workshop_id: str, condition: Condition) -> Condition:
    """Put edited condition text into one workshop (or add a new condition to it).

    Refused when it would drop a question people have already answered in this workshop: reword
    such a question (same key) instead of removing it.
    """
    with uow:
        get_workshop_row(uow, workshop_id)
        answered = _answered_questions(uow, workshop_id, condition.key)
        current = _current_condition(uow, workshop_id, condition.key)
    kept = set(condition.question_keys())
    for key, count in answered.items():
        if key not in kept:
            text = current.question(key).text if current and current.question(key) else key
            raise InvalidValue(
                "question",
                f"The question “{text}” has {count} recorded "
                f"response{'s' if count != 1 else ''} in this workshop; "
                "reword it instead of removing it.",
            )
    if current is not None and current.official and not condition.official:
        log.info("Workshop %s: condition %s is now adapted text", workshop_id, condition.key)
    return save_condition_text(uow, workshop_id, condition)


def apply_pack(
    uow: UnitOfWork, workshop_id: str, pack: FrameworkPack, keys: list[str] | None = None
) -> list[str]:
    """Bring the chosen conditions (all by default) of `pack` into a workshop; returns the keys applied."""
    chosen = [c for c in pack.conditions if keys is None or c.key in keys]
    for condition in chosen:
        apply_condition(uow, workshop_id, condition)
    return [c.key for c in chosen]
