"""Which workshops a rollup covers: one state's, the ones named, or all of them (never the trash)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, true

from plworkshop.domain.errors import WorkshopNotFound
from plworkshop.services.workshops import find_workshop
from plworkshop.storage import models as m
from plworkshop.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class Scope:
    """The workshops in a rollup: `ids`, or every workshop not in the trash when `ids` is None.

    `everything` means no workshop is left out (none named, none in the trash), so queries need no
    filter at all. `scan` asks SQLite to read the table rather than probe its workshop index once per
    id: with hundreds of workshops in scope the probes cost four times a plain scan (measured).
    """

    ids: tuple[str, ...] | None
    everything: bool = False
    scan: bool = False

    def has(self, column):
        """A WHERE condition: `column` (a workshop id) is in scope."""
        if self.everything:
            return true()
        if self.ids is None:
            return column.in_(select(m.Workshop.id).where(m.Workshop.deleted_at.is_(None)).scalar_subquery())
        # `column || ''` is the same value, but SQLite will not use an index for it.
        return (column.concat("") if self.scan else column).in_(self.ids)


SCAN_FROM = 50
"""From this many workshops in scope, SQLite scans instead of probing the index."""


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
    live = dict(
        uow.s.execute(select(m.Workshop.id, m.Workshop.state).where(m.Workshop.deleted_at.is_(None))).all()
    )
    trashed = uow.s.scalar(
        select(func.count()).select_from(m.Workshop).where(m.Workshop.deleted_at.is_not(None))
    )
    chosen = list(live) if ids is None else list(ids)
    if state:
        chosen = [wid for wid in chosen if _same_state(live.get(wid, ""), state)]
        if not chosen:
            raise WorkshopNotFound(f"No workshop is recorded for the state “{state}”.")
    if not trashed and set(chosen) == set(live):
        return Scope(tuple(chosen), everything=True)
    sqlite = uow.s.get_bind().dialect.name == "sqlite"
    return Scope(tuple(chosen), scan=sqlite and len(chosen) >= SCAN_FROM)
