"""Bringing an edited action-plan workbook back: what would change, item by item, and applying it.

The workbook must be one plworkshop exported (`reports.exports.plan_workbook`). A cell counts as
edited only when it differs from what the export prints for the item today, so names withheld in the
export, labels and untouched cells never overwrite what the database holds. Rows without an item number
become new items with the next numbers; items missing from the sheet are kept (an import never
deletes). Every problem is collected and reported, one sentence each, and then nothing is written;
otherwise all changes are applied in one transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from plworkshop.domain import vocabulary_es
from plworkshop.domain.errors import InvalidValue
from plworkshop.domain.read_models import ActionItemView, WorkshopSnapshot
from plworkshop.domain.vocabulary import PRIORITIES, STATUSES
from plworkshop.framework.loader import load_default_pack
from plworkshop.reports.exports.facts import Facts
from plworkshop.reports.exports.labels import LANGUAGES, Labels
from plworkshop.reports.exports.plan_workbook import (
    PlanWorkbook,
    PlanWorkbookRefused,
    SheetRow,
    cell_date,
    read_plan_workbook,
)
from plworkshop.reports.exports.tables import action_item_values
from plworkshop.roundtrip.plan_import_words import ImportWords
from plworkshop.services import action_items as service
from plworkshop.services.workshops import snapshot as workshop_snapshot
from plworkshop.storage import models as m
from plworkshop.storage.types import utcnow
from plworkshop.storage.unit_of_work import UnitOfWork

TEXT_FIELDS = (
    "title",
    "description",
    "owner",
    "partners",
    "blocked_reason",
    "resources",
    "measure",
    "baseline",
    "target",
)
SERVICE_NAME = {"measure": "measure_of_success"}
PlanImportRefused = PlanWorkbookRefused


@dataclass(frozen=True)
class ItemChange:
    """One item the import adds or changes: (label, before, after) per field."""

    row: int
    number: int | None  # None: a new item (its number is given when applied)
    item_id: str | None
    title: str
    values: dict  # service field → new value
    fields: tuple[tuple[str, str, str], ...]
    note: tuple[dt.date, str] | None = None
    updated_at: dt.datetime | None = None

    def line(self, words: Labels) -> str:
        parts = [f"{label}: “{_short(before)}” → “{_short(after)}”" for label, before, after in self.fields]
        if self.note:
            parts.append(f"{words('col.progress')} ({self.note[0].isoformat()}): “{_short(self.note[1])}”")
        what = "; ".join(parts) if parts else "no other fields"
        if self.number is None:
            return f"new item (row {self.row}) “{_short(self.title)}”: {what}"
        return f"item {self.number} “{_short(self.title)}”: {what}"


@dataclass(frozen=True)
class PlanImport:
    """What importing the workbook would do (or did, once `applied`)."""

    path: Path
    workshop_id: str
    workshop_title: str
    lang: str
    changes: tuple[ItemChange, ...]
    unchanged: int
    warnings: tuple[str, ...] = ()
    applied: bool = False
    new_numbers: tuple[int, ...] = field(default=())

    def lines(self) -> list[str]:
        words = Labels(self.lang)
        verb = "changed" if self.applied else "would change"
        n = len(self.changes)
        plural = "s" if n != 1 else ""
        head = f"“{self.workshop_title}”: {n} action item{plural} {verb}, {self.unchanged} unchanged."
        numbers = iter(self.new_numbers)
        out = [head]
        for change in self.changes:
            line = change.line(words)
            if self.applied and change.number is None:
                line = line.replace(f"new item (row {change.row})", f"new item {next(numbers, '?')}", 1)
            out.append("  " + line)
        return out + [f"  note: {w}" for w in self.warnings]


def _short(value: object, limit: int = 60) -> str:
    text = " ".join(str(value or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    return str(value).replace("\r\n", "\n").replace("\r", "\n")


class _Reader:
    """Check the rows against one workshop; collects problems instead of stopping at the first."""

    def __init__(
        self, book: PlanWorkbook, snap: WorkshopSnapshot, other_items: dict[str, str], say: ImportWords
    ) -> None:
        self.book, self.snap, self.problems, self.say = book, snap, [], say
        self.pack = load_default_pack()
        self.words = Labels(book.lang)
        self.facts = Facts(snap, self.pack, self.words, book.anonymous)
        self.by_id = {a.id: a for a in snap.action_items}
        self.by_number = {a.number: a for a in snap.action_items}
        self.other_items = other_items
        self.choices = {
            "status": self._labels(STATUSES, vocabulary_es.status_label),
            "priority": self._labels(PRIORITIES, vocabulary_es.priority_label),
            "policy_lever": {
                **{t.key.casefold(): t.key for t in self.pack.policy_levers},
                **{
                    Labels(lang).term("policy_levers", t.key, t.label).casefold(): t.key
                    for lang in LANGUAGES
                    for t in self.pack.policy_levers
                },
            },
            "condition": {
                **{k.casefold(): k for k in snap.conditions},
                **{c.title.casefold(): k for k, c in snap.conditions.items()},
            },
        }

    @staticmethod
    def _labels(keys, label) -> dict[str, str]:
        return {**{k: k for k in keys}, **{label(k, lang).casefold(): k for lang in LANGUAGES for k in keys}}

    def problem(self, row: SheetRow, item: ActionItemView | None, sentence: str) -> None:
        if item is None:
            self.problems.append(self.say("row", row=row.number, sentence=sentence))
        else:
            self.problems.append(self.say("row_item", row=row.number, number=item.number, sentence=sentence))

    def item_of(self, row: SheetRow) -> tuple[bool, ActionItemView | None]:
        """(ok, the item this row edits or None for a new one)."""
        item_id = _text(row.cells.get("item_id")).strip()
        raw = row.cells.get("number")
        number = None
        if raw not in (None, "") and not (isinstance(raw, str) and not raw.strip()):
            try:
                number = int(raw) if not isinstance(raw, str) or raw.strip().isdigit() else None
            except (TypeError, ValueError):
                number = None
            if number is None or isinstance(raw, bool):
                self.problem(row, None, self.say("not_whole", raw=_short(raw)))
                return False, None
        if item_id and item_id in self.other_items:
            self.problem(
                row,
                None,
                self.say(
                    "elsewhere",
                    number=number if number is not None else "?",
                    other=self.other_items[item_id],
                    this=self.snap.workshop.title,
                ),
            )
            return False, None
        if item_id in self.by_id:
            item = self.by_id[item_id]
            if number is not None and number != item.number:
                self.problem(row, item, self.say("renumbered", number=number))
                return False, None
            return True, item
        if number is None:
            return True, None
        if number not in self.by_number:
            self.problem(row, None, self.say("no_item", title=self.snap.workshop.title, number=number))
            return False, None
        return True, self.by_number[number]

    def choice(self, row, item, name: str, value: object) -> tuple[bool, object]:
        text = _text(value).strip()
        if not text:
            if name in ("status", "priority"):
                self.problem(row, item, self.say("empty." + name))
                return False, None
            return True, None
        key = self.choices[name].get(text.casefold())
        if key is None:
            if name in ("status", "priority"):
                label = vocabulary_es.status_label if name == "status" else vocabulary_es.priority_label
                keys = STATUSES if name == "status" else PRIORITIES
                allowed = ", ".join(label(k, self.book.lang) for k in keys)
                self.problem(row, item, self.say("choice." + name, text=_short(text), allowed=allowed))
            else:
                self.problem(row, item, self.say("choice." + name, text=_short(text)))
            return False, None
        return True, key

    def date(self, row, item, name: str, value: object) -> tuple[bool, dt.date | None]:
        parsed = cell_date(value)
        if isinstance(parsed, str):
            self.problem(row, item, self.say("date." + name, text=_short(parsed)))
            return False, None
        return True, parsed

    def values(self, row: SheetRow, item: ActionItemView | None) -> tuple[dict, list, tuple | None] | None:
        """(service values that differ, (label, before, after) lines, new progress note) or None."""
        shown = action_item_values(self.facts, item, dt.date.today()) if item else {}
        ok, values, lines = True, {}, []
        cells = row.cells
        for name in (*TEXT_FIELDS, "condition", "start", "due", "priority", "status", "policy_lever"):
            if name not in cells:
                continue
            cell = cells[name]
            before = shown.get(name)
            if item is not None and _same(cell, before):
                continue
            if name in ("start", "due"):
                good, new = self.date(row, item, name, cell)
            elif name in ("condition", "priority", "status", "policy_lever"):
                good, new = self.choice(row, item, name, cell)
            else:
                good, new = True, _text(cell)
            ok &= good
            if good:
                service_name = SERVICE_NAME.get(name, name)
                if item is not None and new == getattr(item, service_name):
                    continue
                values[service_name] = new
                lines.append((self.words("col." + name), _text(before), _text(cell)))
        note = None
        if "progress" in cells and _text(cells["progress"]).strip():
            good, day = self.date(row, item, "as_of", cells.get("as_of"))
            ok &= good
            text = _text(cells["progress"]).strip()
            if good and not (
                item
                and _same(cells["progress"], shown.get("progress"))
                and (day is None or day == shown.get("as_of"))
            ):
                note = (day or dt.date.today(), text)
        if item is None and not _text(cells.get("title")).strip():
            self.problem(row, None, self.say("no_title"))
            return None
        return (values, lines, note) if ok else None


def _same(cell: object, shown: object) -> bool:
    if isinstance(shown, dt.date) and not isinstance(shown, dt.datetime):
        parsed = cell_date(cell)
        return parsed == shown
    return _text(cell).strip() == _text(shown).strip()


def _other_items(uow: UnitOfWork, workshop_id: str, ids: list[str]) -> dict[str, str]:
    if not ids:
        return {}
    rows = uow.s.execute(
        select(m.ActionItem.id, m.Workshop.title)
        .join(m.Workshop, m.Workshop.id == m.ActionItem.workshop_id)
        .where(m.ActionItem.id.in_(ids), m.ActionItem.workshop_id != workshop_id)
    )
    return {item_id: title for item_id, title in rows}


def preview_plan_import(uow: UnitOfWork, path: Path, *, lang: str = "en") -> PlanImport:
    """What importing `path` would change; PlanImportRefused (one sentence per problem, in `lang`
    where this module words it) otherwise."""
    path = Path(path)
    say = ImportWords(lang)
    book = read_plan_workbook(path, lang=lang)
    with uow:
        exists = uow.s.get(m.Workshop, book.workshop_id) if book.workshop_id else None
        if exists is None or exists.deleted_at is not None:
            key = "in_trash" if exists is not None else "not_here"
            raise PlanImportRefused([say(key, name=path.name, title=book.workshop_title)])
        ids = [_text(r.cells.get("item_id")).strip() for r in book.rows if r.cells.get("item_id")]
        others = _other_items(uow, book.workshop_id, ids)
    snap = workshop_snapshot(uow, book.workshop_id)
    reader = _Reader(book, snap, others, say)
    changes, seen, unchanged = [], {}, 0
    for row in book.rows:
        ok, item = reader.item_of(row)
        if not ok:
            continue
        if item is not None:
            if item.id in seen:
                reader.problem(row, item, say("twice", row=seen[item.id], number=item.number))
                continue
            seen[item.id] = row.number
        found = reader.values(row, item)
        if found is None:
            continue
        values, lines, note = found
        if item is not None and not values and note is None:
            unchanged += 1
            continue
        title = values.get("title") or (item.title if item else "")
        try:
            _check(values, item)
        except InvalidValue as exc:
            reader.problem(row, item, _sentence(exc))
            continue
        changes.append(
            ItemChange(
                row.number,
                item.number if item else None,
                item.id if item else None,
                title,
                values,
                tuple(lines),
                note,
                item.updated_at if item else None,
            )
        )
    if reader.problems:
        raise PlanImportRefused(reader.problems)
    warnings = [
        say("blocked", number=c.number) if c.number else say("blocked_new", row=c.row)
        for c in changes
        if c.values.get("status") == "blocked"
        and not (c.values.get("blocked_reason") or _current_reason(snap, c.item_id))
    ]
    if book.ignored_headers:
        warnings.append(say("ignored", names=", ".join(f"“{_short(h, 30)}”" for h in book.ignored_headers)))
    return PlanImport(
        path, book.workshop_id, snap.workshop.title, book.lang, tuple(changes), unchanged, tuple(warnings)
    )


def _current_reason(snap: WorkshopSnapshot, item_id: str | None) -> str:
    return next((a.blocked_reason for a in snap.action_items if a.id == item_id), "")


def _sentence(exc: InvalidValue) -> str:
    text = str(exc)
    return text[:1].lower() + text[1:]


def _check(values: dict, item: ActionItemView | None) -> None:
    """The service's own checks, so a refused value is named before anything is written."""
    checked = service.check_values(values)
    start = checked.get("start", item.start if item else None)
    due = checked.get("due", item.due if item else None)
    service.check_dates_in_order(start, due)


def apply_plan_import(uow: UnitOfWork, plan: PlanImport, *, lang: str = "en") -> PlanImport:
    """Apply a preview in one transaction. Refused (nothing written, the reason in `lang`) if an item
    changed meanwhile."""
    numbers = []
    with uow:
        rows = {
            r.id: r
            for r in uow.s.scalars(select(m.ActionItem).where(m.ActionItem.workshop_id == plan.workshop_id))
        }
        stale = [
            c
            for c in plan.changes
            if c.item_id and (c.item_id not in rows or rows[c.item_id].updated_at != c.updated_at)
        ]
        if stale:
            say = ImportWords(lang)
            raise PlanImportRefused([say("stale", number=c.number) for c in stale])
        now = utcnow()
        for change in plan.changes:
            values = service.check_values(dict(change.values))
            if change.item_id:
                row = rows[change.item_id]
            else:
                row = service.new_row(uow, plan.workshop_id, now)
                numbers.append(row.number)
            if change.note:
                notes = service.stored_notes(row) + (service.check_note(*change.note),)
                values["progress"] = notes
            with uow.s.no_autoflush:
                service.apply_values(uow, row, plan.workshop_id, values)
            row.updated_at = now
            if not change.item_id:
                uow.s.add(row)
        uow.commit()
    return PlanImport(
        plan.path,
        plan.workshop_id,
        plan.workshop_title,
        plan.lang,
        plan.changes,
        plan.unchanged,
        plan.warnings,
        applied=True,
        new_numbers=tuple(numbers),
    )


def import_plan_workbook(uow_factory, path: Path, *, dry_run: bool = False) -> PlanImport:
    """Preview, then (unless `dry_run`) apply: what `plworkshop import plan.xlsx` runs."""
    plan = preview_plan_import(uow_factory(), path)
    if dry_run or not plan.changes:
        return plan
    return apply_plan_import(uow_factory(), plan)
