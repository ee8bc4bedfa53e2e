"""Frozen read models of the facilitation moves beyond recording: themes, the parking lot and the
agenda's non-condition items (welcome, break, lunch, report-out), plus per-question time boxes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class ThemeView:
    """Ideas of one condition grouped under a name; `votes` are dot votes placed on the theme itself."""

    id: str
    workshop_id: str
    condition: str
    name: str
    votes: int
    position: int
    response_ids: tuple[str, ...]
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True)
class ParkedIdeaView:
    """An idea kept aside because it belongs to no question; where it came from, if anywhere."""

    id: str
    workshop_id: str
    text: str
    participant_id: str | None
    stakeholder_group: str | None
    condition: str | None
    stage: int | None
    question: str | None
    hidden: bool
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True)
class AgendaSessionView:
    """An agenda item that is not a condition. `position` shares the numbering of the conditions."""

    id: str
    workshop_id: str
    kind: str
    title: str
    position: int
    minutes: int
    starts_at: str | None
    updated_at: dt.datetime


@dataclass(frozen=True)
class QuestionTimeBox:
    condition: str
    question: str
    minutes: int
