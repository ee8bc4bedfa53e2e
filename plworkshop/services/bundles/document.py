"""A workshop snapshot as the bundle's `workshop.json` document (format version 2), and back to times."""

from __future__ import annotations

import datetime as dt

from plworkshop.domain import read_models as rm
from plworkshop.framework.loader import condition_to_dict, load_default_pack
from plworkshop.framework.model import Condition
from plworkshop.services.bundles.action_item_fields import item_document, workshop_document
from plworkshop.services.bundles.grouping_records import document_fields

FORMAT = "plworkshop-bundle"
FORMAT_VERSION = 2
MEMBER_NAME = "workshop.json"


def iso_time(value: dt.datetime) -> str:
    """An ISO 8601 time with its UTC offset (naive times are taken as UTC)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC).isoformat()


def iso_date(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def is_custom(condition: Condition) -> bool:
    """A condition the facilitator added (not one of the default pack's)."""
    return condition.custom or not load_default_pack().has_condition(condition.key)


def _participant(p: rm.ParticipantView) -> dict:
    return {
        "id": p.id,
        "name": p.name,
        "role": p.role,
        "organization": p.organization,
        "stakeholder_group": p.stakeholder_group,
        "named_in_report": p.named_in_report,
        "forgotten": p.forgotten,
        "updated_at": iso_time(p.updated_at),
    }


def _assessment(a: rm.AssessmentView) -> dict:
    return {
        "id": a.id,
        "condition": a.condition,
        "participant": a.participant_id,
        "stage": a.stage,
        "note": a.note,
        "updated_at": iso_time(a.updated_at),
    }


def _response(r: rm.ResponseView) -> dict:
    return {
        "id": r.id,
        "condition": r.condition,
        "stage": r.stage,
        "question": r.question,
        "participant": r.participant_id,
        "stakeholder_group": r.stakeholder_group,
        "text": r.text,
        "votes": r.votes,
        "hidden": r.hidden,
        "created_at": iso_time(r.created_at),
        "updated_at": iso_time(r.updated_at),
    }


def _action_item(a: rm.ActionItemView) -> dict:
    return {
        "id": a.id,
        "condition": a.condition,
        "title": a.title,
        "description": a.description,
        "owner": a.owner,
        "partners": a.partners,
        "due": iso_date(a.due),
        "priority": a.priority,
        "status": a.status,
        "policy_lever": a.policy_lever,
        "measure_of_success": a.measure_of_success,
        "response_ids": sorted(a.response_ids),
        "created_at": iso_time(a.created_at),
        "updated_at": iso_time(a.updated_at),
        **item_document(a),
    }


def bundle_document(snapshot: rm.WorkshopSnapshot, exported_at: dt.datetime | None = None) -> dict:
    """The whole bundle document for one workshop, ready for `json.dumps`.

    Beyond the format's own fields it carries `workshop.votes_per_person`, `workshop.created_at`,
    participants' `forgotten` and `created_at` of action items, and `framework_text`: the workshop's own
    copy of every condition's text, so an imported workshop keeps the text it was run with.
    """
    w = snapshot.workshop
    exported_at = exported_at or dt.datetime.now(dt.UTC)
    conditions = [snapshot.conditions[key] for key in sorted(snapshot.conditions)]
    assessments = sorted(snapshot.assessments, key=lambda a: (a.condition, a.updated_at, a.id))
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": iso_time(exported_at),
        "framework": {"id": w.framework_id, "version": w.framework_version},
        "workshop": {
            "id": w.id,
            "title": w.title,
            "date": iso_date(w.date),
            "location": w.location,
            "state": w.state,
            "district": w.district,
            "facilitator": w.facilitator,
            "notes": w.notes,
            "votes_per_person": w.votes_per_person,
            "created_at": iso_time(w.created_at),
            "updated_at": iso_time(w.updated_at),
            "participants": [_participant(p) for p in snapshot.participants],
            "agenda": [
                {
                    "condition": a.condition,
                    "position": a.position,
                    "minutes": a.minutes,
                    "starts_at": a.starts_at,
                }
                for a in snapshot.agenda
            ],
            "assessments": [_assessment(a) for a in assessments],
            "responses": [_response(r) for r in snapshot.responses],
            "action_items": [_action_item(a) for a in snapshot.action_items],
            **workshop_document(w, snapshot.action_items),
            **document_fields(snapshot, iso_time),
        },
        "custom_conditions": [{**condition_to_dict(c), "custom": True} for c in conditions if is_custom(c)],
        "framework_text": [condition_to_dict(c) for c in conditions],
    }
