"""Themes: ideas of one condition grouped under a name (the "group" step), dot votes on a theme, and
an action item made from a theme (linked to every idea in it).

An idea belongs to at most one theme; grouping it again moves it. A theme's dot votes come out of the
same per-condition budget as votes on single ideas (`responses.vote_budget`).
"""

from __future__ import annotations

from sqlalchemy import delete, func, insert, select

from plworkshop.domain import read_models as rm
from plworkshop.domain.errors import InvalidValue, VoteBudgetExceeded
from plworkshop.domain.grouping_models import ThemeView
from plworkshop.domain.text_rules import check_short_text
from plworkshop.services import action_items
from plworkshop.services.lookup import get_row, get_workshop_row, workshop_condition
from plworkshop.services.responses import vote_budget
from plworkshop.storage import models as m
from plworkshop.storage.types import utcnow
from plworkshop.storage.unit_of_work import UnitOfWork

_MEMBERS = m.theme_members


def theme_view(row: m.Theme) -> ThemeView:
    ids = tuple(r.id for r in sorted(row.responses, key=lambda r: (r.created_at, r.id)))
    return ThemeView(
        id=row.id,
        workshop_id=row.workshop_id,
        condition=row.condition,
        name=row.name,
        votes=row.votes,
        position=row.position,
        response_ids=ids,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def _name(name: str) -> str:
    return check_short_text("name", name, required=True, label="theme name")


def _ideas(uow: UnitOfWork, workshop_id: str, condition: str, response_ids) -> list[m.Response]:
    ids = list(dict.fromkeys(response_ids))
    rows = (
        list(
            uow.s.scalars(
                select(m.Response).where(m.Response.workshop_id == workshop_id, m.Response.id.in_(ids))
            )
        )
        if ids
        else []
    )
    if len(rows) != len(ids):
        raise InvalidValue("response_ids", "Some of those ideas no longer exist; nothing was grouped.")
    if any(r.condition != condition for r in rows):
        raise InvalidValue(
            "response_ids", "A theme groups ideas of one condition; these come from another condition."
        )
    return rows


def _take_from_other_themes(uow: UnitOfWork, response_ids: list[str]) -> None:
    """Ideas leave the themes that held them; those themes count as changed (for bundle merges)."""
    if not response_ids:
        return
    losing = set(uow.s.scalars(select(_MEMBERS.c.theme_id).where(_MEMBERS.c.response_id.in_(response_ids))))
    uow.s.execute(delete(_MEMBERS).where(_MEMBERS.c.response_id.in_(response_ids)))
    now = utcnow()
    for theme in uow.s.scalars(select(m.Theme).where(m.Theme.id.in_(losing))):
        theme.updated_at = now
        uow.s.expire(theme, ["responses"])


def create_theme(
    uow: UnitOfWork,
    workshop_id: str,
    *,
    condition: str,
    name: str,
    response_ids: tuple[str, ...] = (),
    theme_id: str | None = None,
) -> ThemeView:
    """A new theme of `condition` holding `response_ids` (taken out of any theme they were in)."""
    name = _name(name)
    with uow:
        get_workshop_row(uow, workshop_id)
        workshop_condition(uow, workshop_id, condition)
        ideas = _ideas(uow, workshop_id, condition, response_ids)
        last = (
            uow.s.scalar(
                select(func.coalesce(func.max(m.Theme.position), 0)).where(m.Theme.workshop_id == workshop_id)
            )
            or 0
        )
        now = utcnow()
        row = m.Theme(
            workshop_id=workshop_id,
            condition=condition,
            name=name,
            votes=0,
            position=last + 1,
            created_at=now,
            updated_at=now,
        )
        if theme_id:
            row.id = theme_id
        uow.s.add(row)
        uow.s.flush()
        _take_from_other_themes(uow, [r.id for r in ideas])
        if ideas:
            uow.s.execute(insert(_MEMBERS), [{"theme_id": row.id, "response_id": r.id} for r in ideas])
        uow.s.expire(row)
        uow.commit()
        return theme_view(row)


def add_to_theme(
    uow: UnitOfWork, workshop_id: str, theme_id: str, response_ids: tuple[str, ...]
) -> ThemeView:
    """Put ideas into a theme (moving them out of any other theme)."""
    with uow:
        row = get_row(uow, m.Theme, theme_id, workshop_id, "theme")
        ideas = _ideas(uow, workshop_id, row.condition, response_ids)
        _take_from_other_themes(uow, [r.id for r in ideas])
        if ideas:
            uow.s.execute(insert(_MEMBERS), [{"theme_id": row.id, "response_id": r.id} for r in ideas])
        row.updated_at = utcnow()
        uow.s.flush()
        uow.s.expire(row)
        uow.commit()
        return theme_view(row)


def ungroup(uow: UnitOfWork, workshop_id: str, response_ids: tuple[str, ...]) -> None:
    """Take ideas out of whatever theme holds them (the theme itself stays, even if empty)."""
    with uow:
        ideas = list(
            uow.s.scalars(
                select(m.Response.id).where(
                    m.Response.workshop_id == workshop_id, m.Response.id.in_(response_ids)
                )
            )
        )
        _take_from_other_themes(uow, ideas)
        uow.commit()


def rename_theme(uow: UnitOfWork, workshop_id: str, theme_id: str, name: str) -> ThemeView:
    name = _name(name)
    with uow:
        row = get_row(uow, m.Theme, theme_id, workshop_id, "theme")
        row.name = name
        row.updated_at = utcnow()
        uow.commit()
        return theme_view(row)


def delete_theme(uow: UnitOfWork, workshop_id: str, theme_id: str) -> None:
    """Dissolve a theme; its ideas stay, ungrouped."""
    with uow:
        uow.s.delete(get_row(uow, m.Theme, theme_id, workshop_id, "theme"))
        uow.commit()


def vote_theme(uow: UnitOfWork, workshop_id: str, theme_id: str, delta: int = 1) -> ThemeView:
    """Dot votes on a theme, within the condition's budget; never below zero."""
    if isinstance(delta, bool) or not isinstance(delta, int) or delta == 0:
        raise InvalidValue("votes", "A vote change must be a whole number other than zero.")
    with uow:
        row = get_row(uow, m.Theme, theme_id, workshop_id, "theme")
        if row.votes + delta < 0:
            raise InvalidValue("votes", "This theme has no votes left to take back.")
        condition = row.condition
    budget = vote_budget(uow, workshop_id, condition)
    if delta > 0 and budget is not None and budget[0] + delta > budget[1]:
        raise VoteBudgetExceeded(
            f"All {budget[1]} votes for this condition have been placed; take one "
            "back first or raise the votes per person."
        )
    with uow:
        row = get_row(uow, m.Theme, theme_id, workshop_id, "theme")
        row.votes = m.Theme.votes + delta
        row.updated_at = utcnow()
        uow.commit()
        return theme_view(row)


def set_theme_votes(uow: UnitOfWork, workshop_id: str, theme_id: str, votes: int) -> ThemeView:
    """Set a theme's votes directly (undo)."""
    if isinstance(votes, bool) or not isinstance(votes, int) or votes < 0:
        raise InvalidValue("votes", "Votes must be a whole number, zero or more.")
    with uow:
        row = get_row(uow, m.Theme, theme_id, workshop_id, "theme")
        row.votes = votes
        row.updated_at = utcnow()
        uow.commit()
        return theme_view(row)


def list_themes(uow: UnitOfWork, workshop_id: str, condition: str | None = None) -> list[ThemeView]:
    query = select(m.Theme).where(m.Theme.workshop_id == workshop_id)
    if condition is not None:
        query = query.where(m.Theme.condition == condition)
    with uow:
        return [theme_view(t) for t in uow.s.scalars(query.order_by(m.Theme.position, m.Theme.created_at))]


def theme_votes_placed(uow: UnitOfWork, workshop_id: str, condition: str) -> int:
    with uow:
        return (
            uow.s.scalar(
                select(func.coalesce(func.sum(m.Theme.votes), 0)).where(
                    m.Theme.workshop_id == workshop_id, m.Theme.condition == condition
                )
            )
            or 0
        )


def action_item_from_theme(uow: UnitOfWork, workshop_id: str, theme_id: str) -> rm.ActionItemView:
    """An action item titled after the theme, in its condition, linked to every idea in it."""
    with uow:
        row = get_row(uow, m.Theme, theme_id, workshop_id, "theme")
        view = theme_view(row)
        texts = [r.text for r in sorted(row.responses, key=lambda r: (r.created_at, r.id)) if not r.hidden]
    description = "\n".join(f"• {text}" for text in texts)
    return action_items.create_action_item(
        uow,
        workshop_id,
        title=view.name,
        description=description,
        condition=view.condition,
        response_ids=view.response_ids,
    )
