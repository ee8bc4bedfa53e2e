"""One-pass checks for the bulk of a bundle (placements and responses), for records like ones already seen.

Each function returns the record's row when every field is certainly acceptable, or None: the
caller then runs the full, field-naming checks of `validation`, which either refuse with the right
sentence or accept. They may say None where the full checks would accept (a condition or question
not met before, a time given as anything but text); they never accept what the full checks refuse:
a condition, question and stage are accepted only in a combination the full checks accepted earlier
in the same bundle (`Memo`), a participant only if the bundle has them, an id only if it is a UUID
not seen before, and text, numbers and flags by the same tests as `fields.Record`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from plworkshop.domain.vocabulary import MAX_TEXT
from plworkshop.services.bundles.fields import _FORBIDDEN, _UUID, MISSING

MAX_VOTES = 1_000_000
_UTC = dt.UTC


@dataclass
class Memo:
    """What the full checks accepted earlier in this list, and the times already parsed."""

    questions: dict[tuple[str, str], int] = field(default_factory=dict)  # (condition, question) → stage
    conditions: set[str] = field(default_factory=set)
    times: dict[str, dt.datetime] = field(default_factory=dict)

    def time(self, value: object) -> dt.datetime | None:
        """An ISO time with an offset, in UTC; None for anything else (the full checks decide)."""
        if type(value) is not str:
            return None
        parsed = self.times.get(value)
        if parsed is None:
            try:
                parsed = dt.datetime.fromisoformat(value)
            except ValueError:
                return None
            if parsed.tzinfo is None:
                return None
            try:
                parsed = parsed.astimezone(_UTC)
            except OverflowError:  # outside the calendar in UTC: the full checks name the field
                return None
            self.times[value] = parsed
        return parsed


def _note(value: object) -> bool:
    return type(value) is str and len(value) <= MAX_TEXT and _FORBIDDEN.search(value) is None


def fast_assessment(
    item: object, wid: str, ids: set[str], people: set[str], placed: set[tuple[str, str | None]], memo: Memo
) -> dict | None:
    """A placement's row, or None to let the full checks decide."""
    if type(item) is not dict:
        return None
    get = item.get
    aid, key, stage, person = get("id"), get("condition"), get("stage"), get("participant")
    if not (type(aid) is str and type(key) is str and type(stage) is int and 0 <= stage <= 3):
        return None
    if aid in ids or key not in memo.conditions or _UUID.match(aid) is None:
        return None
    if person is not None and (type(person) is not str or person not in people):
        return None
    if (key, person) in placed:
        return None
    note = get("note", "")
    if not _note(note):
        return None
    updated = memo.time(get("updated_at"))
    if updated is None:
        return None
    ids.add(aid)
    placed.add((key, person))
    return dict(
        id=aid,
        workshop_id=wid,
        condition=key,
        participant_id=person,
        stage=stage,
        note=note,
        updated_at=updated,
    )


def fast_response(
    item: object, wid: str, ids: set[str], people: set[str], groups: frozenset[str], memo: Memo
) -> dict | None:
    """A response's row, or None to let the full checks decide."""
    if type(item) is not dict:
        return None
    get = item.get
    rid, key, question, stage, text = (
        get("id"),
        get("condition"),
        get("question"),
        get("stage"),
        get("text"),
    )
    if not (
        type(rid) is str
        and type(key) is str
        and type(question) is str
        and type(stage) is int
        and type(text) is str
    ):
        return None
    if rid in ids or memo.questions.get((key, question)) != stage or _UUID.match(rid) is None:
        return None
    if not text or text.isspace() or len(text) > MAX_TEXT or _FORBIDDEN.search(text) is not None:
        return None
    person = get("participant")
    if person is not None and (type(person) is not str or person not in people):
        return None
    group = get("stakeholder_group")
    if group is not None and (type(group) is not str or group not in groups):
        return None
    votes, hidden = get("votes", 0), get("hidden", False)
    if type(votes) is not int or not 0 <= votes <= MAX_VOTES or type(hidden) is not bool:
        return None
    updated = memo.time(get("updated_at"))
    if updated is None:
        return None
    created = get("created_at", MISSING)
    created = updated if created is MISSING else memo.time(created)
    if created is None:
        return None
    ids.add(rid)
    return dict(
        id=rid,
        workshop_id=wid,
        condition=key,
        stage=stage,
        question=question,
        participant_id=person,
        stakeholder_group=group,
        text=text,
        votes=votes,
        hidden=hidden,
        created_at=created,
        updated_at=updated,
    )
