"""The four export tables (action items, responses, assessments, participants) and the workshop
details, as plain rows of labels, text, numbers and dates, built from a snapshot.

This is the data half of every export; the writers (XLSX, CSV, …) only lay it out. Names follow the
rule of `plworkshop.domain.attribution`: nobody when anonymous, and never a person who declined;
as in the PDF, such names are also withheld where they were typed into free text (`Facts.text`).
Withdrawn input is left out, as in the PDF report.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from plworkshop.domain import attribution
from plworkshop.domain.read_models import ActionItemView, WorkshopSnapshot
from plworkshop.domain.vocabulary import PRIORITIES, STATUSES
from plworkshop.framework.model import FrameworkPack
from plworkshop.reports.exports.facilitation_parts import extra_tables
from plworkshop.reports.exports.facts import Facts, local_time
from plworkshop.reports.exports.labels import Labels

Value = str | int | dt.date | dt.datetime | None


@dataclass(frozen=True)
class Column:
    """One column: a stable key, the printed header, whether it holds long free text, and whether it
    is only for plworkshop reading the file back (hidden in the workbook, left out of the CSV)."""

    key: str
    header: str
    long: bool = False
    hidden: bool = False


@dataclass(frozen=True)
class Table:
    """A named table of rows; each row has one value per column."""

    key: str
    name: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Value, ...], ...]

    def column(self, key: str) -> int:
        return [c.key for c in self.columns].index(key)

    def values(self, key: str) -> list[Value]:
        index = self.column(key)
        return [row[index] for row in self.rows]


@dataclass(frozen=True)
class ExportTables:
    """Everything the spreadsheet-like exports hold."""

    details: Table
    action_items: Table
    responses: Table
    assessments: Table
    participants: Table
    anonymous: bool
    workshop_id: str = ""
    choices: dict[str, tuple[str, ...]] | None = None  # labels a workbook offers in drop-down lists
    extra: tuple[Table, ...] = ()  # themes, parking lot, agenda (`facilitation_parts`)

    def data_tables(self) -> tuple[Table, ...]:
        return (self.action_items, self.responses, self.assessments, self.participants, *self.extra)

    def all(self) -> tuple[Table, ...]:
        return (self.details, *self.data_tables())


def _columns(words: Labels, *spec: str) -> tuple[Column, ...]:
    """Columns from keys; a trailing '*' marks long free text, a leading '.' a hidden column."""
    return tuple(
        Column(key.strip("*."), words("col." + key.strip("*.")), key.endswith("*"), key.startswith("."))
        for key in spec
    )


def details_table(facts: Facts) -> Table:
    w, words = facts.snapshot.workshop, facts.words
    rows: list[tuple[str, Value]] = [
        (words("detail.title"), w.title),
        (words("detail.date"), w.date),
        (words("detail.location"), facts.text(w.location)),
        (words("detail.state"), w.state),
        (words("detail.district"), w.district),
    ]
    if not facts.anonymous:  # the facilitator is a person too: anonymous names nobody
        rows.append((words("detail.facilitator"), w.facilitator))
    rows += [
        (words("detail.framework"), f"{facts.pack.title} ({w.framework_id}, v{w.framework_version})"),
        (words("detail.votes"), w.votes_per_person),
        (words("detail.exported"), local_time(dt.datetime.now(dt.UTC))),
        (words("detail.naming"), words("naming.anonymous" if facts.anonymous else "naming.consent")),
        (words("detail.long_text"), words("long_text.rule")),
    ]
    if not facts.anonymous and w.notes:
        rows.append((words("detail.notes"), facts.text(w.notes)))
    return Table("workshop", words("sheet.workshop"), _columns(words, "field", "value*"), tuple(rows))


ACTION_ITEM_SPEC = (
    "number",
    "title*",
    "condition",
    "owner*",
    "start",
    "due",
    "priority",
    "status",
    "overdue",
    "blocked_reason*",
    "progress*",
    "as_of",
    "description*",
    "partners*",
    "policy_lever",
    "resources*",
    "measure*",
    "baseline*",
    "target*",
    "linked_input",
    "created",
    "updated",
    ".item_id",
)
"""The action-item columns in order (the workbook that comes back is read by these headers). The first
twelve are what a printed page shows (`xlsx_export.PRINTED`); the details follow."""


def action_item_values(facts: Facts, a: ActionItemView, today: dt.date) -> dict[str, Value]:
    """One action item as every export prints it, by column key (`today` decides "overdue")."""
    t, words, note = facts.text, facts.words, a.latest_note
    return {
        "number": a.number,
        "title": t(a.title),
        "description": t(a.description),
        "condition": facts.condition_title(a.condition),
        "owner": t(a.owner),
        "partners": t(a.partners),
        "start": a.start,
        "due": a.due,
        "priority": words.priority(a.priority),
        "status": words.status(a.status),
        "blocked_reason": t(a.blocked_reason),
        "overdue": words("yes") if a.overdue(today) else "",
        "policy_lever": facts.lever_label(a.policy_lever),
        "resources": t(a.resources),
        "measure": t(a.measure_of_success),
        "baseline": t(a.baseline),
        "target": t(a.target),
        "progress": t(note.text) if note else "",
        "as_of": note.as_of if note else None,
        "linked_input": len(a.response_ids),
        "created": local_time(a.created_at),
        "updated": local_time(a.updated_at),
        "item_id": a.id,
    }


def action_items_table(facts: Facts, today: dt.date | None = None) -> Table:
    """Action items by item number (the order they were made)."""
    words, today = facts.words, today or dt.date.today()
    columns = _columns(words, *ACTION_ITEM_SPEC)
    items = sorted(facts.action_items(), key=lambda a: a.number)
    rows = tuple(tuple(action_item_values(facts, a, today)[c.key] for c in columns) for a in items)
    return Table("action_items", words("sheet.action_items"), columns, rows)


def responses_table(facts: Facts) -> Table:
    words = facts.words
    columns = _columns(
        words,
        "condition",
        "stage",
        "question*",
        "wording",
        "response*",
        "attributed_to",
        "group",
        "votes",
        "recorded",
    )
    rows = tuple(
        (
            facts.condition_title(r.condition),
            words.stage(r.stage),
            facts.question_text(r.condition, r.question),
            facts.wording(r.condition),
            facts.text(r.text),
            facts.attributed_to(r),
            facts.response_group_label(r),
            r.votes,
            local_time(r.created_at),
        )
        for r in facts.responses()
    )
    return Table("responses", words("sheet.responses"), columns, rows)


def assessments_table(facts: Facts) -> Table:
    words = facts.words
    columns = _columns(
        words, "condition", "assessed_by", "group", "stage_number", "stage", "note*", "updated"
    )
    ordered = sorted(
        facts.snapshot.assessments,
        key=lambda a: (
            facts.condition_rank(a.condition),
            not a.is_consensus,
            _position(facts.snapshot, a.participant_id),
        ),
    )
    rows = []
    for a in ordered:
        person = facts.snapshot.participant(a.participant_id)
        by = words("consensus") if a.is_consensus else facts.person_label(a.participant_id)
        group = facts.group_label(person.stakeholder_group) if person else ""
        rows.append(
            (
                facts.condition_title(a.condition),
                by,
                group,
                a.stage,
                words.stage(a.stage),
                facts.text(a.note),
                local_time(a.updated_at),
            )
        )
    return Table("assessments", words("sheet.assessments"), columns, tuple(rows))


def _position(snapshot: WorkshopSnapshot, participant_id: str | None) -> int:
    person = snapshot.participant(participant_id)
    return person.position if person else -1


def participants_table(facts: Facts) -> Table:
    """Every roster entry's group; name, role and organization only for people who may be named."""
    words = facts.words
    columns = _columns(words, "name", "group", "role", "organization", "named")
    rows = []
    for p in facts.snapshot.participants:
        named = attribution.may_name(p, anonymous=facts.anonymous)
        rows.append(
            (
                p.name if named else words("not_named"),
                facts.group_label(p.stakeholder_group),
                p.role if named else "",
                p.organization if named else "",
                words("yes" if named else "no"),
            )
        )
    return Table("participants", words("sheet.participants"), columns, tuple(rows))


def build_tables(
    snapshot: WorkshopSnapshot, pack: FrameworkPack, *, anonymous: bool = False, lang: str = "en"
) -> ExportTables:
    """All export tables for one workshop."""
    facts = Facts(snapshot, pack, Labels(lang), anonymous)
    return ExportTables(
        details=details_table(facts),
        action_items=action_items_table(facts),
        responses=responses_table(facts),
        assessments=assessments_table(facts),
        participants=participants_table(facts),
        anonymous=anonymous,
        workshop_id=snapshot.workshop.id,
        choices=_choices(facts),
        extra=extra_tables(facts),
    )


def _choices(facts: Facts) -> dict[str, tuple[str, ...]]:
    words = facts.words
    keys = list(facts.agenda_keys()) + sorted(
        k for k in facts.snapshot.conditions if k not in facts.agenda_keys()
    )
    return {
        "status": tuple(words.status(k) for k in STATUSES),
        "priority": tuple(words.priority(k) for k in PRIORITIES),
        "policy_lever": tuple(facts.lever_label(t.key) for t in facts.pack.policy_levers),
        "condition": tuple(facts.condition_title(k) for k in keys),
    }
