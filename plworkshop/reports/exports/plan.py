"""The action plan as plain data for the document exports (DOCX, Markdown): one section per agenda
condition, the consolidated plan sorted by due date, and the roster of people who may be named."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from plworkshop.domain.read_models import ActionItemView, WorkshopSnapshot
from plworkshop.framework.model import FrameworkPack
from plworkshop.reports import attribution
from plworkshop.reports.exports.facts import Facts
from plworkshop.reports.exports.labels import Labels

TOP_INPUT_PER_QUESTION = 5


@dataclass(frozen=True)
class InputLine:
    text: str
    attributed_to: str
    votes: int


@dataclass(frozen=True)
class QuestionInput:
    question: str
    stage: str
    top: tuple[InputLine, ...]
    total: int


@dataclass(frozen=True)
class ActionRow:
    title: str
    description: str
    condition: str
    owner: str
    partners: str
    due: dt.date | None
    priority: str
    status: str
    policy_lever: str
    measure: str


@dataclass(frozen=True)
class ConditionSection:
    title: str
    wording: str          # "" when official, else "adapted" / "custom"
    consensus: str        # the stage the room agreed on, "" if none recorded
    consensus_note: str
    distribution: tuple[tuple[str, int], ...]   # (stage name, people) in stage order
    questions: tuple[QuestionInput, ...]
    actions: tuple[ActionRow, ...]


@dataclass(frozen=True)
class RosterLine:
    name: str
    group: str
    role: str
    organization: str


@dataclass(frozen=True)
class ActionPlan:
    title: str
    details: tuple[tuple[str, str], ...]
    sections: tuple[ConditionSection, ...]
    plan: tuple[ActionRow, ...]
    roster: tuple[RosterLine, ...]
    unnamed: int
    words: Labels


def _action_row(facts: Facts, a: ActionItemView) -> ActionRow:
    w = facts.words
    t = facts.text
    return ActionRow(t(a.title), t(a.description), facts.condition_title(a.condition), t(a.owner),
                     t(a.partners),
                     a.due, w.priority(a.priority), w.status(a.status), facts.lever_label(a.policy_lever),
                     t(a.measure_of_success))


def _questions(facts: Facts, key: str) -> tuple[QuestionInput, ...]:
    grouped: dict[tuple[int, str], list] = {}
    for r in facts.responses():  # already in question order, most voted first
        if r.condition == key:
            grouped.setdefault((r.stage, r.question), []).append(r)
    return tuple(
        QuestionInput(facts.question_text(key, question), facts.words.stage(stage),
                      tuple(InputLine(facts.text(r.text), facts.attributed_to(r), r.votes)
                            for r in found[:TOP_INPUT_PER_QUESTION]), len(found))
        for (stage, question), found in grouped.items())


def _section(facts: Facts, key: str) -> ConditionSection:
    words = facts.words
    condition = facts.condition(key)
    wording = "" if condition is None or condition.official else (
        words("doc.custom") if condition.custom else words("doc.adapted"))
    mine = [a for a in facts.snapshot.assessments if a.condition == key]
    consensus = next((a for a in mine if a.is_consensus), None)
    counts = Counter(a.stage for a in mine if not a.is_consensus)
    return ConditionSection(
        title=facts.condition_title(key), wording=wording,
        consensus=words.stage(consensus.stage) if consensus else "",
        consensus_note=facts.text(consensus.note) if consensus else "",
        distribution=tuple((words.stage(stage), counts[stage]) for stage in sorted(counts)),
        questions=_questions(facts, key),
        actions=tuple(_action_row(facts, a) for a in facts.action_items_by_due() if a.condition == key))


def _details(facts: Facts) -> tuple[tuple[str, str], ...]:
    w, words = facts.snapshot.workshop, facts.words
    pairs = [(words("detail.date"), w.date.isoformat() if w.date else ""),
             (words("detail.location"), facts.text(w.location)), (words("detail.district"), w.district),
             (words("detail.state"), w.state)]
    if not facts.anonymous:
        pairs.append((words("detail.facilitator"), w.facilitator))
    pairs.append((words("detail.framework"), facts.pack.title))
    return tuple((label, value) for label, value in pairs if value)


def build_plan(snapshot: WorkshopSnapshot, pack: FrameworkPack, *, anonymous: bool = False,
               lang: str = "en") -> ActionPlan:
    """The action plan of one workshop, with the naming rule applied."""
    facts = Facts(snapshot, pack, Labels(lang), anonymous)
    agenda = facts.agenda_keys()
    printable = attribution.printable_participants(snapshot, anonymous=anonymous)
    return ActionPlan(
        title=snapshot.workshop.title,
        details=_details(facts),
        sections=tuple(_section(facts, key) for key in agenda),
        plan=tuple(_action_row(facts, a) for a in facts.action_items_by_due()),
        roster=tuple(RosterLine(p.name, facts.group_label(p.stakeholder_group), p.role, p.organization)
                     for p in printable),
        unnamed=len(snapshot.participants) - len(printable),
        words=facts.words)
