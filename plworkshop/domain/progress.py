"""Progress notes of an action item: checking them and their stored JSON form (a list of dated notes)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable

from plworkshop.domain.errors import InvalidValue
from plworkshop.domain.read_models import ProgressNote
from plworkshop.domain.text_rules import check_text
from plworkshop.domain.values import check_date

MAX_NOTES = 1_000


def check_note(as_of: object, text: object) -> ProgressNote:
    """One note: a real date and a non-empty text within the app's text rules."""
    day = check_date("as_of", as_of, label="“as of” date")
    if day is None:
        raise InvalidValue("as_of", "A progress note needs its “as of” date.")
    body = check_text("progress", text, label="progress note").strip()
    if not body:
        raise InvalidValue("progress", "A progress note cannot be empty.")
    return ProgressNote(day, body)


def check_notes(value: object) -> tuple[ProgressNote, ...]:
    """A list of notes (ProgressNote or {"as_of", "text"} dicts), in the order they were added."""
    if value is None:
        return ()
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise InvalidValue("progress", "Progress notes must be a list of dated notes.")
    notes = []
    for note in value:
        if isinstance(note, ProgressNote):
            notes.append(check_note(note.as_of, note.text))
        elif isinstance(note, dict):
            notes.append(check_note(note.get("as_of"), note.get("text")))
        else:
            raise InvalidValue("progress", "Progress notes must be a list of dated notes.")
    if len(notes) > MAX_NOTES:
        raise InvalidValue("progress", f"An action item keeps at most {MAX_NOTES} progress notes.")
    return tuple(notes)


def notes_to_json(notes: Iterable[ProgressNote]) -> str:
    return json.dumps([{"as_of": n.as_of.isoformat(), "text": n.text} for n in notes], ensure_ascii=False)


def notes_from_json(text: str | None) -> tuple[ProgressNote, ...]:
    """The stored notes; a damaged value reads as no notes rather than stopping the app."""
    try:
        data = json.loads(text or "[]")
        return tuple(ProgressNote(dt.date.fromisoformat(n["as_of"]), str(n["text"])) for n in data)
    except (ValueError, TypeError, KeyError):
        return ()
