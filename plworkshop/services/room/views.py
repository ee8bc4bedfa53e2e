"""Plain frozen views of the room's records, for the server, the GUI adapter and the tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Position:
    """Where the facilitator is: the condition, stage and question the room's devices follow."""

    condition: str | None
    stage: int | None
    question: str | None


@dataclass(frozen=True)
class RoomSessionView:
    id: str
    workshop_id: str
    code: str
    host: str
    port: int
    position: Position
    input_open: bool
    voting_open: bool
    counts_hidden: bool
    hold_for_approval: bool
    created_at: dt.datetime
    ended_at: dt.datetime | None

    @property
    def ended(self) -> bool:
        return self.ended_at is not None


@dataclass(frozen=True)
class DeviceView:
    """A device that joined; `display` is what the room sees (a declined name is never here)."""

    id: str
    session_id: str
    participant_id: str | None
    stakeholder_group: str | None
    display: str


@dataclass(frozen=True)
class OwnInput:
    id: str
    text: str
    withdrawn: bool
    held: bool
    editable: bool
    question: str


@dataclass(frozen=True)
class Idea:
    """A response of the current question as the room sees it: text, never a name."""

    id: str
    text: str
    votes: int | None  # None while counts are hidden
    mine: int


@dataclass(frozen=True)
class DeviceState:
    """Everything one device's page shows (only its own input and placements, no one else's name)."""

    session: RoomSessionView
    condition_title: str
    question_text: str
    stage_name: str
    budget: int | None
    budget_left: int | None
    own: tuple[OwnInput, ...]
    ideas: tuple[Idea, ...]
    placement_stage: int | None
    placement_note: str


@dataclass(frozen=True)
class JoinOptions:
    people: tuple[tuple[str, str], ...]  # (participant id, name), named people only
    groups: tuple[tuple[str, str], ...]  # (key, label)


@dataclass(frozen=True)
class RoomInputMark:
    """For the facilitator's list: which responses came from the room, and which wait for approval."""

    response_id: str
    held: bool
    device_display: str
