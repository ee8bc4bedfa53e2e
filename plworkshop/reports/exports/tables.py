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

from plworkshop.domain.read_models import WorkshopSnapshot
from plworkshop.framework.model import FrameworkPack
from plworkshop.domain import attribution
from plworkshop.reports.exports.facilitation_parts import extra_tables
from plworkshop.reports.exports.facts import Facts, local_time
from plworkshop.reports.exports.labels import Labels

Value = str | int | dt.date | dt.datetime | None


@dataclass(frozen=True)
class Column:
    """One column: a stable key, the printed header, and whether it holds long free text."""

    key: str
    header: str
    long: bool = False


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
    extra: tuple[Table, ...] = ()  # themes, parking lot, agenda (`facilitation_parts`)

    def data_tables(self) -> tuple[Table, ...]:
        return (self.action_items, self.responses, self.assessments, self.participants, *self.extra)

    def all(self) -> tuple[Table, ...]:
        return (self.details, *self.data_tables())


def _columns(words: Labels, *spec: str) -> tuple[Column, ...]:
    """Columns from keys; a trailing '*' marks long free text."""
    return tuple(Column(key.rstrip("*"), words("col." + key.rstrip("*")), key.endswith("*"))
                 for key in spec)


def details_table(facts: Facts) -> Table:
    w, words = facts.snapshot.workshop, facts.words
    rows: list[tuple[str, Value]] = [
        (words("detail.title"), w.title), (words("detail.date"), w.date),
        (words("detail.location"), facts.text(w.location)), (words("detail.state"), w.state),
        (words("detail.district"), w.district)]
    if not facts.anonymous:  # the facilitator is a person too: anonymous names nobody
        rows.append((words("detail.facilitator"), w.facilitator))
    rows += [(words("detail.framework"), f"{facts.pack.title} ({w.framework_id}, v{w.framework_version})"),
             (words("detail.votes"), w.votes_per_person),
             (words("detail.exported"), local_time(dt.datetime.now(dt.timezone.utc))),
             (words("detail.naming"), words("naming.anonymous" if facts.anonymous else "naming.consent")),
             (words("detail.long_text"), words("long_text.rule"))]
    if not facts.anonymous and w.notes:
        rows.append((words("detail.notes"), facts.text(w.notes)))
    return Table("workshop", words("sheet.workshop"), _columns(words, "field", "value*"), tuple(rows))


def action_items_table(facts: Facts) -> Table:
    words = facts.words
    columns = _columns(words, "title*", "description*", "condition", "owner*", "partners*", "due",
                       "priority", "status", "policy_lever", "measure*", "linked_input", "created",
                       "updated")
    t = facts.text
    rows = tuple((t(a.title), t(a.description), facts.condition_title(a.condition), t(a.owner),
                  t(a.partners), a.due,
                  words.priority(a.priority), words.status(a.status), facts.lever_label(a.policy_lever),
                  t(a.measure_of_success), len(a.response_ids), local_time(a.created_at),
                  local_time(a.updated_at))
                 for a in facts.action_items())
    return Table("action_items", words("sheet.action_items"), columns, rows)


def responses_table(facts: Facts) -> Table:
    words = facts.words
    columns = _columns(words, "condition", "stage", "question*", "wording", "response*", "attributed_to",
                       "group", "votes", "recorded")
    rows = tuple((facts.condition_title(r.condition), words.stage(r.stage),
                  facts.question_text(r.condition, r.question), facts.wording(r.condition),
                  facts.text(r.text),
                  facts.attributed_to(r), facts.response_group_label(r), r.votes,
                  local_time(r.created_at))
                 for r in facts.responses())
    return Table("responses", words("sheet.responses"), columns, rows)


def assessments_table(facts: Facts) -> Table:
    words = facts.words
    columns = _columns(words, "condition", "assessed_by", "group", "stage_number", "stage", "note*",
                       "updated")
    ordered = sorted(facts.snapshot.assessments,
                     key=lambda a: (facts.condition_rank(a.condition), not a.is_consensus,
                                    _position(facts.snapshot, a.participant_id)))
    rows = []
    for a in ordered:
        person = facts.snapshot.participant(a.participant_id)
        by = words("consensus") if a.is_consensus else facts.person_label(a.participant_id)
        group = facts.group_label(person.stakeholder_group) if person else ""
        rows.append((facts.condition_title(a.condition), by, group, a.stage, words.stage(a.stage),
                     facts.text(a.note), local_time(a.updated_at)))
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
        rows.append((p.name if named else words("not_named"), facts.group_label(p.stakeholder_group),
                     p.role if named else "", p.organization if named else "",
                     words("yes" if named else "no")))
    return Table("participants", words("sheet.participants"), columns, tuple(rows))


def build_tables(snapshot: WorkshopSnapshot, pack: FrameworkPack, *, anonymous: bool = False,
                 lang: str = "en") -> ExportTables:
    """All export tables for one workshop."""
    facts = Facts(snapshot, pack, Labels(lang), anonymous)
    return ExportTables(details=details_table(facts), action_items=action_items_table(facts),
                        responses=responses_table(facts), assessments=assessments_table(facts),
                        participants=participants_table(facts), anonymous=anonymous,
                        extra=extra_tables(facts))
