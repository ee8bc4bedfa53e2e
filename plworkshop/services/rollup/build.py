"""The statewide rollup across workshops, aggregated in SQL (GROUP BY) rather than row by row.

Only counts per (workshop, condition, stage), per (group, condition, stage) and per question come back
from the database, plus the few most-voted responses per question and the action items: 500 large
workshops (≈1.5 million responses) roll up without loading a single response into Python. Every
number is an exact integer sum, and text is ordered in Python, so SQLite and PostgreSQL give the same
rollup whatever the server's collation.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import func, select

from plworkshop.domain.rollup.models import (
    ActionRow,
    ConditionColumn,
    HeatMap,
    HeatRow,
    OwnerLoad,
    Rollup,
    WorkshopLine,
    district_key,
    many_states,
    stage_cell,
)
from plworkshop.framework.loader import load_default_pack
from plworkshop.framework.model import FrameworkPack
from plworkshop.services.rollup import ideas as top_ideas_sql
from plworkshop.services.rollup.analysis import disagreements
from plworkshop.services.rollup.scope import Scope, named_workshops, resolve_scope
from plworkshop.storage import models as m
from plworkshop.storage.unit_of_work import UnitOfWork

A, P = m.Assessment, m.Participant


def _columns(uow: UnitOfWork, scope: Scope, pack: FrameworkPack) -> tuple[ConditionColumn, ...]:
    """The pack's conditions in its order, then any custom condition placed in these workshops."""
    columns = [ConditionColumn(c.key, c.title, c.official) for c in pack.conditions]
    known = {c.key for c in columns}
    placed = set(uow.s.scalars(select(A.condition).where(scope.has(A.workshop_id)).distinct()))
    for key in sorted(placed - known):
        columns.append(ConditionColumn(key, top_ideas_sql.custom_condition_title(uow, scope, key), False))
    return tuple(columns)


def _stage_counts(uow: UnitOfWork, group_column, scope: Scope, *, consensus: bool):
    """{(group value, condition): {stage: people}} for individual (or consensus) placements."""
    query = (
        select(group_column, A.condition, A.stage, func.count())
        .where(
            scope.has(A.workshop_id),
            A.participant_id.is_(None) if consensus else A.participant_id.is_not(None),
        )
        .group_by(group_column, A.condition, A.stage)
    )
    if group_column is P.stakeholder_group:
        query = query.join(P, P.id == A.participant_id)
    counts: dict[tuple, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for group, condition, stage, n in uow.s.execute(query):
        counts[(group, condition)][stage] += n
    return counts


def _district_map(uow, scope, lines, columns) -> HeatMap:
    by_workshop = _stage_counts(uow, A.workshop_id, scope, consensus=False)
    rooms = _stage_counts(uow, A.workshop_id, scope, consensus=True)
    many = many_states(lines)
    district_of = {line.id: district_key(line, many_states=many) for line in lines}
    labels = dict(district_of.values())
    counts: dict[tuple, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    consensus: dict[tuple, list[int]] = defaultdict(list)
    for (wid, condition), stages in by_workshop.items():
        for stage, n in stages.items():
            counts[(district_of[wid][0], condition)][stage] += n
    for (wid, condition), stages in rooms.items():
        for stage, n in stages.items():
            consensus[(district_of[wid][0], condition)].extend([stage] * n)
    rows = [
        HeatRow(
            labels[key],
            labels[key],
            tuple(
                stage_cell(counts.get((key, c.key), {}), tuple(consensus.get((key, c.key), ())))
                for c in columns
            ),
        )
        for key in sorted(labels, key=lambda k: (labels[k].casefold(), k))
    ]
    return HeatMap(
        "Where each district placed the state", "District", columns, tuple(rows), _overall(counts, columns)
    )


def _overall(counts: dict, columns) -> tuple:
    totals: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for (_, condition), stages in counts.items():
        for stage, n in stages.items():
            totals[condition][stage] += n
    return tuple(stage_cell(totals.get(c.key, {})) for c in columns)


def _group_map(uow, scope, columns, pack: FrameworkPack) -> HeatMap:
    counts = _stage_counts(uow, P.stakeholder_group, scope, consensus=False)
    order = [t.key for t in pack.stakeholder_groups]
    present = {group for group, _ in counts}
    keys = [k for k in order if k in present] + sorted(present - set(order))
    rows = [
        HeatRow(
            key, pack.stakeholder_label(key), tuple(stage_cell(counts.get((key, c.key), {})) for c in columns)
        )
        for key in keys
    ]
    return HeatMap(
        "Where each stakeholder group placed the state",
        "Stakeholder group",
        columns,
        tuple(rows),
        _overall(counts, columns),
    )


def _workshop_lines(uow: UnitOfWork, scope: Scope) -> tuple[WorkshopLine, ...]:
    def count(model, *where):
        return (
            select(model.workshop_id, func.count().label("n"))
            .where(scope.has(model.workshop_id), *where)
            .group_by(model.workshop_id)
            .subquery()
        )

    people, said, actions = count(P), count(m.Response, m.Response.hidden.is_(False)), count(m.ActionItem)
    W = m.Workshop
    query = (
        select(
            W.id,
            W.title,
            W.district,
            W.state,
            W.date,
            func.coalesce(people.c.n, 0),
            func.coalesce(said.c.n, 0),
            func.coalesce(actions.c.n, 0),
        )
        .outerjoin(people, people.c.workshop_id == W.id)
        .outerjoin(said, said.c.workshop_id == W.id)
        .outerjoin(actions, actions.c.workshop_id == W.id)
        .where(scope.has(W.id))
    )
    lines = [WorkshopLine(*row) for row in uow.s.execute(query)]
    return tuple(
        sorted(lines, key=lambda w: (district_key(w)[0], w.date or dt.date.min, w.title.casefold(), w.id))
    )


def _action_items(uow, scope, lines, pack, columns, today: dt.date):
    AI = m.ActionItem
    where = {line.id: line for line in lines}
    many = many_states(lines)
    titles = {c.key: c.title for c in columns}
    rows = []
    for r in uow.s.execute(
        select(
            AI.workshop_id, AI.condition, AI.title, AI.owner, AI.policy_lever, AI.due, AI.status, AI.priority
        ).where(scope.has(AI.workshop_id))
    ):
        line = where[r.workshop_id]
        overdue = r.due is not None and r.due < today and r.status != "done"
        rows.append(
            ActionRow(
                workshop_id=r.workshop_id,
                district=district_key(line, many_states=many)[1],
                workshop_title=line.title,
                condition=titles.get(r.condition, r.condition or ""),
                title=r.title,
                owner=r.owner,
                policy_lever=pack.policy_lever_label(r.policy_lever),
                due=r.due,
                status=r.status,
                priority=r.priority,
                overdue=overdue,
            )
        )
    rows.sort(
        key=lambda a: (
            not a.overdue,
            not a.owner,
            a.owner.casefold(),
            not a.policy_lever,
            a.policy_lever.casefold(),
            a.due or dt.date.max,
            a.district.casefold(),
            a.title.casefold(),
        )
    )
    return tuple(rows), _owners(rows)


def _owners(rows: list[ActionRow]) -> tuple[OwnerLoad, ...]:
    loads: dict[str, list[ActionRow]] = defaultdict(list)
    for row in rows:
        loads[row.owner.strip() or "(no owner)"].append(row)
    out = [
        OwnerLoad(
            owner=owner,
            items=len(items),
            overdue=sum(a.overdue for a in items),
            next_due=min((a.due for a in items if a.due and a.status != "done"), default=None),
        )
        for owner, items in loads.items()
    ]
    return tuple(sorted(out, key=lambda o: (-o.overdue, -o.items, o.owner.casefold())))


def build_rollup(
    uow: UnitOfWork,
    *,
    state: str | None = None,
    workshops: list[str] | None = None,
    today: dt.date | None = None,
    ideas_per_question: int = 5,
    pack: FrameworkPack | None = None,
) -> Rollup:
    """The rollup of the workshops in scope: those of `state` (any case), or those named (ids or title
    starts), or every workshop not in the trash. Raises WorkshopNotFound for a name that matches none."""
    pack = pack or load_default_pack()
    today = today or dt.date.today()
    named = named_workshops(uow, workshops)
    with uow:
        scope = resolve_scope(uow, state=state, ids=named)
        lines = _workshop_lines(uow, scope)
        columns = _columns(uow, scope, pack)
        districts = _district_map(uow, scope, lines, columns)
        groups = _group_map(uow, scope, columns, pack)
        ideas = top_ideas_sql.top_ideas(uow, scope, lines, columns, pack, ideas_per_question)
        actions, owners = _action_items(uow, scope, lines, pack, columns, today)
    return Rollup(
        generated_on=today,
        state=state,
        workshops=lines,
        districts=districts,
        groups=groups,
        disagreements=disagreements(groups, districts),
        top_ideas=ideas,
        action_items=actions,
        owners=owners,
    )
