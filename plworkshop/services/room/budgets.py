"""Each device's dot budget while the room votes: what the facilitator's vote panel shows instead of the
shared pool (a named person on several devices has one budget, as the room's own vote check counts it)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from plworkshop.services.lookup import get_workshop_row
from plworkshop.services.room.devices import may_be_named
from plworkshop.storage import models as m
from plworkshop.storage.room_models import RoomDevice, RoomSession, RoomVote
from plworkshop.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class HolderBudget:
    """One budget: a named person (all of their devices) or one group or anonymous device."""

    name: str | None  # a person who agreed to be named; never the name of someone who declined
    group: str | None  # the stakeholder group key, when not shown by name
    number: int  # 1, 2, … among the budgets shown by neither name nor group (anonymous devices)
    devices: int
    spent: int
    left: int | None  # None: no limit


@dataclass(frozen=True)
class RoomBudgets:
    """The room's budgets on one condition while voting is open."""

    condition: str
    per_person: int | None  # None: the workshop sets no limit
    holders: tuple[HolderBudget, ...]

    @property
    def spent(self) -> int:
        return sum(h.spent for h in self.holders)

    @property
    def total(self) -> int | None:
        return None if self.per_person is None else self.per_person * len(self.holders)

    @property
    def with_dots_left(self) -> int:
        return sum(1 for h in self.holders if h.left is None or h.left > 0)


def room_vote_budgets(
    uow: UnitOfWork, workshop_id: str, session_id: str, condition: str
) -> RoomBudgets | None:
    """The budgets of the session's devices on `condition`; None unless the session is this workshop's,
    still running and has voting open (then the shared pool applies)."""
    with uow:
        session = uow.s.get(RoomSession, session_id)
        if (
            session is None
            or session.workshop_id != workshop_id
            or session.ended_at is not None
            or not session.voting_open
        ):
            return None
        per_person = get_workshop_row(uow, workshop_id).votes_per_person or None
        spent = (
            select(RoomVote.device_id, func.sum(RoomVote.votes).label("spent"))
            .where(RoomVote.condition == condition)
            .group_by(RoomVote.device_id)
            .subquery()
        )
        rows = uow.s.execute(
            select(RoomDevice.id, RoomDevice.stakeholder_group, m.Participant, spent.c.spent)
            .outerjoin(m.Participant, m.Participant.id == RoomDevice.participant_id)
            .outerjoin(spent, spent.c.device_id == RoomDevice.id)
            .where(RoomDevice.session_id == session_id)
            .order_by(RoomDevice.created_at, RoomDevice.id)
        ).all()
        holders: dict[str, list] = {}  # holder key -> [name, group, number, devices, spent]
        unnamed = 0
        for device_id, group, person, used in rows:
            key = person.id if person is not None else device_id
            if key not in holders:
                name = person.name if may_be_named(person) else None
                group = group or (person.stakeholder_group if person is not None else None)
                number = 0
                if name is None and group is None:
                    unnamed += 1
                    number = unnamed
                holders[key] = [name, group, number, 0, 0]
            holders[key][3] += 1
            holders[key][4] += int(used or 0)
        return RoomBudgets(
            condition=condition,
            per_person=per_person,
            holders=tuple(
                HolderBudget(
                    name,
                    group,
                    number,
                    devices,
                    used,
                    None if per_person is None else max(per_person - used, 0),
                )
                for name, group, number, devices, used in holders.values()
            ),
        )
