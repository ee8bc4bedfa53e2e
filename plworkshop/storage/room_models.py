"""The room's tables: a join session, the devices that joined it, and what each device sent.

The words themselves live in `responses` and a named person's placement in `assessments`, as if the
facilitator had typed them; these tables only say which device they came from, so the room's input is
marked as such, a retry finds the same record, and each device spends its own vote budget.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from plworkshop.storage.models import Base, new_id
from plworkshop.storage.types import UTCDateTime, utcnow


class RoomSession(Base):
    """One room session of a workshop: its join code, where it listens, and what the room may do."""

    __tablename__ = "room_sessions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    host: Mapped[str] = mapped_column(String(100), default="")
    port: Mapped[int] = mapped_column(Integer, default=0)
    condition: Mapped[str | None] = mapped_column(String(200))
    stage: Mapped[int | None] = mapped_column(Integer)
    question: Mapped[str | None] = mapped_column(String(300))
    input_open: Mapped[bool] = mapped_column(Boolean, default=True)
    voting_open: Mapped[bool] = mapped_column(Boolean, default=False)
    counts_hidden: Mapped[bool] = mapped_column(Boolean, default=True)
    hold_for_approval: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    ended_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class RoomDevice(Base):
    """A phone or laptop that joined; only a hash of its token is kept."""

    __tablename__ = "room_devices"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    session_id: Mapped[str] = mapped_column(ForeignKey("room_sessions.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    participant_id: Mapped[str | None] = mapped_column(ForeignKey("participants.id", ondelete="SET NULL"))
    stakeholder_group: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class RoomResponse(Base):
    """Marks a response as sent from the room, by which device, and whether it waits for approval."""

    __tablename__ = "room_responses"

    response_id: Mapped[str] = mapped_column(ForeignKey("responses.id", ondelete="CASCADE"), primary_key=True)
    device_id: Mapped[str] = mapped_column(ForeignKey("room_devices.id", ondelete="CASCADE"), index=True)
    held: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class RoomVote(Base):
    """How many of its dots one device has put on one response."""

    __tablename__ = "room_votes"

    device_id: Mapped[str] = mapped_column(
        ForeignKey("room_devices.id", ondelete="CASCADE"), primary_key=True
    )
    response_id: Mapped[str] = mapped_column(ForeignKey("responses.id", ondelete="CASCADE"), primary_key=True)
    condition: Mapped[str] = mapped_column(String(200))
    votes: Mapped[int] = mapped_column(Integer, default=0)


class RoomPlacement(Base):
    """A placement from a device that joined as a group member or anonymously (no roster person)."""

    __tablename__ = "room_placements"
    __table_args__ = (
        UniqueConstraint("device_id", "condition"),
        Index("ix_room_placements_condition", "condition"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    device_id: Mapped[str] = mapped_column(ForeignKey("room_devices.id", ondelete="CASCADE"))
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id", ondelete="CASCADE"), index=True)
    condition: Mapped[str] = mapped_column(String(200))
    stakeholder_group: Mapped[str | None] = mapped_column(String(200))
    stage: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
