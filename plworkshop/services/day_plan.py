"""The day plan: the agenda with its non-condition items (welcome, break, lunch, report-out, one's own),
the day's start time and explicit clock times, and per-question time boxes.

Conditions and other items share one position numbering; `agenda.set_agenda` fills only the slots the
other items leave free, so reordering conditions never moves a lunch break.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select

from plworkshop.domain.day_plan import (
    DEFAULT_SESSION_MINUTES,
    SESSION_KINDS,
    PlannedItem,
    parse_clock,
    plan_items,
)
from plworkshop.domain.errors import InvalidValue
from plworkshop.domain.grouping_models import AgendaSessionView, QuestionTimeBox
from plworkshop.domain.text_rules import check_short_text
from plworkshop.domain.values import check_int
from plworkshop.services.agenda import MAX_MINUTES
from plworkshop.services.lookup import get_row, get_workshop_row, workshop_conditions
from plworkshop.storage import models as m
from plworkshop.storage.types import utcnow
from plworkshop.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class DayPlan:
    """The whole agenda in order with clock times; `question_time_boxes` by (condition, question)."""

    day_starts_at: str | None
    items: tuple[PlannedItem, ...]
    question_time_boxes: tuple[QuestionTimeBox, ...]

    @property
    def total_minutes(self) -> int:
        return sum(item.minutes for item in self.items)

    def question_minutes(self) -> dict[tuple[str, str], int]:
        return {(b.condition, b.question): b.minutes for b in self.question_time_boxes}


@dataclass(frozen=True)
class PlanState:
    """What `restore_plan_state` puts back (undo of any day-plan change)."""

    day_starts_at: str | None
    sessions: tuple[AgendaSessionView, ...]
    condition_places: tuple[tuple[str, int, str | None], ...]  # (condition, position, starts_at)
    boxes: tuple[QuestionTimeBox, ...]


def session_view(row: m.AgendaSession) -> AgendaSessionView:
    return AgendaSessionView(
        id=row.id,
        workshop_id=row.workshop_id,
        kind=row.kind,
        title=row.title,
        position=row.position,
        minutes=row.minutes,
        starts_at=row.starts_at,
        updated_at=row.updated_at,
    )


def _minutes(value: int) -> int:
    return check_int("minutes", value, low=1, high=MAX_MINUTES, label="time box (minutes)")


def get_day_plan(uow: UnitOfWork, workshop_id: str) -> DayPlan:
    with uow:
        w = get_workshop_row(uow, workshop_id)
        titles = {key: c.title for key, c in workshop_conditions(uow, workshop_id).items()}
        agenda = list(uow.s.scalars(select(m.AgendaItem).where(m.AgendaItem.workshop_id == workshop_id)))
        sessions = list(
            uow.s.scalars(select(m.AgendaSession).where(m.AgendaSession.workshop_id == workshop_id))
        )
        boxes = _boxes(uow, workshop_id)
        return DayPlan(w.day_starts_at, tuple(plan_items(w.day_starts_at, agenda, sessions, titles)), boxes)


def _boxes(uow: UnitOfWork, workshop_id: str) -> tuple[QuestionTimeBox, ...]:
    rows = uow.s.scalars(
        select(m.QuestionTimeBox)
        .where(m.QuestionTimeBox.workshop_id == workshop_id)
        .order_by(m.QuestionTimeBox.condition, m.QuestionTimeBox.question)
    )
    return tuple(QuestionTimeBox(r.condition, r.question, r.minutes) for r in rows)


def _ordered(uow: UnitOfWork, workshop_id: str) -> list:
    """Agenda rows and session rows together, in their order."""
    agenda = list(uow.s.scalars(select(m.AgendaItem).where(m.AgendaItem.workshop_id == workshop_id)))
    sessions = list(uow.s.scalars(select(m.AgendaSession).where(m.AgendaSession.workshop_id == workshop_id)))
    return sorted(agenda + sessions, key=lambda r: (r.position, isinstance(r, m.AgendaSession)))


def _renumber(rows: list) -> None:
    for position, row in enumerate(rows, start=1):
        row.position = position


def _touch(uow: UnitOfWork, workshop_id: str) -> None:
    get_workshop_row(uow, workshop_id).updated_at = utcnow()


def set_day_start(uow: UnitOfWork, workshop_id: str, text: str | None) -> str | None:
    """When the day begins (typed as people type times); empty clears it. Returns "HH:MM" or None."""
    value = parse_clock(text, field="start of the day")
    with uow:
        get_workshop_row(uow, workshop_id).day_starts_at = value
        _touch(uow, workshop_id)
        uow.commit()
    return value


def add_session(
    uow: UnitOfWork,
    workshop_id: str,
    kind: str,
    *,
    title: str = "",
    minutes: int | None = None,
    index: int | None = None,
    starts_at: str | None = None,
    session_id: str | None = None,
) -> AgendaSessionView:
    """Insert a welcome, break, lunch, report-out or custom item at `index` in the agenda (end if None)."""
    if kind not in SESSION_KINDS:
        raise InvalidValue("kind", f"An agenda item is one of {', '.join(SESSION_KINDS)}; “{kind}” is not.")
    title = check_short_text("title", title, label="agenda item title", required=kind == "custom")
    minutes = _minutes(DEFAULT_SESSION_MINUTES[kind] if minutes is None else minutes)
    starts_at = parse_clock(starts_at)
    with uow:
        get_workshop_row(uow, workshop_id)
        rows = _ordered(uow, workshop_id)
        row = m.AgendaSession(
            workshop_id=workshop_id,
            kind=kind,
            title=title,
            minutes=minutes,
            starts_at=starts_at,
            position=0,
            updated_at=utcnow(),
        )
        if session_id:
            row.id = session_id
        uow.s.add(row)
        rows.insert(len(rows) if index is None else max(0, min(index, len(rows))), row)
        _renumber(rows)
        _touch(uow, workshop_id)
        uow.commit()
        return session_view(row)


def update_session(uow: UnitOfWork, workshop_id: str, session_id: str, **changes) -> AgendaSessionView:
    """Change an item's `title`, `minutes` or `starts_at` (typed clock time, empty for none)."""
    with uow:
        row = get_row(uow, m.AgendaSession, session_id, workshop_id, "agenda item")
        for name, value in changes.items():
            if name == "title":
                row.title = check_short_text(
                    "title", value, label="agenda item title", required=row.kind == "custom"
                )
            elif name == "minutes":
                row.minutes = _minutes(value)
            elif name == "starts_at":
                row.starts_at = parse_clock(value)
            else:
                raise TypeError(f"unknown agenda item field {name}")
        row.updated_at = utcnow()
        _touch(uow, workshop_id)
        uow.commit()
        return session_view(row)


def remove_session(uow: UnitOfWork, workshop_id: str, session_id: str) -> None:
    with uow:
        uow.s.delete(get_row(uow, m.AgendaSession, session_id, workshop_id, "agenda item"))
        uow.s.flush()
        _renumber(_ordered(uow, workshop_id))
        _touch(uow, workshop_id)
        uow.commit()


def set_condition_start(uow: UnitOfWork, workshop_id: str, condition: str, starts_at: str | None) -> None:
    """An explicit clock time for a condition on the agenda (empty: it follows the item before)."""
    value = parse_clock(starts_at)
    with uow:
        row = uow.s.scalar(
            select(m.AgendaItem).where(
                m.AgendaItem.workshop_id == workshop_id, m.AgendaItem.condition == condition
            )
        )
        if row is None:
            raise InvalidValue("condition", f"The condition “{condition}” is not on the agenda.")
        row.starts_at = value
        _touch(uow, workshop_id)
        uow.commit()


def move_item(uow: UnitOfWork, workshop_id: str, key: str, index: int) -> None:
    """Move the item `key` (a condition key or an agenda item's id) to `index` in the day's order."""
    with uow:
        rows = _ordered(uow, workshop_id)
        found = [r for r in rows if (r.condition if isinstance(r, m.AgendaItem) else r.id) == key]
        if not found:
            raise InvalidValue("agenda", "That item is no longer on the agenda.")
        rows.remove(found[0])
        rows.insert(max(0, min(index, len(rows))), found[0])
        _renumber(rows)
        _touch(uow, workshop_id)
        uow.commit()


def set_question_time_box(
    uow: UnitOfWork, workshop_id: str, condition: str, question: str, minutes: int | None
) -> None:
    """A strategic question's own time box in minutes; None removes it."""
    with uow:
        get_workshop_row(uow, workshop_id)
        conditions = workshop_conditions(uow, workshop_id)
        cond = conditions.get(condition)
        if cond is None or cond.stage_of_question(question) is None:
            raise InvalidValue("question", "That strategic question is not part of this workshop.")
        row = uow.s.get(m.QuestionTimeBox, (workshop_id, condition, question))
        if minutes is None:
            if row is not None:
                uow.s.delete(row)
        else:
            minutes = _minutes(minutes)
            if row is None:
                uow.s.add(
                    m.QuestionTimeBox(
                        workshop_id=workshop_id, condition=condition, question=question, minutes=minutes
                    )
                )
            else:
                row.minutes = minutes
        _touch(uow, workshop_id)
        uow.commit()


def plan_state(uow: UnitOfWork, workshop_id: str) -> PlanState:
    with uow:
        w = get_workshop_row(uow, workshop_id)
        sessions = tuple(
            session_view(r)
            for r in uow.s.scalars(select(m.AgendaSession).where(m.AgendaSession.workshop_id == workshop_id))
        )
        places = tuple(
            (a.condition, a.position, a.starts_at)
            for a in uow.s.scalars(select(m.AgendaItem).where(m.AgendaItem.workshop_id == workshop_id))
        )
        return PlanState(w.day_starts_at, sessions, places, _boxes(uow, workshop_id))


def restore_plan_state(uow: UnitOfWork, workshop_id: str, state: PlanState) -> None:
    """Put the day plan back as `state` recorded it (the conditions on the agenda are not changed)."""
    with uow:
        w = get_workshop_row(uow, workshop_id)
        w.day_starts_at = state.day_starts_at
        uow.s.execute(delete(m.AgendaSession).where(m.AgendaSession.workshop_id == workshop_id))
        uow.s.add_all(
            m.AgendaSession(
                id=s.id,
                workshop_id=workshop_id,
                kind=s.kind,
                title=s.title,
                position=s.position,
                minutes=s.minutes,
                starts_at=s.starts_at,
                updated_at=s.updated_at,
            )
            for s in state.sessions
        )
        places = {key: (position, starts) for key, position, starts in state.condition_places}
        for row in uow.s.scalars(select(m.AgendaItem).where(m.AgendaItem.workshop_id == workshop_id)):
            if row.condition in places:
                row.position, row.starts_at = places[row.condition]
        uow.s.execute(delete(m.QuestionTimeBox).where(m.QuestionTimeBox.workshop_id == workshop_id))
        uow.s.add_all(
            m.QuestionTimeBox(
                workshop_id=workshop_id, condition=b.condition, question=b.question, minutes=b.minutes
            )
            for b in state.boxes
        )
        w.updated_at = utcnow()
        uow.commit()
