"""Full validation of a decoded bundle: header, types, limits and every reference, before any write.

The result holds rows shaped like the database columns, so importing is a matter of comparing and
inserting; nothing here touches the database. Placements and responses (most of a bundle) first try
`fast_records`, which accepts only what the checks below have already accepted for an earlier record;
anything else goes through the full checks, whose refusal names the field.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from plworkshop.domain.errors import BundleRefused
from plworkshop.domain.vocabulary import PRIORITIES, STATUSES
from plworkshop.framework.loader import load_default_pack
from plworkshop.services.agenda import MAX_MINUTES
from plworkshop.services.bundles.action_item_fields import check_last_number, item_fields, number_items
from plworkshop.services.bundles.conditions import ConditionTexts, read_condition_texts
from plworkshop.services.bundles.document import FORMAT, FORMAT_VERSION
from plworkshop.services.bundles.fast_records import MAX_VOTES, Memo, fast_assessment, fast_response
from plworkshop.services.bundles.fields import MISSING, Record, check_uuid, refuse
from plworkshop.services.bundles.grouping_records import WORKSHOP_FIELDS as GROUPING_FIELDS
from plworkshop.services.bundles.grouping_records import GroupingRows, clock_field, validate_grouping

TOP_FIELDS = frozenset(
    {
        "format",
        "format_version",
        "exported_at",
        "framework",
        "workshop",
        "custom_conditions",
        "framework_text",
    }
)
WORKSHOP_FIELDS = (
    frozenset(
        {
            "id",
            "title",
            "date",
            "location",
            "state",
            "district",
            "facilitator",
            "notes",
            "votes_per_person",
            "created_at",
            "updated_at",
            "participants",
            "agenda",
            "assessments",
            "responses",
            "action_items",
            "last_action_number",
        }
    )
    | GROUPING_FIELDS
)
FAST_PATHS = True  # tests turn it off to check that both paths give the same rows


@dataclass
class ValidBundle:
    """A bundle that passed every check, as rows ready for the database."""

    workshop: dict
    conditions: ConditionTexts
    referenced_conditions: set[str]
    agenda: list[dict] = field(default_factory=list)
    participants: list[dict] = field(default_factory=list)
    assessments: list[dict] = field(default_factory=list)
    responses: list[dict] = field(default_factory=list)
    action_items: list[dict] = field(default_factory=list)
    links: dict[str, list[str]] = field(default_factory=dict)
    extras: dict = field(default_factory=dict)
    grouping: GroupingRows = field(default_factory=GroupingRows)  # format version 2


def _check_header(top: Record) -> None:
    fmt = top.data.get("format")
    if "format" not in top.data:
        raise BundleRefused("This is not a plworkshop bundle: it has no “format” field.")
    if fmt != FORMAT:
        shown = fmt if isinstance(fmt, str) else type(fmt).__name__
        raise BundleRefused(
            f"This is not a plworkshop bundle: its format is “{str(shown)[:60]}”, not “{FORMAT}”."
        )
    version = top.integer("format_version", low=1, high=1_000_000)
    if version > FORMAT_VERSION:
        raise BundleRefused(
            f"The bundle was made by a newer version of plworkshop (format version "
            f"{version}; this one reads up to {FORMAT_VERSION}); update plworkshop "
            "to import it."
        )
    top.time("exported_at")
    framework = Record(top.get("framework"), "framework")
    framework.key("id"), framework.key("version", max_len=50)


def _unique_id(ids: set[str], record: Record) -> str:
    value = record.uuid("id")
    if value in ids:
        raise refuse(record.at("id"), f"repeats the id {value} of an earlier record")
    ids.add(value)
    return value


def _condition(rec: Record, texts: ConditionTexts, used: set[str], *, nullable: bool = False):
    key = rec.key("condition", nullable=nullable, default=None if nullable else MISSING)
    if key is None:
        return None
    if texts.question_stages(key) is None:
        raise refuse(
            rec.at("condition"),
            f"names the condition “{key[:60]}”, which is neither in the "
            "bundle's framework text nor in the content pack",
        )
    used.add(key)
    return key


def _participant_ref(rec: Record, people: set[str]) -> str | None:
    person = rec.uuid("participant", nullable=True, default=None)
    if person is not None and person not in people:
        raise refuse(rec.at("participant"), f"refers to participant {person}, who is not in the bundle")
    return person


def validate_document(document: dict) -> ValidBundle:
    """Check everything; BundleRefused naming the first field at fault."""
    top = Record(document, "")
    _check_header(top)
    texts = read_condition_texts(document)
    w = Record(top.get("workshop"), "workshop")
    wid = w.uuid("id")
    updated = w.time("updated_at")
    framework = document["framework"]
    workshop = dict(
        id=wid,
        title=w.short("title", required=True, default=MISSING),
        date=w.date("date"),
        location=w.short("location"),
        state=w.short("state"),
        district=w.short("district"),
        facilitator=w.short("facilitator"),
        notes=w.text("notes"),
        votes_per_person=w.integer("votes_per_person", low=0, high=100, default=3),
        framework_id=framework["id"],
        framework_version=framework["version"],
        created_at=w.time("created_at", default=updated),
        updated_at=updated,
    )
    used: set[str] = set()
    bundle = ValidBundle(workshop=workshop, conditions=texts, referenced_conditions=used)
    bundle.extras = {
        "top": {k: v for k, v in document.items() if k not in TOP_FIELDS},
        "workshop": {k: v for k, v in w.data.items() if k not in WORKSHOP_FIELDS},
    }
    _agenda(bundle, w, texts, used)
    people = _participants(bundle, w, wid)
    _assessments(bundle, w, wid, texts, used, people)
    said = _responses(bundle, w, wid, texts, used, people)
    _action_items(bundle, w, wid, texts, used, said)
    bundle.grouping, workshop["day_starts_at"] = validate_grouping(
        w, wid, texts, used, {r["id"]: r["condition"] for r in bundle.responses}, people
    )
    return bundle


def _agenda(bundle: ValidBundle, w: Record, texts: ConditionTexts, used: set[str]) -> None:
    seen: set[str] = set()
    for index, item in enumerate(w.items("agenda")):
        rec = Record(item, f"workshop.agenda[{index}]")
        key = _condition(rec, texts, used)
        if key in seen:
            raise refuse(rec.at("condition"), f"puts “{key}” on the agenda a second time")
        seen.add(key)
        bundle.agenda.append(
            dict(
                workshop_id=bundle.workshop["id"],
                condition=key,
                position=rec.integer("position", low=1, high=100_000),
                minutes=rec.integer("minutes", low=1, high=MAX_MINUTES),
                starts_at=clock_field(rec, "starts_at"),
            )
        )


def _participants(bundle: ValidBundle, w: Record, wid: str) -> set[str]:
    groups = frozenset(t.key for t in load_default_pack().stakeholder_groups)
    ids: set[str] = set()
    for index, item in enumerate(w.items("participants")):
        rec = Record(item, f"workshop.participants[{index}]")
        pid = _unique_id(ids, rec)
        updated = rec.time("updated_at")
        bundle.participants.append(
            dict(
                id=pid,
                workshop_id=wid,
                name=rec.short("name", required=True, default=MISSING),
                role=rec.short("role"),
                organization=rec.short("organization"),
                stakeholder_group=rec.choice("stakeholder_group", groups, what="stakeholder group"),
                named_in_report=rec.boolean("named_in_report"),
                forgotten=rec.boolean("forgotten", default=False),
                position=index + 1,
                created_at=rec.time("created_at", default=updated),
                updated_at=updated,
            )
        )
    return ids


def _assessments(
    bundle: ValidBundle, w: Record, wid: str, texts: ConditionTexts, used: set[str], people: set[str]
) -> None:
    ids: set[str] = set()
    placed: set[tuple[str, str | None]] = set()
    memo = Memo() if FAST_PATHS else None
    out = bundle.assessments
    for index, item in enumerate(w.items("assessments")):
        row = None if memo is None else fast_assessment(item, wid, ids, people, placed, memo)
        if row is None:
            row = _assessment(
                Record(item, f"workshop.assessments[{index}]"), wid, texts, used, ids, people, placed
            )
            if memo is not None:
                memo.conditions.add(row["condition"])
        out.append(row)


def _assessment(
    rec: Record,
    wid: str,
    texts: ConditionTexts,
    used: set[str],
    ids: set[str],
    people: set[str],
    placed: set[tuple[str, str | None]],
) -> dict:
    aid = _unique_id(ids, rec)
    key = _condition(rec, texts, used)
    person = _participant_ref(rec, people)
    if (key, person) in placed:
        raise refuse(
            rec.path, f"places {'the room' if person is None else 'one participant'} twice for “{key}”"
        )
    placed.add((key, person))
    stage = rec.integer("stage", low=0, high=3)
    return dict(
        id=aid,
        workshop_id=wid,
        condition=key,
        participant_id=person,
        stage=stage,
        note=rec.text("note"),
        updated_at=rec.time("updated_at"),
    )


def _responses(
    bundle: ValidBundle, w: Record, wid: str, texts: ConditionTexts, used: set[str], people: set[str]
) -> set[str]:
    groups = frozenset(t.key for t in load_default_pack().stakeholder_groups)
    ids: set[str] = set()
    memo = Memo() if FAST_PATHS else None
    out = bundle.responses
    for index, item in enumerate(w.items("responses")):
        row = None if memo is None else fast_response(item, wid, ids, people, groups, memo)
        if row is None:
            row = _response(
                Record(item, f"workshop.responses[{index}]"), wid, texts, used, ids, people, groups
            )
            if memo is not None:
                memo.questions[(row["condition"], row["question"])] = row["stage"]
        out.append(row)
    return ids


def _response(
    rec: Record,
    wid: str,
    texts: ConditionTexts,
    used: set[str],
    ids: set[str],
    people: set[str],
    groups: frozenset[str],
) -> dict:
    rid = _unique_id(ids, rec)
    key = _condition(rec, texts, used)
    stage = rec.integer("stage", low=1, high=3)
    question = rec.key("question", max_len=300)
    asked_at = texts.question_stages(key).get(question)  # type: ignore[union-attr]
    if asked_at is None:
        raise refuse(
            rec.at("question"),
            f"names the question “{question[:60]}”, which is not a strategic question of “{key}”",
        )
    if asked_at != stage:
        raise refuse(
            rec.at("stage"), f"is {stage}, but question “{question[:60]}” belongs to stage {asked_at}"
        )
    updated = rec.time("updated_at")
    return dict(
        id=rid,
        workshop_id=wid,
        condition=key,
        stage=stage,
        question=question,
        participant_id=_participant_ref(rec, people),
        stakeholder_group=rec.choice(
            "stakeholder_group", groups, default=None, nullable=True, what="stakeholder group"
        ),
        text=rec.text("text", required=True, default=MISSING),
        votes=rec.integer("votes", low=0, high=MAX_VOTES, default=0),
        hidden=rec.boolean("hidden", default=False),
        created_at=rec.time("created_at", default=updated),
        updated_at=updated,
    )


def _action_items(
    bundle: ValidBundle, w: Record, wid: str, texts: ConditionTexts, used: set[str], said: set[str]
) -> None:
    levers = frozenset(t.key for t in load_default_pack().policy_levers)
    ids: set[str] = set()
    for index, item in enumerate(w.items("action_items")):
        rec = Record(item, f"workshop.action_items[{index}]")
        aid = _unique_id(ids, rec)
        links: list[str] = []
        for n, value in enumerate(rec.items("response_ids", default=[])):
            rid = _response_ref(rec, n, value, said)
            if rid not in links:
                links.append(rid)
        updated = rec.time("updated_at")
        bundle.links[aid] = links
        bundle.action_items.append(
            dict(
                id=aid,
                workshop_id=wid,
                condition=_condition(rec, texts, used, nullable=True),
                title=rec.short("title", required=True, default=MISSING),
                description=rec.text("description"),
                owner=rec.short("owner"),
                partners=rec.text("partners"),
                due=rec.date("due"),
                priority=rec.choice("priority", PRIORITIES, default="medium"),
                status=rec.choice("status", STATUSES, default="planned"),
                policy_lever=rec.choice(
                    "policy_lever", levers, default=None, nullable=True, what="policy lever"
                ),
                measure_of_success=rec.text("measure_of_success"),
                position=index + 1,
                created_at=rec.time("created_at", default=updated),
                updated_at=updated,
                **item_fields(rec),
            )
        )
    paths = [f"workshop.action_items[{n}]" for n in range(len(bundle.action_items))]
    highest = number_items(bundle.action_items, paths)
    bundle.workshop["last_action_number"] = check_last_number(w, highest)


def _response_ref(rec: Record, n: int, value: object, said: set[str]) -> str:
    path = rec.at(f"response_ids[{n}]")
    rid = check_uuid(path, value)
    if rid not in said:
        raise refuse(path, f"refers to response {rid}, which is not in the bundle")
    return rid
