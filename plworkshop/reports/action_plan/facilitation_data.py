"""The report's data for themes (per condition), the parking lot and the day's agenda, built from a
snapshot under the same naming rules as the rest of the action plan (`attribution`, the redactor)."""

from __future__ import annotations

from dataclasses import dataclass

from plworkshop.domain.day_plan import CONDITION, plan_items
from plworkshop.domain.read_models import WorkshopSnapshot
from plworkshop.reports.action_plan.strings import Strings


@dataclass(frozen=True)
class ThemeLine:
    """A theme as printed: its name, its own dot votes, and the words of its (visible) ideas."""

    name: str
    votes: int
    ideas: tuple[str, ...]


@dataclass(frozen=True)
class ParkedLine:
    text: str
    attribution: str
    where: str  # the condition (and question) the room was on, or ""


@dataclass(frozen=True)
class AgendaLine:
    start: str  # "09:30", or "" when the day has no start time
    end: str
    title: str
    kind: str  # the printed kind: "Condition", "Break"…
    minutes: int
    is_condition: bool


def theme_lines(snapshot: WorkshopSnapshot, condition: str, redact) -> tuple[ThemeLine, ...]:
    """The condition's themes, most voted first (then in the order they were made)."""
    texts = {r.id: r.text for r in snapshot.responses if not r.hidden}
    themes = [t for t in snapshot.themes if t.condition == condition]
    themes.sort(key=lambda t: (-t.votes, t.position, t.created_at))
    return tuple(
        ThemeLine(redact(t.name), t.votes, tuple(redact(texts[i]) for i in t.response_ids if i in texts))
        for t in themes
    )


def parked_lines(
    snapshot: WorkshopSnapshot, local, redact, *, anonymous: bool, s: Strings
) -> tuple[ParkedLine, ...]:
    out = []
    for p in snapshot.parked:
        if p.hidden:
            continue
        where = ""
        if p.condition:
            where = local.title(p.condition)
            condition = snapshot.conditions.get(p.condition)
            question = condition.question(p.question) if condition and p.question else None
            if question is not None:
                where = f"{where} — {question.text}"
        out.append(
            ParkedLine(
                redact(p.text),
                local.attribution(p, anonymous=anonymous, anonymous_label=s["anonymous"]),
                where,
            )
        )
    return tuple(out)


def agenda_lines(snapshot: WorkshopSnapshot, local, s: Strings) -> tuple[AgendaLine, ...]:
    """The whole day in order; session titles the facilitator typed are printed as typed."""
    titles = {a.condition: local.title(a.condition) for a in snapshot.agenda}
    items = plan_items(snapshot.workshop.day_starts_at, snapshot.agenda, snapshot.agenda_sessions, titles)
    out = []
    for item in items:
        kind = s["condition_item"] if item.kind == CONDITION else s[f"kind_{item.kind}"]
        own_title = next((x.title for x in snapshot.agenda_sessions if x.id == item.key), "")
        title = item.title if item.kind == CONDITION else (own_title or kind)
        out.append(
            AgendaLine(item.start or "", item.end or "", title, kind, item.minutes, item.kind == CONDITION)
        )
    return tuple(out)
