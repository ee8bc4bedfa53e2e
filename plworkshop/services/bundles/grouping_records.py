"""Format version 2's facilitation records in a bundle: themes, the parking lot, the agenda's
non-condition items, the day's start time and per-question time boxes — written, checked and applied.

A version 1 bundle simply has none of them. The agenda's items, the start time and the time boxes go
with the workshop's `updated_at` (as the agenda does); themes and parked ideas each go with their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import delete

from plworkshop.domain import read_models as rm
from plworkshop.domain.day_plan import SESSION_KINDS, parse_clock
from plworkshop.domain.errors import InvalidValue
from plworkshop.framework.loader import load_default_pack
from plworkshop.services.agenda import MAX_MINUTES
from plworkshop.services.bundles.fast_records import MAX_VOTES
from plworkshop.services.bundles.fields import MISSING, Record, check_uuid, refuse, translate
from plworkshop.storage import models as m

WORKSHOP_FIELDS = frozenset(
    {"day_starts_at", "themes", "parking_lot", "agenda_sessions", "question_time_boxes"}
)


@dataclass
class GroupingRows:
    """The version 2 records of a bundle, as rows shaped like the database columns."""

    themes: list[dict] = field(default_factory=list)
    theme_links: dict[str, list[str]] = field(default_factory=dict)
    parked: list[dict] = field(default_factory=list)
    sessions: list[dict] = field(default_factory=list)
    boxes: list[dict] = field(default_factory=list)


# --- writing -------------------------------------------------------------------------------------
def document_fields(snapshot: rm.WorkshopSnapshot, iso_time) -> dict:
    """The `workshop` object's version 2 fields."""
    return {
        "day_starts_at": snapshot.workshop.day_starts_at,
        "agenda_sessions": [
            {
                "id": s.id,
                "kind": s.kind,
                "title": s.title,
                "position": s.position,
                "minutes": s.minutes,
                "starts_at": s.starts_at,
                "updated_at": iso_time(s.updated_at),
            }
            for s in snapshot.agenda_sessions
        ],
        "question_time_boxes": [
            {"condition": b.condition, "question": b.question, "minutes": b.minutes}
            for b in snapshot.question_time_boxes
        ],
        "themes": [
            {
                "id": t.id,
                "condition": t.condition,
                "name": t.name,
                "votes": t.votes,
                "position": t.position,
                "response_ids": list(t.response_ids),
                "created_at": iso_time(t.created_at),
                "updated_at": iso_time(t.updated_at),
            }
            for t in snapshot.themes
        ],
        "parking_lot": [
            {
                "id": p.id,
                "text": p.text,
                "participant": p.participant_id,
                "stakeholder_group": p.stakeholder_group,
                "condition": p.condition,
                "stage": p.stage,
                "question": p.question,
                "hidden": p.hidden,
                "created_at": iso_time(p.created_at),
                "updated_at": iso_time(p.updated_at),
            }
            for p in snapshot.parked
        ],
    }


# --- checking ------------------------------------------------------------------------------------
def clock_field(rec: Record, name: str) -> str | None:
    value = rec.get(name, None)
    if value is None:
        return None
    if not isinstance(value, str):
        raise refuse(rec.at(name), "must be a clock time such as 09:30, or null")
    try:
        return parse_clock(value)
    except InvalidValue as exc:
        raise translate(rec.at(name), exc) from exc


def validate_grouping(
    w: Record, wid: str, texts, used: set[str], said: dict[str, str], people: set[str]
) -> tuple[GroupingRows, str | None]:
    """Check the version 2 records; `said` maps each response id of the bundle to its condition."""
    rows = GroupingRows()
    day_start = clock_field(w, "day_starts_at")
    ids: set[str] = set()
    for index, item in enumerate(w.items("agenda_sessions", default=[])):
        rec = Record(item, f"workshop.agenda_sessions[{index}]")
        sid = _unique(rec, ids)
        kind = rec.choice("kind", SESSION_KINDS)
        rows.sessions.append(
            dict(
                id=sid,
                workshop_id=wid,
                kind=kind,
                title=rec.short(
                    "title", required=kind == "custom", default=MISSING if kind == "custom" else ""
                ),
                position=rec.integer("position", low=1, high=100_000),
                minutes=rec.integer("minutes", low=1, high=MAX_MINUTES),
                starts_at=clock_field(rec, "starts_at"),
                updated_at=rec.time("updated_at"),
            )
        )
    seen_boxes: set[tuple[str, str]] = set()
    for index, item in enumerate(w.items("question_time_boxes", default=[])):
        rec = Record(item, f"workshop.question_time_boxes[{index}]")
        key, question = _question(rec, texts, used)
        if (key, question) in seen_boxes:
            raise refuse(rec.path, "gives the same question a second time box")
        seen_boxes.add((key, question))
        rows.boxes.append(
            dict(
                workshop_id=wid,
                condition=key,
                question=question,
                minutes=rec.integer("minutes", low=1, high=MAX_MINUTES),
            )
        )
    grouped: set[str] = set()
    for index, item in enumerate(w.items("themes", default=[])):
        rec = Record(item, f"workshop.themes[{index}]")
        tid = _unique(rec, ids)
        key = _condition(rec, texts, used)
        links: list[str] = []
        for n, value in enumerate(rec.items("response_ids", default=[])):
            path = rec.at(f"response_ids[{n}]")
            rid = check_uuid(path, value)
            if rid not in said:
                raise refuse(path, f"refers to response {rid}, which is not in the bundle")
            if said[rid] != key:
                raise refuse(path, f"puts an idea of “{said[rid][:60]}” in a theme of “{key[:60]}”")
            if rid in grouped:
                raise refuse(path, f"puts response {rid} in a second theme")
            grouped.add(rid)
            links.append(rid)
        updated = rec.time("updated_at")
        rows.theme_links[tid] = links
        rows.themes.append(
            dict(
                id=tid,
                workshop_id=wid,
                condition=key,
                name=rec.short("name", required=True, default=MISSING),
                votes=rec.integer("votes", low=0, high=MAX_VOTES, default=0),
                position=rec.integer("position", low=0, high=1_000_000, default=index + 1),
                created_at=rec.time("created_at", default=updated),
                updated_at=updated,
            )
        )
    groups = frozenset(t.key for t in load_default_pack().stakeholder_groups)
    for index, item in enumerate(w.items("parking_lot", default=[])):
        rec = Record(item, f"workshop.parking_lot[{index}]")
        pid = _unique(rec, ids)
        person = rec.uuid("participant", nullable=True, default=None)
        if person is not None and person not in people:
            raise refuse(rec.at("participant"), f"refers to participant {person}, who is not in the bundle")
        key = rec.key("condition", nullable=True, default=None)
        stage = question = None
        if key is not None:
            key, question = _question(rec, texts, used)
            stage = texts.question_stages(key)[question]
        updated = rec.time("updated_at")
        rows.parked.append(
            dict(
                id=pid,
                workshop_id=wid,
                text=rec.text("text", required=True, default=MISSING),
                participant_id=person,
                stakeholder_group=rec.choice(
                    "stakeholder_group", groups, default=None, nullable=True, what="stakeholder group"
                ),
                condition=key,
                stage=stage,
                question=question,
                hidden=rec.boolean("hidden", default=False),
                created_at=rec.time("created_at", default=updated),
                updated_at=updated,
            )
        )
    return rows, day_start


def _unique(rec: Record, ids: set[str]) -> str:
    value = rec.uuid("id")
    if value in ids:
        raise refuse(rec.at("id"), f"repeats the id {value} of an earlier record")
    ids.add(value)
    return value


def _condition(rec: Record, texts, used: set[str]) -> str:
    key = rec.key("condition")
    if texts.question_stages(key) is None:
        raise refuse(
            rec.at("condition"),
            f"names the condition “{key[:60]}”, which is neither in the "
            "bundle's framework text nor in the content pack",
        )
    used.add(key)
    return key


def _question(rec: Record, texts, used: set[str]) -> tuple[str, str]:
    key = _condition(rec, texts, used)
    question = rec.key("question", max_len=300)
    if question not in texts.question_stages(key):
        raise refuse(
            rec.at("question"),
            f"names the question “{question[:60]}”, which is not a strategic question of “{key[:60]}”",
        )
    return key, question


# --- applying ------------------------------------------------------------------------------------
def apply_plan(job, rows: GroupingRows, *, replace: bool) -> None:
    """The agenda's other items and the time boxes, with the workshop (new, or newer in the bundle)."""
    s, wid = job.s, job.wid
    if replace:
        s.execute(delete(m.AgendaSession.__table__).where(m.AgendaSession.workshop_id == wid))
        s.execute(delete(m.QuestionTimeBox.__table__).where(m.QuestionTimeBox.workshop_id == wid))
    job.insert(m.AgendaSession.__table__, rows.sessions)
    job.insert(m.QuestionTimeBox.__table__, rows.boxes)


def apply_records(job, rows: GroupingRows) -> None:
    """Themes (with their ideas) and parked ideas: by id, the newer `updated_at` wins."""
    new, newer = job.records(m.Theme, "themes", rows.themes)
    links = m.theme_members
    relinked = [r["id"] for r in newer]
    ids = [r["id"] for r in new] + relinked
    if relinked:
        job.s.execute(delete(links).where(links.c.theme_id.in_(relinked)))
    members = [{"theme_id": tid, "response_id": rid} for tid in ids for rid in rows.theme_links[tid]]
    if members:  # an idea joins the bundle's theme: it leaves the theme it had here
        job.s.execute(delete(links).where(links.c.response_id.in_([x["response_id"] for x in members])))
    job.insert(links, members)
    job.records(m.ParkedIdea, "parking_lot", rows.parked)
