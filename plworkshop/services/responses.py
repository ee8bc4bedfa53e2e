"""What participants say: record, edit, withdraw and restore, and dot votes within a budget.

Every call commits before it returns, so a recorded response survives a crash the moment the
facilitator sees it in the list.
"""

from __future__ import annotations

from sqlalchemy import bindparam, func, insert, select

from plworkshop.domain import read_models as rm
from plworkshop.domain.errors import InvalidValue, NotFound, VoteBudgetExceeded, WorkshopNotFound
from plworkshop.domain.text_rules import check_text
from plworkshop.domain.values import check_stage
from plworkshop.services import read_models as to_view
from plworkshop.services.lookup import check_stakeholder_group, get_row, get_workshop_row, parse_condition
from plworkshop.storage import models as m
from plworkshop.storage.models import new_id
from plworkshop.storage.types import utcnow
from plworkshop.storage.unit_of_work import UnitOfWork

# The hot path's statements, built once (composing them on every call cost as much as the query);
# SQLAlchemy caches their compiled form, so each call only binds values.
# One read finds the workshop (and whether it is in the trash), the condition's text and the person.
_P = m.Participant.__table__.alias("speaker")
_FIND_CONTEXT = (
    select(m.Workshop.deleted_at, m.WorkshopCondition.content_json, _P.c.id, _P.c.stakeholder_group)
    .outerjoin(
        m.WorkshopCondition,
        (m.WorkshopCondition.workshop_id == m.Workshop.id)
        & (m.WorkshopCondition.key == bindparam("condition")),
    )
    .outerjoin(_P, (_P.c.id == bindparam("participant_id")) & (_P.c.workshop_id == m.Workshop.id))
    .where(m.Workshop.id == bindparam("workshop_id"))
)
_INSERT_RESPONSE = insert(m.Response.__table__)


def record_response(
    uow: UnitOfWork,
    workshop_id: str,
    *,
    condition: str,
    stage: int,
    question: str,
    text: str,
    participant_id: str | None = None,
    stakeholder_group: str | None = None,
    response_id: str | None = None,
    hidden: bool = False,
) -> rm.ResponseView:
    """Store what was said, attributed to a person, a stakeholder group, or nobody (anonymous).

    `response_id` lets a caller choose the id (the room's devices make their own, so a retry finds the
    same record); `hidden` stores it withdrawn from view (input held for the facilitator's approval).

    A person's stakeholder group is recorded with their words, so the input stays attributed to the
    group even if the person is later removed or forgotten. This is the hottest write of a live
    session, so it reads with one narrow query and inserts with Core (no ORM bookkeeping).
    """
    stage = check_stage(stage)
    text = check_text("text", text, label="response", required=True)
    stakeholder_group = check_stakeholder_group(stakeholder_group)
    with uow:
        # Core on the block's connection: the statements need none of the ORM (nor its session)
        connection = uow.connection()
        found = connection.execute(
            _FIND_CONTEXT,
            {"condition": condition, "workshop_id": workshop_id, "participant_id": participant_id},
        ).first()
        if found is None or found[0] is not None:  # no such workshop, or in the trash
            raise WorkshopNotFound(f"There is no workshop with id {workshop_id}.")
        _deleted_at, content_json, person, group = found
        if content_json is None:
            raise InvalidValue(
                "condition", f"The condition “{condition}” is not part of this workshop's framework."
            )
        cond = parse_condition(content_json)
        if cond.stage_of_question(question) != stage:
            raise InvalidValue(
                "question", f"“{question}” is not a strategic question of stage {stage} of {cond.title}."
            )
        if participant_id is not None:
            if person is None:
                raise NotFound(f"That participant no longer exists (id {participant_id}).")
            stakeholder_group = stakeholder_group or group
        now = utcnow()
        values = dict(
            id=response_id or new_id(),
            workshop_id=workshop_id,
            condition=condition,
            stage=stage,
            question=question,
            participant_id=participant_id,
            stakeholder_group=stakeholder_group,
            text=text,
            votes=0,
            hidden=bool(hidden),
            created_at=now,
            updated_at=now,
        )
        connection.execute(_INSERT_RESPONSE, values)
        uow.commit()
        return rm.ResponseView(**values)


def _change(uow: UnitOfWork, workshop_id: str, response_id: str, **values) -> rm.ResponseView:
    with uow:
        row = get_row(uow, m.Response, response_id, workshop_id, "response")
        for name, value in values.items():
            setattr(row, name, value)
        row.updated_at = utcnow()
        uow.commit()
        return to_view.response_view(row)


def edit_response(uow: UnitOfWork, workshop_id: str, response_id: str, text: str) -> rm.ResponseView:
    return _change(
        uow, workshop_id, response_id, text=check_text("text", text, label="response", required=True)
    )


def attribute_response(
    uow: UnitOfWork,
    workshop_id: str,
    response_id: str,
    *,
    participant_id: str | None,
    stakeholder_group: str | None,
) -> rm.ResponseView:
    """Change who a response is attributed to."""
    stakeholder_group = check_stakeholder_group(stakeholder_group)
    if participant_id is not None:
        with uow:
            person = get_row(uow, m.Participant, participant_id, workshop_id, "participant")
            stakeholder_group = stakeholder_group or person.stakeholder_group
    return _change(
        uow, workshop_id, response_id, participant_id=participant_id, stakeholder_group=stakeholder_group
    )


def withdraw_response(uow: UnitOfWork, workshop_id: str, response_id: str) -> rm.ResponseView:
    """Hide a response from view and from reports; it is kept and can be restored."""
    return _change(uow, workshop_id, response_id, hidden=True)


def restore_response(uow: UnitOfWork, workshop_id: str, response_id: str) -> rm.ResponseView:
    return _change(uow, workshop_id, response_id, hidden=False)


def discard_response(uow: UnitOfWork, workshop_id: str, response_id: str) -> None:
    """Delete a response outright: only for undoing the recording of it a moment ago."""
    with uow:
        row = get_row(uow, m.Response, response_id, workshop_id, "response")
        uow.s.delete(row)
        uow.commit()


def vote_budget(uow: UnitOfWork, workshop_id: str, condition: str) -> tuple[int, int] | None:
    """(votes placed, votes available) for a condition, or None when votes are unlimited."""
    with uow:
        return _budget(uow, workshop_id, condition)


def _budget(uow: UnitOfWork, workshop_id: str, condition: str) -> tuple[int, int] | None:
    workshop = get_workshop_row(uow, workshop_id)
    if workshop.votes_per_person == 0:
        return None
    people = (
        uow.s.scalar(
            select(func.count()).select_from(m.Participant).where(m.Participant.workshop_id == workshop_id)
        )
        or 0
    )
    placed = (
        uow.s.scalar(
            select(func.coalesce(func.sum(m.Response.votes), 0)).where(
                m.Response.workshop_id == workshop_id, m.Response.condition == condition
            )
        )
        or 0
    )
    placed += (
        uow.s.scalar(
            select(func.coalesce(func.sum(m.Theme.votes), 0)).where(  # dots on themes
                m.Theme.workshop_id == workshop_id, m.Theme.condition == condition
            )
        )
        or 0
    )
    return placed, workshop.votes_per_person * max(people, 1)


def vote(uow: UnitOfWork, workshop_id: str, response_id: str, delta: int = 1) -> rm.ResponseView:
    """Add (or with a negative delta take back) dot votes; never below zero nor over the budget."""
    if isinstance(delta, bool) or not isinstance(delta, int) or delta == 0:
        raise InvalidValue("votes", "A vote change must be a whole number other than zero.")
    with uow:
        row = get_row(uow, m.Response, response_id, workshop_id, "response")
        if row.hidden:
            raise InvalidValue("votes", "A withdrawn response cannot receive votes; restore it first.")
        new_votes = row.votes + delta
        if new_votes < 0:
            raise InvalidValue("votes", "This response has no votes left to take back.")
        budget = _budget(uow, workshop_id, row.condition)
        if delta > 0 and budget is not None and budget[0] + delta > budget[1]:
            raise VoteBudgetExceeded(
                f"All {budget[1]} votes for this condition have been placed; take one back first "
                "or raise the votes per person."
            )
        # Added in SQL (votes = votes + delta), not computed here: two apps voting on one idea at
        # the same moment must both count (a read-then-write would lose one; measured on both DBs).
        row.votes = m.Response.votes + delta
        row.updated_at = utcnow()
        uow.commit()
        return to_view.response_view(row)


def set_votes(uow: UnitOfWork, workshop_id: str, response_id: str, votes: int) -> rm.ResponseView:
    """Set a response's vote count directly (undo, or correcting a miscount)."""
    if isinstance(votes, bool) or not isinstance(votes, int) or votes < 0:
        raise InvalidValue("votes", "Votes must be a whole number, zero or more.")
    return _change(uow, workshop_id, response_id, votes=votes)


def list_responses(
    uow: UnitOfWork,
    workshop_id: str,
    *,
    condition: str | None = None,
    question: str | None = None,
    include_hidden: bool = True,
) -> list[rm.ResponseView]:
    """Read with Core (rows straight into read models): the GUI calls this on every question switch,
    and loading ORM objects cost more than the query itself."""
    table = m.Response.__table__
    query = select(table).where(table.c.workshop_id == workshop_id)
    if condition is not None:
        query = query.where(table.c.condition == condition)
    if question is not None:
        query = query.where(table.c.question == question)
    if not include_hidden:
        query = query.where(table.c.hidden.is_(False))
    with uow:
        rows = uow.s.execute(query.order_by(table.c.created_at, table.c.id)).mappings()
        return [rm.ResponseView(**row) for row in rows]


def top_responses(
    uow: UnitOfWork, workshop_id: str, *, condition: str, question: str, limit: int
) -> tuple[list[rm.ResponseView], int]:
    """The question's `limit` shown responses with the most votes (the earlier first on a tie), and how
    many it shows in all: what a wall of ten ideas needs, without reading a busy room's every row."""
    table = m.Response.__table__
    where = (
        (table.c.workshop_id == workshop_id)
        & (table.c.condition == condition)
        & (table.c.question == question)
        & table.c.hidden.is_(False)
    )
    with uow:
        rows = uow.s.execute(
            select(table)
            .where(where)
            .order_by(table.c.votes.desc(), table.c.created_at, table.c.id)
            .limit(limit)
        ).mappings()
        top = [rm.ResponseView(**row) for row in rows]
        total = uow.s.execute(select(func.count()).select_from(table).where(where)).scalar_one()
    return top, total
