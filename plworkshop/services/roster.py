"""The roster: who takes part, which stakeholder group each speaks for, and who may be named."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from plworkshop.domain import read_models as rm
from plworkshop.domain.text_rules import check_short_text
from plworkshop.services import read_models as to_view
from plworkshop.services.lookup import check_stakeholder_group, get_row, get_workshop_row
from plworkshop.storage import models as m
from plworkshop.storage.types import utcnow
from plworkshop.storage.unit_of_work import UnitOfWork

FORGOTTEN_NAME = "(removed at their request)"


@dataclass(frozen=True)
class NewParticipant:
    """One row of a roster being typed or pasted."""

    name: str
    stakeholder_group: str = "other"
    role: str = ""
    organization: str = ""
    named_in_report: bool = True


def _checked(p: NewParticipant) -> dict:
    return dict(
        name=check_short_text("name", p.name, required=True),
        role=check_short_text("role", p.role),
        organization=check_short_text("organization", p.organization),
        stakeholder_group=check_stakeholder_group(p.stakeholder_group, required=True),
        named_in_report=bool(p.named_in_report),
    )


def add_participants(
    uow: UnitOfWork, workshop_id: str, people: list[NewParticipant]
) -> list[rm.ParticipantView]:
    """Add several people at once (a typed or pasted list): all are added, or none."""
    checked = [_checked(p) for p in people]
    with uow:
        workshop = get_workshop_row(uow, workshop_id)
        start = (
            uow.s.scalar(
                select(func.coalesce(func.max(m.Participant.position), 0)).where(
                    m.Participant.workshop_id == workshop_id
                )
            )
            or 0
        )
        rows = [
            m.Participant(workshop_id=workshop_id, position=start + i + 1, **values)
            for i, values in enumerate(checked)
        ]
        uow.s.add_all(rows)
        workshop.updated_at = utcnow()
        uow.commit()
        return [to_view.participant_view(r) for r in rows]


def add_participant(
    uow: UnitOfWork,
    workshop_id: str,
    *,
    name: str,
    stakeholder_group: str = "other",
    role: str = "",
    organization: str = "",
    named_in_report: bool = True,
) -> rm.ParticipantView:
    return add_participants(
        uow,
        workshop_id,
        [
            NewParticipant(
                name=name,
                stakeholder_group=stakeholder_group,
                role=role,
                organization=organization,
                named_in_report=named_in_report,
            )
        ],
    )[0]


def update_participant(
    uow: UnitOfWork, workshop_id: str, participant_id: str, **changes
) -> rm.ParticipantView:
    """Change any of name, role, organization, stakeholder_group, named_in_report."""
    with uow:
        row = get_row(uow, m.Participant, participant_id, workshop_id, "participant")
        merged = NewParticipant(
            name=changes.pop("name", row.name),
            role=changes.pop("role", row.role),
            organization=changes.pop("organization", row.organization),
            stakeholder_group=changes.pop("stakeholder_group", row.stakeholder_group),
            named_in_report=changes.pop("named_in_report", row.named_in_report),
        )
        if changes:
            raise TypeError(f"unknown participant fields {sorted(changes)}")
        for name, value in _checked(merged).items():
            setattr(row, name, value)
        row.updated_at = utcnow()
        uow.commit()
        return to_view.participant_view(row)


def remove_participant(uow: UnitOfWork, workshop_id: str, participant_id: str) -> None:
    """Take someone off the roster; what they said stays, attributed to their stakeholder group."""
    with uow:
        row = get_row(uow, m.Participant, participant_id, workshop_id, "participant")
        _keep_group_on_responses(uow, row)
        uow.s.delete(row)
        uow.commit()


def forget_participant(uow: UnitOfWork, workshop_id: str, participant_id: str) -> rm.ParticipantView:
    """Erase a person's name and details everywhere; keep their input under their stakeholder group."""
    with uow:
        row = get_row(uow, m.Participant, participant_id, workshop_id, "participant")
        _keep_group_on_responses(uow, row)
        row.name, row.role, row.organization = FORGOTTEN_NAME, "", ""
        row.named_in_report, row.forgotten = False, True
        row.updated_at = utcnow()
        uow.commit()
        return to_view.participant_view(row)


def _keep_group_on_responses(uow: UnitOfWork, row: m.Participant) -> None:
    for response in uow.s.scalars(select(m.Response).where(m.Response.participant_id == row.id)):
        if not response.stakeholder_group:
            response.stakeholder_group = row.stakeholder_group


def list_participants(uow: UnitOfWork, workshop_id: str) -> list[rm.ParticipantView]:
    with uow:
        get_workshop_row(uow, workshop_id)
        rows = uow.s.scalars(
            select(m.Participant)
            .where(m.Participant.workshop_id == workshop_id)
            .order_by(m.Participant.position, m.Participant.created_at)
        )
        return [to_view.participant_view(r) for r in rows]


def move_participant(uow: UnitOfWork, workshop_id: str, participant_id: str, new_index: int) -> None:
    """Put a participant at `new_index` in the roster order."""
    with uow:
        rows = list(
            uow.s.scalars(
                select(m.Participant)
                .where(m.Participant.workshop_id == workshop_id)
                .order_by(m.Participant.position, m.Participant.created_at)
            )
        )
        moving = next((r for r in rows if r.id == participant_id), None)
        if moving is None:
            get_row(uow, m.Participant, participant_id, workshop_id, "participant")
        rows.remove(moving)
        rows.insert(max(0, min(new_index, len(rows))), moving)
        for i, r in enumerate(rows, start=1):
            r.position = i
        uow.commit()
