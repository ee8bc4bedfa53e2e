"""Who said it, as a report may print it: the one rule every report and export follows.

A person is named only if they allowed it (`named_in_report`), were not forgotten, and the report is
not anonymous; otherwise their words are attributed to their stakeholder group, or to nobody.
The names a report may not print are also withheld where someone typed them into free text
(`withholding`), in the PDF and in every export alike.
"""

from __future__ import annotations

import re

from plworkshop.domain.read_models import ParticipantView, ResponseView, WorkshopSnapshot
from plworkshop.framework.model import FrameworkPack

ANONYMOUS = "Anonymous"


def may_name(person: ParticipantView | None, *, anonymous: bool) -> bool:
    return person is not None and not anonymous and person.named_in_report and not person.forgotten


def speaker_name(snapshot: WorkshopSnapshot, response: ResponseView, *, anonymous: bool) -> str | None:
    """The person's name if it may be printed, else None."""
    person = snapshot.participant(response.participant_id)
    return person.name if may_name(person, anonymous=anonymous) else None


def response_group(snapshot: WorkshopSnapshot, response: ResponseView) -> str | None:
    """The stakeholder group key the words are attributed to (the person's group if none was set)."""
    if response.stakeholder_group:
        return response.stakeholder_group
    person = snapshot.participant(response.participant_id)
    return person.stakeholder_group if person else None


def attribution_label(
    snapshot: WorkshopSnapshot, response: ResponseView, pack: FrameworkPack, *, anonymous: bool
) -> str:
    """'Ana Ruiz (Families)', 'Families', or 'Anonymous'."""
    group_key = response_group(snapshot, response)
    group = pack.stakeholder_label(group_key) if group_key else ""
    name = speaker_name(snapshot, response, anonymous=anonymous)
    if name and group:
        return f"{name} ({group})"
    return name or group or ANONYMOUS


def printable_participants(snapshot: WorkshopSnapshot, *, anonymous: bool) -> tuple[ParticipantView, ...]:
    """The roster entries whose names a report may print."""
    return tuple(p for p in snapshot.participants if may_name(p, anonymous=anonymous))


class Redactor:
    """Replaces the names a report may not print wherever they were typed into free text."""

    def __init__(self, names: list[str], replacement: str) -> None:
        names = sorted({n.strip() for n in names if len(n.strip()) >= 3}, key=len, reverse=True)
        self._pattern = (
            re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)", re.IGNORECASE)
            if names
            else None
        )
        self._replacement = replacement

    def __call__(self, text: str) -> str:
        if self._pattern is None or not text:
            return text
        return self._pattern.sub(self._replacement, text)


def withholding(snapshot: WorkshopSnapshot, *, anonymous: bool, replacement: str) -> Redactor:
    """The redactor for one report: everyone who may not be named, and the facilitator when anonymous."""
    hidden = [p.name for p in snapshot.participants if not may_name(p, anonymous=anonymous)]
    if anonymous and snapshot.workshop.facilitator:
        hidden.append(snapshot.workshop.facilitator)
    return Redactor(hidden, replacement)
