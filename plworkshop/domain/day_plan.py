"""The day's agenda as clock times: kinds of agenda item, reading a typed clock time, and the timetable.

A workshop has a start time; each agenda item (a condition, or a welcome, break, lunch, report-out or
an item of the facilitator's own) lasts its minutes and starts when the one before it ends, unless
it was given an explicit start time (after lunch at 13:00, whatever ran over before it).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from plworkshop.domain.errors import InvalidValue

CONDITION = "condition"
SESSION_KINDS = ("welcome", "break", "lunch", "report_out", "custom")
SESSION_LABELS = {
    "welcome": "Welcome",
    "break": "Break",
    "lunch": "Lunch",
    "report_out": "Report-out",
    "custom": "Agenda item",
}
DEFAULT_SESSION_MINUTES = {"welcome": 15, "break": 15, "lunch": 45, "report_out": 30, "custom": 20}

_CLOCK = re.compile(r"^\s*(\d{1,2})(?:\s*[:.h]\s*(\d{2}))?\s*(a\.?m\.?|p\.?m\.?|h)?\s*$", re.IGNORECASE)


def parse_clock(text: str | None, *, field: str = "start time") -> str | None:
    """A clock time as people type it (9:30, 09.30, 9h30, 2pm, 2:15 p.m., 14:00) as "HH:MM";
    empty text is None; anything else is refused with one sentence."""
    if text is None or not str(text).strip():
        return None
    found = _CLOCK.match(str(text))
    if found is not None:
        hour, minute = int(found.group(1)), int(found.group(2) or 0)
        suffix = (found.group(3) or "").lower().replace(".", "")
        if found.group(2) is None and not suffix:
            found = None  # a bare number is too ambiguous (9? 930?)
        elif suffix in ("am", "pm"):
            if not 1 <= hour <= 12:
                found = None
            else:
                hour = hour % 12 + (12 if suffix == "pm" else 0)
        if found is not None and hour < 24 and minute < 60:
            return f"{hour:02d}:{minute:02d}"
    raise InvalidValue(
        field, f"The {field} “{str(text)[:20]}” is not a clock time; type it as 9:30 or 2:15 pm."
    )


def clock(value: str) -> dt.time:
    """ "HH:MM" (as stored) as a time of day."""
    hour, minute = value.split(":")
    return dt.time(int(hour), int(minute))


def clock_text(minutes: int) -> str:
    """Minutes after midnight as "HH:MM" (a day that runs past midnight wraps round)."""
    minutes %= 24 * 60
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


@dataclass(frozen=True)
class PlannedItem:
    """One line of the timetable. `key` is the condition key, or the agenda session's id."""

    kind: str  # CONDITION or one of SESSION_KINDS
    key: str
    title: str
    minutes: int
    starts_at: str | None  # the explicit start time typed for it, if any
    start: str | None  # the computed clock times ("HH:MM"); None when the day has no start time
    end: str | None

    @property
    def is_condition(self) -> bool:
        return self.kind == CONDITION


def timetable(day_start: str | None, items: list[tuple[str, str, str, int, str | None]]) -> list[PlannedItem]:
    """Clock times for (kind, key, title, minutes, explicit start) items in agenda order."""
    out: list[PlannedItem] = []
    at = _minutes(day_start) if day_start else None
    for kind, key, title, minutes, explicit in items:
        if explicit:
            at = _minutes(explicit)
        start = None if at is None else clock_text(at)
        end = None if at is None else clock_text(at + minutes)
        out.append(PlannedItem(kind, key, title, minutes, explicit, start, end))
        if at is not None:
            at += minutes
    return out


def session_title(kind: str, title: str) -> str:
    """What an item is called: its own title, else the English name of its kind."""
    return title or SESSION_LABELS.get(kind, kind)


def plan_items(day_starts_at: str | None, agenda, sessions, titles: dict[str, str]) -> list[PlannedItem]:
    """The timetable of agenda rows (condition, position, minutes, starts_at) and session rows (id,
    kind, title, position, minutes, starts_at), in position order; `titles` by condition key."""
    rows = [
        (a.position, 0, CONDITION, a.condition, titles.get(a.condition, a.condition), a.minutes, a.starts_at)
        for a in agenda
    ]
    rows += [
        (s.position, 1, s.kind, s.id, session_title(s.kind, s.title), s.minutes, s.starts_at)
        for s in sessions
    ]
    rows.sort(key=lambda r: (r[0], r[1]))
    return timetable(day_starts_at, [r[2:] for r in rows])


def _minutes(value: str) -> int:
    hour, minute = value.split(":")
    return int(hour) * 60 + int(minute)
