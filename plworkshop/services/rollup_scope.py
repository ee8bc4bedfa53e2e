"""Which workshops a rollup covers: one state's, the ones named, or all of them (never the trash)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from plworkshop.domain.errors import WorkshopNotFound
from plworkshop.services.workshops import find_workshop
from plworkshop.storage import models as m
from plworkshop.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class Scope:
    """The workshops in a rollup: `ids`, or every workshop not in the trash when `ids` is None."""

    ids: tuple[str, ...] | None

    def has(self, column):
        """A WHERE condition: `column` (a workshop id) is in scope."""
        if self.ids is None:
            return column.in_(select(m.Workshop.id).where(m.Workshop.deleted_at.is_(None))
                              .scalar_subquery())
        return column.in_(self.ids)


def _same_state(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


def named_workshops(uow: UnitOfWork, refs: list[str] | None) -> list[str] | None:
    """The ids of the workshops named by id or title start (WorkshopNotFound for a name that matches
    none); None when none are named. Call it before opening the unit of work: it opens its own."""
    if not refs:
        return None
    return list(dict.fromkeys(find_workshop(uow, ref).id for ref in refs))


def resolve_scope(uow: UnitOfWork, *, state: str | None = None, ids: list[str] | None = None) -> Scope:
    """Inside an open unit of work: the named workshops, or all, narrowed to `state` (any case)."""
    if ids is None and not state:
        return Scope(None)
    if ids is None:
        ids = list(uow.s.scalars(select(m.Workshop.id).where(m.Workshop.deleted_at.is_(None))))
    if state:
        states = dict(uow.s.execute(select(m.Workshop.id, m.Workshop.state)
                                    .where(m.Workshop.id.in_(ids))).all()) if ids else {}
        ids = [wid for wid in ids if _same_state(states.get(wid, ""), state)]
        if not ids:
            raise WorkshopNotFound(f"No workshop is recorded for the state “{state}”.")
    return Scope(tuple(ids))
