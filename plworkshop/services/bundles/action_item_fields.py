"""The action-item fields that bundle format version 2 adds: item number, start date, resources,
baseline, target, blocked reason and dated progress notes (writing, checking, numbering).

A version 1 bundle has none of them: its items read as empty and are numbered 1, 2, 3… in the order
they were made. Within one bundle a number may not repeat. On import into a workshop that already has
items, an item matched by id keeps the number it has here; a new item keeps the bundle's number when
no other item here has it, else it gets the workshop's next number.
"""

from __future__ import annotations

from plworkshop.domain.errors import InvalidValue
from plworkshop.domain.progress import check_note, notes_to_json
from plworkshop.domain.read_models import ActionItemView, WorkshopDetails
from plworkshop.services.bundles.fields import MISSING, Record, refuse, translate

MAX_NUMBER = 1_000_000


def item_document(a: ActionItemView) -> dict:
    """The version 2 fields of one action item, as `workshop.json` holds them."""
    return {
        "number": a.number,
        "start": None if a.start is None else a.start.isoformat(),
        "resources": a.resources,
        "baseline": a.baseline,
        "target": a.target,
        "blocked_reason": a.blocked_reason,
        "progress_notes": [{"as_of": n.as_of.isoformat(), "text": n.text} for n in a.progress],
    }


def workshop_document(w: WorkshopDetails, items: tuple[ActionItemView, ...]) -> dict:
    """The highest item number ever given (deleted items included), so a copy never reuses one."""
    return {"last_action_number": max([w.last_action_number, *(a.number for a in items)])}


def item_fields(rec: Record) -> dict:
    """Check one item's version 2 fields; `number` is None when the bundle gives none."""
    number = rec.get("number", None)
    if number is not None:
        number = rec.integer("number", low=1, high=MAX_NUMBER)
    notes = []
    for n, value in enumerate(rec.items("progress_notes", default=[])):
        note = Record(value, rec.at(f"progress_notes[{n}]"))
        day = note.date("as_of")
        if day is None:
            raise refuse(note.at("as_of"), "is required: a progress note needs its “as of” date")
        try:
            notes.append(check_note(day, note.text("text", required=True, default=MISSING)))
        except InvalidValue as exc:
            raise translate(note.at("text"), exc) from None
    return dict(
        number=number,
        start=rec.date("start"),
        resources=rec.text("resources"),
        baseline=rec.text("baseline"),
        target=rec.text("target"),
        blocked_reason=rec.text("blocked_reason"),
        progress_json=notes_to_json(notes),
    )


def number_items(rows: list[dict], paths: list[str]) -> int:
    """Check numbers do not repeat, give numbers to items that lack one (in the order they were made,
    after the highest given); returns the highest number."""
    seen: dict[int, str] = {}
    for row, path in zip(rows, paths):
        number = row["number"]
        if number is None:
            continue
        if number in seen:
            raise refuse(f"{path}.number", f"repeats the item number {number} of {seen[number]}")
        seen[number] = path
    last = max(seen, default=0)
    unnumbered = [row for row in rows if row["number"] is None]
    unnumbered.sort(key=lambda r: (r["created_at"], r["position"]))
    for number, row in enumerate(unnumbered, start=last + 1):
        row["number"] = number
    return last + len(unnumbered)


def renumber_new(new: list[dict], taken: set[int], counter: int) -> int:
    """Give a new item the next number when its own is taken here; returns the new counter."""
    counter = max([counter, *taken, *(r["number"] for r in new)])
    used = set(taken)
    for row in new:
        if row["number"] in used:
            counter += 1
            row["number"] = counter
        used.add(row["number"])
    return counter


def check_last_number(rec: Record, highest: int) -> int:
    value = rec.get("last_action_number", None)
    if value is None:
        return highest
    return max(highest, rec.integer("last_action_number", low=0, high=MAX_NUMBER))
