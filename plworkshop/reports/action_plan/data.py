"""The action plan as plain data, assembled from a workshop snapshot: what the PDF renders.

Everything a report may print passes through here, so the privacy rules live in one place:
attribution follows `plworkshop.domain.attribution`, and the names of people who may not be named
(everyone, in an anonymous report) are also withheld where they were typed into free text.
The language lives here too: fixed vocabularies come from `plworkshop.domain.vocabulary_es` and
framework texts from the pack's translation overlay (`localized.Localizer`), each condition
remembering which language its texts are in so the PDF can say so.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from plworkshop.domain import attribution, vocabulary_es
from plworkshop.domain.attribution import Redactor
from plworkshop.domain.read_models import ActionItemView, ResponseView, WorkshopSnapshot
from plworkshop.domain.vocabulary import STATUSES
from plworkshop.framework.model import Condition, FrameworkPack
from plworkshop.reports.action_plan.facilitation_data import (
    AgendaLine,
    ParkedLine,
    ThemeLine,
    agenda_lines,
    parked_lines,
    theme_lines,
)
from plworkshop.reports.action_plan.localized import Localizer
from plworkshop.reports.action_plan.strings import Strings, strings
from plworkshop.reports.paper import check_paper, default_paper

TOP_PRIORITIES = 10
DEFAULT_TOP_IDEAS = 5  # ideas per question in the summary edition
MAX_TOP_IDEAS = 50


@dataclass(frozen=True)
class ReportOptions:
    """How the action plan is printed. The summary edition (the default) carries the `top_ideas`
    most-voted ideas of each question; the full record (`full`) every input. `paper` is "letter" or
    "a4"; empty means the paper the computer's locale expects."""

    anonymous: bool = False
    lang: str = "en"
    full: bool = False
    top_ideas: int = DEFAULT_TOP_IDEAS
    paper: str = ""


@dataclass(frozen=True)
class ResponseLine:
    text: str
    votes: int
    attribution: str


@dataclass(frozen=True)
class GroupInput:
    group: str
    responses: tuple[ResponseLine, ...]


@dataclass(frozen=True)
class QuestionInput:
    stage: int
    question: str
    groups: tuple[GroupInput, ...]  # in the summary edition: one group, unnamed, the top ideas
    more: int = 0  # ideas of this question the summary edition leaves out

    def ranked(self) -> tuple[ResponseLine, ...]:
        """All of the question's input, most voted first (ties keep the groups' order)."""
        return tuple(
            sorted((line for g in self.groups for line in g.responses), key=lambda line: -line.votes)
        )


@dataclass(frozen=True)
class StageBrief:
    number: int
    name: str
    goal: str


@dataclass(frozen=True)
class Placement:
    """Individual placements per stage 0-3, and the room's consensus (None if not recorded)."""

    distribution: tuple[int, int, int, int]
    consensus: int | None
    note: str


@dataclass(frozen=True)
class ActionRow:
    """One action item as every report prints it. `number` is the item's own stable number (the one
    the app, the workbook and the CSV show), never its place in a sorted list."""

    number: int
    title: str
    description: str
    owner: str
    partners: str
    due: dt.date | None
    priority: str
    status: str
    policy_lever: str
    measure: str
    condition: str
    start: dt.date | None = None
    resources: str = ""
    baseline: str = ""
    target: str = ""
    blocked_reason: str = ""
    progress: str = ""  # the latest progress note
    as_of: dt.date | None = None  # the date of that note
    overdue: bool = False  # past its due date and not done, on the day the report was made


@dataclass(frozen=True)
class ConditionSection:
    key: str
    title: str
    official: bool
    summary: str
    minutes: int
    stages: tuple[StageBrief, ...]
    placement: Placement
    questions: tuple[QuestionInput, ...]
    action_items: tuple[ActionRow, ...]
    language: str = "en"  # of the framework texts shown: "en", "es" or "mixed"
    custom: bool = False  # the workshop's own condition, not the framework's
    themes: tuple[ThemeLine, ...] = ()

    @property
    def next_stage(self) -> StageBrief | None:
        """The stage this condition's actions work toward: the one after where the room placed the
        state (stage 1 when it was not placed; stage 3 stays the aim once reached)."""
        placed = self.placement.consensus
        wanted = 1 if placed is None else min(3, placed + 1)
        return next((b for b in self.stages if b.number == wanted), None)


@dataclass(frozen=True)
class Priority:
    text: str
    votes: int
    attribution: str
    condition: str


@dataclass(frozen=True)
class RosterEntry:
    name: str
    role: str
    organization: str
    group: str


@dataclass(frozen=True)
class ActionPlanData:
    """Everything the action-plan PDF prints, already filtered for privacy."""

    lang: str
    anonymous: bool
    title: str
    date: dt.date | None
    location: str
    state: str
    district: str
    facilitator: str
    framework_title: str
    framework_notice: str
    participation: tuple[tuple[str, int], ...]
    conditions: tuple[ConditionSection, ...]
    priorities: tuple[Priority, ...]
    status_counts: tuple[tuple[str, int], ...]
    action_items: tuple[ActionRow, ...]
    by_owner: tuple[tuple[str, tuple[ActionRow, ...]], ...]
    by_lever: tuple[tuple[str, tuple[ActionRow, ...]], ...]
    roster: tuple[RosterEntry, ...]
    unnamed: int
    generated_on: dt.date
    translation_notice: str = ""  # set when any framework text is printed in translation
    parked: tuple[ParkedLine, ...] = ()  # the parking lot
    agenda: tuple[AgendaLine, ...] = ()  # the whole day, conditions and the rest, with clock times
    full: bool = True  # every input; else the `top_ideas` most-voted ideas per question
    top_ideas: int = DEFAULT_TOP_IDEAS
    paper: str = "letter"

    @property
    def participants(self) -> int:
        return sum(n for _, n in self.participation)


def plan_groups(
    data: ActionPlanData,
) -> tuple[tuple[str, ConditionSection | None, tuple[ActionRow, ...]], ...]:
    """The consolidated plan's groups, as every document prints them: the action items of each agenda
    condition in the agenda's order (its section gives the stage goal they serve), then those of a
    condition no longer on the agenda, then those tied to none (title "", to be named by the caller).
    Within a group the items keep the plan's due-date order."""
    by_title: dict[str, list[ActionRow]] = {}
    for row in data.action_items:
        by_title.setdefault(row.condition, []).append(row)
    out = [(c.title, c, tuple(by_title.pop(c.title))) for c in data.conditions if c.title in by_title]
    out += [(title, None, tuple(rows)) for title, rows in by_title.items() if title]
    if "" in by_title:
        out.append(("", None, tuple(by_title[""])))
    return tuple(out)


def _redactor(snapshot: WorkshopSnapshot, options: ReportOptions, s: Strings) -> Redactor:
    return attribution.withholding(snapshot, anonymous=options.anonymous, replacement=s["name_withheld"])


def _group_label(pack: FrameworkPack, key: str, lang: str) -> str:
    english = pack.stakeholder_label(key) or key
    return vocabulary_es.term_label("stakeholder_groups", key, english, lang)


def _lever_label(pack: FrameworkPack, key: str, lang: str) -> str:
    english = pack.policy_lever_label(key) or key
    return vocabulary_es.term_label("policy_levers", key, english, lang)


def _participation(snapshot: WorkshopSnapshot, pack: FrameworkPack, lang: str) -> tuple[tuple[str, int], ...]:
    counts = Counter(p.stakeholder_group for p in snapshot.participants)
    order = [t.key for t in pack.stakeholder_groups]
    keys = sorted(counts, key=lambda k: (order.index(k) if k in order else len(order), k))
    return tuple((_group_label(pack, k, lang), counts[k]) for k in keys)


def _action_row(
    item: ActionItemView, pack: FrameworkPack, redact: Redactor, local: Localizer, today: dt.date
) -> ActionRow:
    lang = local.lang
    note = item.latest_note
    return ActionRow(
        number=item.number,
        title=redact(item.title),
        description=redact(item.description),
        owner=redact(item.owner).strip(),
        partners=redact(item.partners),
        due=item.due,
        priority=vocabulary_es.priority_label(item.priority, lang),
        status=vocabulary_es.status_label(item.status, lang),
        policy_lever=_lever_label(pack, item.policy_lever, lang) if item.policy_lever else "",
        measure=redact(item.measure_of_success),
        condition=local.title(item.condition) if item.condition else "",
        start=item.start,
        resources=redact(item.resources),
        baseline=redact(item.baseline),
        target=redact(item.target),
        blocked_reason=redact(item.blocked_reason),
        progress=redact(note.text) if note else "",
        as_of=note.as_of if note else None,
        overdue=item.overdue(today),
    )


def _placement(snapshot: WorkshopSnapshot, key: str, redact: Redactor) -> Placement:
    counts = [0, 0, 0, 0]
    consensus, note = None, ""
    for a in snapshot.assessments:
        if a.condition != key:
            continue
        if a.is_consensus:
            consensus, note = a.stage, redact(a.note)
        elif 0 <= a.stage <= 3:
            counts[a.stage] += 1
    return Placement(tuple(counts), consensus, note)  # type: ignore[arg-type]


def _questions(
    condition: Condition,
    responses: list[ResponseView],
    snapshot: WorkshopSnapshot,
    pack: FrameworkPack,
    options: ReportOptions,
    redact: Redactor,
    s: Strings,
    local: Localizer,
) -> tuple[QuestionInput, ...]:
    group_order = [t.key for t in pack.stakeholder_groups]
    by_question: dict[str, list[ResponseView]] = {}
    for r in responses:
        by_question.setdefault(r.question, []).append(r)
    known = list(condition.question_keys())
    ordered = known + sorted(k for k in by_question if k not in known)
    out = []
    for key in ordered:
        said = by_question.get(key)
        if not said:
            continue
        groups: dict[str | None, list[ResponseView]] = {}
        for r in said:
            groups.setdefault(attribution.response_group(snapshot, r), []).append(r)
        rank = lambda g: (g is None, group_order.index(g) if g in group_order else len(group_order), g or "")  # noqa: E731
        question = condition.question(key)
        if not options.full:
            top = sorted(said, key=lambda r: -r.votes)[: options.top_ideas]  # stable: ties keep their order
            out.append(
                QuestionInput(
                    stage=said[0].stage,
                    question=question.text if question else key,
                    groups=(
                        GroupInput(
                            group="",
                            responses=tuple(
                                ResponseLine(
                                    text=redact(r.text),
                                    votes=r.votes,
                                    attribution=local.attribution(
                                        r, anonymous=options.anonymous, anonymous_label=s["anonymous"]
                                    ),
                                )
                                for r in top
                            ),
                        ),
                    ),
                    more=len(said) - len(top),
                )
            )
            continue
        out.append(
            QuestionInput(
                stage=said[0].stage,
                question=question.text if question else key,
                groups=tuple(
                    GroupInput(
                        group=_group_label(pack, g, s.lang) if g else s["unattributed"],
                        responses=tuple(
                            ResponseLine(
                                text=redact(r.text),
                                votes=r.votes,
                                attribution=local.attribution(
                                    r, anonymous=options.anonymous, anonymous_label=s["anonymous"]
                                ),
                            )
                            for r in sorted(groups[g], key=lambda r: -r.votes)
                        ),
                    )
                    for g in sorted(groups, key=rank)
                ),
            )
        )
    return tuple(out)


def _grouped(rows: tuple[ActionRow, ...], key, order: list[str], missing: str):
    groups: dict[str, list[ActionRow]] = {}
    for row in rows:
        groups.setdefault(key(row) or missing, []).append(row)

    def rank(name: str):
        return (name == missing, order.index(name) if name in order else len(order), name.casefold())

    return tuple((name, tuple(groups[name])) for name in sorted(groups, key=rank))


def build_action_plan(
    snapshot: WorkshopSnapshot,
    pack: FrameworkPack,
    options: ReportOptions = ReportOptions(),
    *,
    today: dt.date | None = None,
) -> ActionPlanData:
    """Assemble the report's data; nothing here knows about ReportLab."""
    if not 1 <= options.top_ideas <= MAX_TOP_IDEAS:
        raise ValueError(
            f"The ideas per question must be between 1 and {MAX_TOP_IDEAS}, not {options.top_ideas}."
        )
    s = strings(options.lang)
    redact = _redactor(snapshot, options, s)
    local = Localizer(snapshot, pack, s.lang)
    w = snapshot.workshop
    today = today or dt.date.today()
    visible = [r for r in snapshot.responses if not r.hidden]
    items = sorted(snapshot.action_items, key=lambda a: (a.due is None, a.due or dt.date.min, a.number))
    rows = tuple(_action_row(a, pack, redact, local, today) for a in items)
    minutes = {a.condition: a.minutes for a in snapshot.agenda}
    sections = []
    for original in snapshot.agenda_conditions():
        shown = local.condition(original)
        condition = shown.condition
        sections.append(
            ConditionSection(
                key=condition.key,
                title=condition.title,
                official=condition.official,
                summary=condition.summary,
                minutes=minutes.get(condition.key, 0),
                stages=tuple(StageBrief(st.number, s.stage(st.number), st.goal) for st in condition.stages),
                placement=_placement(snapshot, condition.key, redact),
                questions=_questions(
                    condition,
                    [r for r in visible if r.condition == condition.key],
                    snapshot,
                    pack,
                    options,
                    redact,
                    s,
                    local,
                ),
                action_items=tuple(r for r, a in zip(rows, items) if a.condition == condition.key),
                language=shown.language,
                custom=condition.custom,
                themes=theme_lines(snapshot, condition.key, redact),
            )
        )
    top = sorted((r for r in visible if r.votes > 0), key=lambda r: -r.votes)[:TOP_PRIORITIES]
    statuses = Counter(a.status for a in items)
    roster = attribution.printable_participants(snapshot, anonymous=options.anonymous)
    lever_order = [_lever_label(pack, t.key, s.lang) for t in pack.policy_levers]
    return ActionPlanData(
        lang=s.lang,
        anonymous=options.anonymous,
        title=w.title,
        date=w.date,
        location=redact(w.location),
        state=w.state,
        district=w.district,
        facilitator="" if options.anonymous else w.facilitator,
        framework_title=s.framework_title(pack.id, pack.title),
        framework_notice=local.framework_notice(s),
        participation=_participation(snapshot, pack, s.lang),
        conditions=tuple(sections),
        priorities=tuple(
            Priority(
                redact(r.text),
                r.votes,
                local.attribution(r, anonymous=options.anonymous, anonymous_label=s["anonymous"]),
                local.title(r.condition),
            )
            for r in top
        ),
        status_counts=tuple((vocabulary_es.status_label(k, s.lang), statuses.get(k, 0)) for k in STATUSES),
        action_items=rows,
        by_owner=_grouped(rows, lambda r: r.owner, [], s["no_owner"]),
        by_lever=_grouped(rows, lambda r: r.policy_lever, lever_order, s["no_lever"]),
        roster=tuple(
            RosterEntry(p.name, p.role, p.organization, _group_label(pack, p.stakeholder_group, s.lang))
            for p in roster
        ),
        unnamed=0 if options.anonymous else len(snapshot.participants) - len(roster),
        generated_on=today,
        translation_notice=s["translation_notice"] if local.used_translation else "",
        parked=parked_lines(snapshot, local, redact, anonymous=options.anonymous, s=s),
        agenda=agenda_lines(snapshot, local, s),
        full=options.full,
        top_ideas=options.top_ideas,
        paper=check_paper(options.paper or default_paper()),
    )
