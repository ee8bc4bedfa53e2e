"""The most-voted ideas across workshops for each strategic question, with where each came from.

A window function (ROW_NUMBER per question, most votes first) picks the few top responses in the
database, so only those rows travel to Python. Withdrawn (hidden) responses and unvoted ones never
count as ideas; the origin is the district, the workshop and the stakeholder group, never a name.
"""

from __future__ import annotations

import json

from sqlalchemy import func, select

from plworkshop.domain.rollup.models import (
    ConditionColumn,
    Idea,
    QuestionIdeas,
    WorkshopLine,
    district_key,
    many_states,
)
from plworkshop.framework.model import FrameworkPack
from plworkshop.services.rollup.scope import Scope
from plworkshop.storage import models as m
from plworkshop.storage.unit_of_work import UnitOfWork

R = m.Response


def custom_condition_title(uow: UnitOfWork, scope: Scope, key: str) -> str:
    """The title a workshop gave a condition it added (its own framework text), or the key."""
    content = uow.s.scalar(
        select(m.WorkshopCondition.content_json)
        .where(scope.has(m.WorkshopCondition.workshop_id), m.WorkshopCondition.key == key)
        .order_by(m.WorkshopCondition.workshop_id)
        .limit(1)
    )
    try:
        return str(json.loads(content)["title"]) if content else key
    except (ValueError, KeyError, TypeError):
        return key


def _question_texts(uow: UnitOfWork, scope: Scope, pack: FrameworkPack, keys) -> dict:
    """{(condition, question): text}: the pack's wording, else the workshop's own framework text."""
    texts = {}
    for condition in pack.conditions:
        for stage in condition.stages:
            for question in stage.questions:
                texts[(condition.key, question.key)] = question.text
    for condition, question in keys:
        if (condition, question) in texts:
            continue
        content = uow.s.scalar(
            select(m.WorkshopCondition.content_json)
            .where(scope.has(m.WorkshopCondition.workshop_id), m.WorkshopCondition.key == condition)
            .order_by(m.WorkshopCondition.workshop_id)
            .limit(1)
        )
        texts[(condition, question)] = _find_question(content, question)
    return texts


def _find_question(content: str | None, key: str) -> str:
    try:
        for stage in json.loads(content or "{}").get("stages", []):
            for question in stage.get("questions", []):
                if question.get("key") == key:
                    return str(question.get("text", key))
    except (ValueError, AttributeError, TypeError):
        pass
    return key


def _question_order(pack: FrameworkPack, columns: tuple[ConditionColumn, ...]):
    position = {c.key: i for i, c in enumerate(columns)}
    questions = {q.key: i for c in pack.conditions for s in c.stages for i, q in enumerate(s.questions)}
    return lambda item: (position.get(item[0], len(position)), item[1], questions.get(item[2], 99), item[2])


def _vote_floor(uow: UnitOfWork, visible, per_question: int) -> int:
    """The fewest votes any question's top `per_question` ideas can have (at least 1).

    From a small histogram of votes per question: ranking only the responses at or above it, rather
    than every voted response, makes the window function several times cheaper at scale.
    """
    histogram: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for condition, question, votes, n in uow.s.execute(
        select(R.condition, R.question, R.votes, func.count())
        .where(*visible, R.votes > 0)
        .group_by(R.condition, R.question, R.votes)
    ):
        histogram.setdefault((condition, question), []).append((votes, n))
    floor = None
    for counts in histogram.values():
        seen = 0
        for votes, n in sorted(counts, reverse=True):  # noqa: B007 - `votes` is read after the loop
            seen += n
            if seen >= per_question:
                break
        floor = votes if floor is None else min(floor, votes)
    return max(1, floor or 1)


def top_ideas(
    uow: UnitOfWork,
    scope: Scope,
    lines: tuple[WorkshopLine, ...],
    columns: tuple[ConditionColumn, ...],
    pack: FrameworkPack,
    per_question: int,
) -> tuple[QuestionIdeas, ...]:
    visible = (scope.has(R.workshop_id), R.hidden.is_(False))
    counted = {
        (c, s, q): n
        for c, s, q, n in uow.s.execute(
            select(R.condition, R.stage, R.question, func.count())
            .where(*visible)
            .group_by(R.condition, R.stage, R.question)
        )
    }
    rank = (
        func.row_number()
        .over(partition_by=(R.condition, R.question), order_by=(R.votes.desc(), R.created_at, R.id))
        .label("rank")
    )
    # Rank narrow rows (no text) and fetch the text of the few picked ones: sorting a million rows
    # that carry their text costs several times more.
    floor = _vote_floor(uow, visible, per_question)
    ranked = select(R.id, rank).where(*visible, R.votes >= floor).subquery()
    picked = uow.s.execute(
        select(R.condition, R.question, R.workshop_id, R.stakeholder_group, R.text, R.votes, ranked.c.rank)
        .join(ranked, ranked.c.id == R.id)
        .where(ranked.c.rank <= per_question)
        .order_by(R.condition, R.question, ranked.c.rank)
    ).all()
    by_id = {line.id: line for line in lines}
    many = many_states(lines)
    ideas: dict[tuple[str, str], list[Idea]] = {}
    for row in picked:
        line = by_id[row.workshop_id]
        ideas.setdefault((row.condition, row.question), []).append(
            Idea(
                text=row.text,
                votes=row.votes,
                district=district_key(line, many_states=many)[1],
                workshop_title=line.title,
                workshop_id=line.id,
                stakeholder_group=pack.stakeholder_label(row.stakeholder_group),
            )
        )
    titles = {c.key: c for c in columns}
    texts = _question_texts(uow, scope, pack, {(c, q) for c, _, q in counted})
    out = []
    for condition, stage, question in sorted(counted, key=_question_order(pack, columns)):
        column = titles.get(condition) or ConditionColumn(
            condition, custom_condition_title(uow, scope, condition), False
        )
        out.append(
            QuestionIdeas(
                condition=column,
                stage=stage,
                question_key=question,
                question=texts[(condition, question)],
                responses=counted[(condition, stage, question)],
                ideas=tuple(ideas.get((condition, question), ())),
            )
        )
    return tuple(out)
