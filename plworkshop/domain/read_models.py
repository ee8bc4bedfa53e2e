"""Frozen read models handed to the GUI and the reports: plain data, never live ORM objects."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from plworkshop.domain.grouping_models import AgendaSessionView, ParkedIdeaView, QuestionTimeBox, ThemeView
from plworkshop.framework.model import Condition


@dataclass(frozen=True)
class WorkshopSummary:
    """One line of the home screen or `plworkshop list`."""

    id: str
    title: str
    date: dt.date | None
    location: str
    state: str
    district: str
    facilitator: str
    participants: int
    responses: int
    action_items: int
    updated_at: dt.datetime
    deleted_at: dt.datetime | None = None


@dataclass(frozen=True)
class WorkshopDetails:
    id: str
    title: str
    date: dt.date | None
    location: str
    state: str
    district: str
    facilitator: str
    notes: str
    framework_id: str
    framework_version: str
    votes_per_person: int
    created_at: dt.datetime
    updated_at: dt.datetime
    deleted_at: dt.datetime | None = None
    last_action_number: int = 0
    day_starts_at: str | None = None  # "HH:MM": when the first agenda item begins


@dataclass(frozen=True)
class ParticipantView:
    id: str
    workshop_id: str
    name: str
    role: str
    organization: str
    stakeholder_group: str
    named_in_report: bool
    forgotten: bool
    position: int
    updated_at: dt.datetime


@dataclass(frozen=True)
class AgendaItemView:
    condition: str
    position: int
    minutes: int
    starts_at: str | None = None  # an explicit clock time ("HH:MM"), else it follows the item before


@dataclass(frozen=True)
class AssessmentView:
    id: str
    condition: str
    participant_id: str | None
    stage: int
    note: str
    updated_at: dt.datetime

    @property
    def is_consensus(self) -> bool:
        return self.participant_id is None


@dataclass(frozen=True)
class ResponseView:
    id: str
    workshop_id: str
    condition: str
    stage: int
    question: str
    participant_id: str | None
    stakeholder_group: str | None
    text: str
    votes: int
    hidden: bool
    created_at: dt.datetime
    updated_at: dt.datetime


@dataclass(frozen=True)
class ProgressNote:
    """A dated progress note on an action item: what stood as of that day."""

    as_of: dt.date
    text: str


@dataclass(frozen=True)
class ActionItemView:
    id: str
    workshop_id: str
    condition: str | None
    title: str
    description: str
    owner: str
    partners: str
    due: dt.date | None
    priority: str
    status: str
    policy_lever: str | None
    measure_of_success: str
    response_ids: tuple[str, ...]
    created_at: dt.datetime
    updated_at: dt.datetime
    number: int = 0
    start: dt.date | None = None
    resources: str = ""
    baseline: str = ""
    target: str = ""
    blocked_reason: str = ""
    progress: tuple[ProgressNote, ...] = ()

    @property
    def latest_note(self) -> ProgressNote | None:
        """The progress note with the latest "as of" date (the last added among equal dates)."""
        return max(reversed(self.progress), key=lambda n: n.as_of, default=None) if self.progress else None

    def overdue(self, today: dt.date | None = None) -> bool:
        """Past its due date and not done, as of `today` (default: the computer's today)."""
        return self.due is not None and self.status != "done" and self.due < (today or dt.date.today())

    @property
    def needs_reason(self) -> bool:
        """Blocked, and nobody has said why yet."""
        return self.status == "blocked" and not self.blocked_reason.strip()


@dataclass(frozen=True)
class WorkshopSnapshot:
    """Everything about one workshop, as plain data: what reports, exports and bundles read.

    `conditions` is the framework text the workshop was run with (its own copy), keyed by condition key.
    """

    workshop: WorkshopDetails
    participants: tuple[ParticipantView, ...]
    agenda: tuple[AgendaItemView, ...]
    assessments: tuple[AssessmentView, ...]
    responses: tuple[ResponseView, ...]
    action_items: tuple[ActionItemView, ...]
    conditions: dict[str, Condition] = field(default_factory=dict)
    themes: tuple[ThemeView, ...] = ()
    parked: tuple[ParkedIdeaView, ...] = ()
    agenda_sessions: tuple[AgendaSessionView, ...] = ()
    question_time_boxes: tuple[QuestionTimeBox, ...] = ()

    def participant(self, participant_id: str | None) -> ParticipantView | None:
        if participant_id is None:
            return None
        for person in self.participants:
            if person.id == participant_id:
                return person
        return None

    def agenda_conditions(self) -> tuple[Condition, ...]:
        return tuple(
            self.conditions[item.condition] for item in self.agenda if item.condition in self.conditions
        )
