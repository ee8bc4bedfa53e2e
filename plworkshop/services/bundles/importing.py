"""Applying a validated bundle to the database in one transaction: all of it, or nothing.

Conflict rule: records are matched by id and the newer `updated_at` wins, record by record. The
workshop's own fields, its agenda and its framework text go with the workshop's `updated_at`;
participants, assessments, responses and action items (with their links to responses) each go with
their own. Records in the database but not in the bundle are kept. A workshop in the trash is updated
and left in the trash (the outcome says so). New rows go to the driver's `executemany` with values
converted once (`writing.insert_rows`); a workshop new to this database (the common case) is written
without looking up any of its records first.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError

from plworkshop.domain.errors import BundleRefused
from plworkshop.framework.loader import condition_to_dict
from plworkshop.services.bundles.action_item_fields import renumber_new
from plworkshop.services.bundles.grouping_records import apply_plan, apply_records
from plworkshop.services.bundles.validation import ValidBundle
from plworkshop.services.bundles.writing import insert_rows
from plworkshop.storage import models as m
from plworkshop.storage.unit_of_work import UnitOfWork

KINDS = (
    "workshop",
    "conditions",
    "agenda",
    "participants",
    "assessments",
    "responses",
    "action_items",
    "themes",
    "parking_lot",
)
_WORKSHOP_FIELDS = (
    "title",
    "date",
    "location",
    "state",
    "district",
    "facilitator",
    "notes",
    "votes_per_person",
    "framework_id",
    "framework_version",
    "updated_at",
    "day_starts_at",
)
_LINKS = m.action_item_responses
_LABELS = {
    "agenda": "agenda items",
    "participants": "participants",
    "assessments": "placements",
    "responses": "responses",
    "action_items": "action items",
    "themes": "themes",
    "parking_lot": "parked ideas",
}


@dataclass(frozen=True)
class ImportOutcome:
    """What one import did. `counts` has `<kind>_added` and `<kind>_updated` for every kind."""

    workshop_id: str
    title: str
    status: str  # "new" | "updated" | "unchanged"
    counts: dict[str, int] = field(default_factory=dict)
    in_trash: bool = False

    def summary(self) -> str:
        """One line for a person: what changed."""
        parts = []
        for kind in KINDS[2:]:
            added, changed = self.counts.get(f"{kind}_added", 0), self.counts.get(f"{kind}_updated", 0)
            label = _LABELS[kind]
            if added:
                parts.append(f"{added} {label} added")
            if changed:
                parts.append(f"{changed} {label} updated")
        if self.counts.get("workshop_updated"):
            parts.insert(0, "workshop details updated")
        detail = "; ".join(parts) if parts else "nothing to change"
        trash = " (it is in the trash; restore it to see it)" if self.in_trash else ""
        return f"{self.status}: “{self.title}” — {detail}{trash}"


def _extra_json(current: str, extras: dict) -> str:
    try:
        data = json.loads(current or "{}")
    except ValueError:
        data = {}
    if not isinstance(data, dict):
        data = {}
    if extras.get("top") or extras.get("workshop"):
        data["bundle_extras"] = extras
    return json.dumps(data, ensure_ascii=False)


def _condition_rows(wid: str, conditions: dict) -> list[dict]:
    return [
        dict(
            workshop_id=wid,
            key=key,
            custom=custom,
            content_json=json.dumps(condition_to_dict(condition), ensure_ascii=False),
        )
        for key, (condition, custom) in conditions.items()
    ]


class _Apply:
    """One import, inside an open unit of work."""

    def __init__(self, uow: UnitOfWork, bundle: ValidBundle) -> None:
        self.s = uow.s
        self.conn = uow.s.connection()
        self.is_new = False
        self.b = bundle
        self.wid = bundle.workshop["id"]
        self.counts = {f"{kind}_{what}": 0 for kind in KINDS for what in ("added", "updated")}

    def count(self, kind: str, what: str, n: int) -> None:
        self.counts[f"{kind}_{what}"] += n

    def workshop(self) -> tuple[bool, str, bool]:
        """(is new, title, in trash): the workshop row, its framework text and agenda."""
        table = m.Workshop.__table__
        row = self.s.execute(
            select(table.c.updated_at, table.c.title, table.c.deleted_at, table.c.extra_json).where(
                table.c.id == self.wid
            )
        ).first()
        w = self.b.workshop
        if row is None:
            self.is_new = True
            insert_rows(self.conn, table, [{**w, "extra_json": _extra_json("{}", self.b.extras)}])
            self._conditions(refresh=False)
            self._agenda()
            apply_plan(self, self.b.grouping, replace=False)
            self.count("workshop", "added", 1)
            return True, w["title"], False
        newer = w["updated_at"] > row.updated_at
        if newer:
            values = {name: w[name] for name in _WORKSHOP_FIELDS}
            values["extra_json"] = _extra_json(row.extra_json, self.b.extras)
            self.s.execute(update(table).where(table.c.id == self.wid).values(**values))
            self._agenda(replace=True)
            apply_plan(self, self.b.grouping, replace=True)
            self.count("workshop", "updated", 1)
        self._conditions(refresh=newer)
        return False, (w["title"] if newer else row.title), row.deleted_at is not None

    def _conditions(self, *, refresh: bool) -> None:
        table = m.WorkshopCondition.__table__
        have = (
            {}
            if self.is_new
            else {
                key: content
                for key, content in self.s.execute(
                    select(table.c.key, table.c.content_json).where(table.c.workshop_id == self.wid)
                )
            }
        )
        wanted = _condition_rows(self.wid, self.b.conditions.to_store(self.b.referenced_conditions))
        new = [r for r in wanted if r["key"] not in have]
        if new:
            insert_rows(self.conn, table, new)
            self.count("conditions", "added", len(new))
        if refresh:  # the bundle's own text of a condition replaces ours when its workshop is newer
            changed = [
                r
                for r in _condition_rows(self.wid, self.b.conditions.texts)
                if r["key"] in have and have[r["key"]] != r["content_json"]
            ]
            for r in changed:
                self.s.execute(
                    update(table)
                    .where(table.c.workshop_id == self.wid, table.c.key == r["key"])
                    .values(content_json=r["content_json"], custom=r["custom"])
                )
            self.count("conditions", "updated", len(changed))

    def _agenda(self, *, replace: bool = False) -> None:
        table = m.AgendaItem.__table__
        if replace:
            self.s.execute(delete(table).where(table.c.workshop_id == self.wid))
        if self.b.agenda:
            insert_rows(self.conn, table, self.b.agenda)
        self.count("agenda", "updated" if replace else "added", len(self.b.agenda))

    def insert(self, table, rows: list[dict]) -> None:
        insert_rows(self.conn, table, rows)

    def _existing(self, model) -> dict:
        if self.is_new:  # nothing of a workshop new to this database can be here yet
            return {}
        table = model.__table__
        return dict(
            self.s.execute(
                select(table.c.id, table.c.updated_at).where(table.c.workshop_id == self.wid)
            ).all()
        )

    def _last_position(self, model) -> int:
        table = model.__table__
        rows = self.s.execute(select(table.c.position).where(table.c.workshop_id == self.wid)).scalars()
        return max(rows, default=0)

    def records(self, model, kind: str, rows: list[dict], *, positioned: bool = False):
        """Insert the rows we lack, update those the bundle has newer; returns (added, updated)."""
        have = self._existing(model)
        new = [r for r in rows if r["id"] not in have]
        newer = [r for r in rows if r["id"] in have and r["updated_at"] > have[r["id"]]]
        if positioned and have:
            start = self._last_position(model)
            new = [{**r, "position": start + i} for i, r in enumerate(new, start=1)]
            newer = [{k: v for k, v in r.items() if k != "position"} for r in newer]
        insert_rows(self.conn, model.__table__, new)
        if newer:
            self.s.execute(update(model), newer)
        self.count(kind, "added", len(new))
        self.count(kind, "updated", len(newer))
        return new, newer

    def assessments(self) -> None:
        """By id, newer wins; a different id for the same condition and person replaces the older one."""
        table = m.Assessment.__table__
        if self.is_new:
            insert_rows(self.conn, table, self.b.assessments)
            self.count("assessments", "added", len(self.b.assessments))
            return
        have = {
            r.id: r
            for r in self.s.execute(
                select(table.c.id, table.c.condition, table.c.participant_id, table.c.updated_at).where(
                    table.c.workshop_id == self.wid
                )
            )
        }
        by_place = {(r.condition, r.participant_id): r for r in have.values()}
        new, newer, replaced = [], [], []
        for a in self.b.assessments:
            if a["id"] in have:
                if a["updated_at"] > have[a["id"]].updated_at:
                    newer.append(a)
                continue
            other = by_place.get((a["condition"], a["participant_id"]))
            if other is None:
                new.append(a)
            elif a["updated_at"] > other.updated_at:
                replaced.append(other.id)
                new.append(a)
        if replaced:
            self.s.execute(delete(table).where(table.c.id.in_(replaced)))
        insert_rows(self.conn, table, new)
        if newer:
            self.s.execute(update(m.Assessment), newer)
        self.count("assessments", "added", len(new) - len(replaced))
        self.count("assessments", "updated", len(newer) + len(replaced))

    def action_items(self) -> None:
        rows = self.b.action_items
        if not self.is_new:
            rows = self._numbered(rows)
        new, newer = self.records(m.ActionItem, "action_items", rows, positioned=True)
        relinked = [r["id"] for r in newer]
        if relinked:
            self.s.execute(delete(_LINKS).where(_LINKS.c.action_item_id.in_(relinked)))
        links = [
            {"action_item_id": aid, "response_id": rid}
            for aid in [r["id"] for r in new] + relinked
            for rid in self.b.links[aid]
        ]
        insert_rows(self.conn, _LINKS, links)

    def _numbered(self, rows: list[dict]) -> list[dict]:
        """Items here keep their numbers; a new item whose number is taken gets the next one, and the
        workshop's counter never goes back."""
        table, w = m.ActionItem.__table__, m.Workshop.__table__
        have = {
            r.id: r.number
            for r in self.s.execute(select(table.c.id, table.c.number).where(table.c.workshop_id == self.wid))
        }
        counter = self.s.execute(select(w.c.last_action_number).where(w.c.id == self.wid)).scalar_one()
        new = [dict(r) for r in rows if r["id"] not in have]
        counter = renumber_new(
            new,
            {n for n in have.values() if n is not None},
            max(counter, self.b.workshop["last_action_number"]),
        )
        self.s.execute(update(w).where(w.c.id == self.wid).values(last_action_number=counter))
        fresh = {r["id"]: r for r in new}
        return [fresh.get(r["id"]) or {k: v for k, v in r.items() if k != "number"} for r in rows]


def apply_in_transaction(uow: UnitOfWork, bundle: ValidBundle) -> ImportOutcome:
    """Write a validated bundle inside the caller's open transaction, without committing.

    BundleRefused on an id that belongs to another workshop; the caller rolls back (or back to its
    savepoint), since a refused bundle may have written part of itself by then.
    """
    job = _Apply(uow, bundle)
    try:
        is_new, title, in_trash = job.workshop()
        job.records(m.Participant, "participants", bundle.participants, positioned=True)
        job.assessments()
        job.records(m.Response, "responses", bundle.responses)
        job.action_items()
        apply_records(job, bundle.grouping)
    except IntegrityError as exc:
        raise BundleRefused(
            "The bundle reuses an id that already belongs to another workshop in "
            "this database, so it was not imported."
        ) from exc
    changed = any(job.counts.values())
    status = "new" if is_new else ("updated" if changed else "unchanged")
    return ImportOutcome(
        workshop_id=bundle.workshop["id"],
        title=title,
        status=status,
        counts=dict(job.counts),
        in_trash=in_trash,
    )


def apply_bundle(uow: UnitOfWork, bundle: ValidBundle) -> ImportOutcome:
    """Write a validated bundle in one transaction; BundleRefused (nothing written) on an id clash."""
    with uow:
        outcome = apply_in_transaction(uow, bundle)
        if outcome.status != "unchanged":
            uow.commit()
        return outcome
