"""Devices joining a room: by a roster name (named people only), by stakeholder group, or anonymously."""

from __future__ import annotations

import hashlib
import secrets

from sqlalchemy import select

from plworkshop.domain.errors import InvalidValue, NotFound
from plworkshop.framework.loader import load_default_pack
from plworkshop.services.lookup import check_stakeholder_group
from plworkshop.services.room.sessions import RoomClosed
from plworkshop.services.room.views import DeviceView, JoinOptions
from plworkshop.storage import models as m
from plworkshop.storage.room_models import RoomDevice, RoomSession
from plworkshop.storage.unit_of_work import UnitOfWork

TOKEN_BYTES = 32
ANONYMOUS = "Anonymous"


def hash_token(token: str) -> str:
    """Only this hash is stored: a copied database does not let anyone act as a device."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def may_be_named(person: m.Participant | None) -> bool:
    return person is not None and bool(person.named_in_report) and not person.forgotten


def display_of(person: m.Participant | None, group: str | None) -> str:
    """What the room sees for a device. A person who declined to be named is never shown by name."""
    if may_be_named(person):
        return person.name
    if group:
        return f"A member of: {load_default_pack().stakeholder_label(group)}"
    return ANONYMOUS


def join_options(uow: UnitOfWork, workshop_id: str) -> JoinOptions:
    """Whom a device may join as: only people who agreed to be named are listed by name."""
    with uow:
        people = uow.s.execute(
            select(m.Participant.id, m.Participant.name)
            .where(
                m.Participant.workshop_id == workshop_id,
                m.Participant.named_in_report.is_(True),
                m.Participant.forgotten.is_(False),
            )
            .order_by(m.Participant.position, m.Participant.created_at)
        ).all()
    groups = tuple((t.key, t.label) for t in load_default_pack().stakeholder_groups)
    return JoinOptions(people=tuple((pid, name) for pid, name in people), groups=groups)


def join(
    uow: UnitOfWork, session_id: str, *, participant_id: str | None, stakeholder_group: str | None
) -> tuple[DeviceView, str]:
    """A new device of the session, and its token (given once; only its hash is kept)."""
    if participant_id is not None and not isinstance(participant_id, str):
        raise InvalidValue("participant", "The participant must be an id from the list.")
    if participant_id is not None and stakeholder_group is not None:
        raise InvalidValue("participant", "Join either by name or by stakeholder group, not both.")
    if not isinstance(stakeholder_group, (str, type(None))):
        raise InvalidValue("stakeholder_group", "The stakeholder group must be a key from the list.")
    stakeholder_group = check_stakeholder_group(stakeholder_group)
    token = secrets.token_urlsafe(TOKEN_BYTES)
    with uow:
        session = uow.s.get(RoomSession, session_id)
        if session is None:
            raise NotFound("That room session no longer exists.")
        if session.ended_at is not None:
            raise RoomClosed("This room session has ended.")
        person = None
        if participant_id is not None:
            person = uow.s.get(m.Participant, participant_id)
            if person is None or person.workshop_id != session.workshop_id or not may_be_named(person):
                # the same sentence for a declined name and an unknown one: nothing is given away
                raise InvalidValue(
                    "participant",
                    "That name is not on this room's list; choose another "
                    "or join as a group member or anonymously.",
                )
            stakeholder_group = person.stakeholder_group
        row = RoomDevice(
            session_id=session_id,
            token_hash=hash_token(token),
            participant_id=participant_id,
            stakeholder_group=stakeholder_group,
        )
        uow.s.add(row)
        uow.commit()
        return DeviceView(
            id=row.id,
            session_id=session_id,
            participant_id=participant_id,
            stakeholder_group=stakeholder_group,
            display=display_of(person, stakeholder_group),
        ), token


def device_by_token(uow: UnitOfWork, session_id: str, token: str) -> DeviceView | None:
    with uow:
        row = uow.s.scalars(
            select(RoomDevice).where(
                RoomDevice.token_hash == hash_token(token), RoomDevice.session_id == session_id
            )
        ).first()
        if row is None:
            return None
        person = uow.s.get(m.Participant, row.participant_id) if row.participant_id else None
        return DeviceView(
            id=row.id,
            session_id=row.session_id,
            participant_id=row.participant_id,
            stakeholder_group=row.stakeholder_group,
            display=display_of(person, row.stakeholder_group),
        )


def count_devices(uow: UnitOfWork, session_id: str) -> int:
    from sqlalchemy import func

    with uow:
        return (
            uow.s.scalar(
                select(func.count()).select_from(RoomDevice).where(RoomDevice.session_id == session_id)
            )
            or 0
        )
