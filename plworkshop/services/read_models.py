"""Turning ORM rows into the frozen read models of `plworkshop.domain.read_models`."""

from __future__ import annotations

from plworkshop.domain import read_models as rm
from plworkshop.domain.progress import notes_from_json
from plworkshop.storage import models as m


def workshop_details(w: m.Workshop) -> rm.WorkshopDetails:
    return rm.WorkshopDetails(
        id=w.id,
        title=w.title,
        date=w.date,
        location=w.location,
        state=w.state,
        district=w.district,
        facilitator=w.facilitator,
        notes=w.notes,
        framework_id=w.framework_id,
        framework_version=w.framework_version,
        votes_per_person=w.votes_per_person,
        created_at=w.created_at,
        updated_at=w.updated_at,
        deleted_at=w.deleted_at,
        last_action_number=w.last_action_number or 0,
        day_starts_at=w.day_starts_at,
    )


def participant_view(p: m.Participant) -> rm.ParticipantView:
    return rm.ParticipantView(
        id=p.id,
        workshop_id=p.workshop_id,
        name=p.name,
        role=p.role,
        organization=p.organization,
        stakeholder_group=p.stakeholder_group,
        named_in_report=p.named_in_report,
        forgotten=p.forgotten,
        position=p.position,
        updated_at=p.updated_at,
    )


def agenda_item_view(a: m.AgendaItem) -> rm.AgendaItemView:
    return rm.AgendaItemView(
        condition=a.condition, position=a.position, minutes=a.minutes, starts_at=a.starts_at
    )


def assessment_view(a: m.Assessment) -> rm.AssessmentView:
    return rm.AssessmentView(
        id=a.id,
        condition=a.condition,
        participant_id=a.participant_id,
        stage=a.stage,
        note=a.note,
        updated_at=a.updated_at,
    )


def response_view(r: m.Response) -> rm.ResponseView:
    return rm.ResponseView(
        id=r.id,
        workshop_id=r.workshop_id,
        condition=r.condition,
        stage=r.stage,
        question=r.question,
        participant_id=r.participant_id,
        stakeholder_group=r.stakeholder_group,
        text=r.text,
        votes=r.votes,
        hidden=r.hidden,
        created_at=r.created_at,
        updated_at=r.updated_at,
    )


def action_item_view(a: m.ActionItem) -> rm.ActionItemView:
    return rm.ActionItemView(
        id=a.id,
        workshop_id=a.workshop_id,
        condition=a.condition,
        title=a.title,
        description=a.description,
        owner=a.owner,
        partners=a.partners,
        due=a.due,
        priority=a.priority,
        status=a.status,
        policy_lever=a.policy_lever,
        measure_of_success=a.measure_of_success,
        response_ids=tuple(sorted(r.id for r in a.responses)),
        created_at=a.created_at,
        updated_at=a.updated_at,
        number=a.number or 0,
        start=a.start,
        resources=a.resources,
        baseline=a.baseline,
        target=a.target,
        blocked_reason=a.blocked_reason,
        progress=notes_from_json(a.progress_json),
    )
