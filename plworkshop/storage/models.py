"""The database tables, as typed SQLAlchemy 2 models. Schema changes go through Alembic migrations."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from plworkshop.storage.types import UTCDateTime, utcnow


def new_id() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    pass


class Workshop(Base):
    __tablename__ = "workshops"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    title: Mapped[str] = mapped_column(Text)
    date: Mapped[dt.date | None] = mapped_column(Date)
    location: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(Text, default="")
    district: Mapped[str] = mapped_column(Text, default="")
    facilitator: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    framework_id: Mapped[str] = mapped_column(String(200))
    framework_version: Mapped[str] = mapped_column(String(50))
    votes_per_person: Mapped[int] = mapped_column(Integer, default=3)
    last_action_number: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    """The highest action-item number ever given in this workshop: numbers are never reused."""
    extra_json: Mapped[str] = mapped_column(Text, default="{}")
    day_starts_at: Mapped[str | None] = mapped_column(String(5))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class WorkshopCondition(Base):
    """The framework text of one condition as this workshop uses it (its own copy, kept for ever)."""

    __tablename__ = "workshop_conditions"

    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id", ondelete="CASCADE"), primary_key=True)
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    custom: Mapped[bool] = mapped_column(Boolean, default=False)
    content_json: Mapped[str] = mapped_column(Text)


class Participant(Base):
    __tablename__ = "participants"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(Text, default="")
    organization: Mapped[str] = mapped_column(Text, default="")
    stakeholder_group: Mapped[str] = mapped_column(String(200), default="other")
    named_in_report: Mapped[bool] = mapped_column(Boolean, default=True)
    forgotten: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class AgendaItem(Base):
    __tablename__ = "agenda_items"
    __table_args__ = (UniqueConstraint("workshop_id", "condition"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id", ondelete="CASCADE"), index=True)
    condition: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(Integer)
    minutes: Mapped[int] = mapped_column(Integer, default=45)
    starts_at: Mapped[str | None] = mapped_column(String(5))


class Assessment(Base):
    __tablename__ = "assessments"
    __table_args__ = (Index("ix_assessments_workshop_condition", "workshop_id", "condition"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id", ondelete="CASCADE"), index=True)
    condition: Mapped[str] = mapped_column(String(200))
    participant_id: Mapped[str | None] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    stage: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


action_item_responses = Table(
    "action_item_responses",
    Base.metadata,
    Column("action_item_id", ForeignKey("action_items.id", ondelete="CASCADE"), primary_key=True),
    Column("response_id", ForeignKey("responses.id", ondelete="CASCADE"), primary_key=True),
)


class Response(Base):
    __tablename__ = "responses"
    __table_args__ = (
        Index("ix_responses_workshop_question", "workshop_id", "condition", "question"),
        Index("ix_responses_participant", "participant_id"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id", ondelete="CASCADE"))
    condition: Mapped[str] = mapped_column(String(200))
    stage: Mapped[int] = mapped_column(Integer)
    question: Mapped[str] = mapped_column(String(300))
    participant_id: Mapped[str | None] = mapped_column(ForeignKey("participants.id", ondelete="SET NULL"))
    stakeholder_group: Mapped[str | None] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    votes: Mapped[int] = mapped_column(Integer, default=0)
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class ActionItem(Base):
    """One commitment. `number` is its stable item number within the workshop (1, 2, 3… in creation
    order, never reused); nullable in the schema only because SQLite cannot add a NOT NULL column
    without rebuilding the table, and every writer sets it. `progress_json` holds the dated progress
    notes as a JSON list of {"as_of": "YYYY-MM-DD", "text": ...}: they belong to the item and travel
    with it."""

    __tablename__ = "action_items"
    __table_args__ = (Index("ix_action_items_workshop_number", "workshop_id", "number", unique=True),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id", ondelete="CASCADE"), index=True)
    condition: Mapped[str | None] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(Text, default="")
    partners: Mapped[str] = mapped_column(Text, default="")
    due: Mapped[dt.date | None] = mapped_column(Date)
    priority: Mapped[str] = mapped_column(String(20), default="medium")
    status: Mapped[str] = mapped_column(String(20), default="planned")
    policy_lever: Mapped[str | None] = mapped_column(String(200))
    measure_of_success: Mapped[str] = mapped_column(Text, default="")
    number: Mapped[int | None] = mapped_column(Integer)
    start: Mapped[dt.date | None] = mapped_column(Date)
    resources: Mapped[str] = mapped_column(Text, default="", server_default="")
    baseline: Mapped[str] = mapped_column(Text, default="", server_default="")
    target: Mapped[str] = mapped_column(Text, default="", server_default="")
    blocked_reason: Mapped[str] = mapped_column(Text, default="", server_default="")
    progress_json: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    responses: Mapped[list[Response]] = relationship(secondary=action_item_responses, lazy="selectin")


theme_members = Table(
    "theme_members",
    Base.metadata,
    Column("theme_id", ForeignKey("themes.id", ondelete="CASCADE"), primary_key=True),
    Column("response_id", ForeignKey("responses.id", ondelete="CASCADE"), primary_key=True),
    UniqueConstraint("response_id", name="uq_theme_members_response"),
)


class Theme(Base):
    """Ideas of one condition grouped under a name, with dot votes of its own."""

    __tablename__ = "themes"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id", ondelete="CASCADE"), index=True)
    condition: Mapped[str] = mapped_column(String(200))
    name: Mapped[str] = mapped_column(Text)
    votes: Mapped[int] = mapped_column(Integer, default=0)
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    responses: Mapped[list[Response]] = relationship(secondary=theme_members, lazy="selectin")


class ParkedIdea(Base):
    """The parking lot: an idea that belongs to no strategic question, kept aside."""

    __tablename__ = "parked_ideas"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    participant_id: Mapped[str | None] = mapped_column(ForeignKey("participants.id", ondelete="SET NULL"))
    stakeholder_group: Mapped[str | None] = mapped_column(String(200))
    condition: Mapped[str | None] = mapped_column(String(200))
    stage: Mapped[int | None] = mapped_column(Integer)
    question: Mapped[str | None] = mapped_column(String(300))
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class AgendaSession(Base):
    """An agenda item that is not a condition: welcome, break, lunch, report-out or one's own."""

    __tablename__ = "agenda_sessions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer)
    minutes: Mapped[int] = mapped_column(Integer)
    starts_at: Mapped[str | None] = mapped_column(String(5))
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class QuestionTimeBox(Base):
    """A time box of its own for one strategic question (the condition's applies otherwise)."""

    __tablename__ = "question_time_boxes"

    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id", ondelete="CASCADE"), primary_key=True)
    condition: Mapped[str] = mapped_column(String(200), primary_key=True)
    question: Mapped[str] = mapped_column(String(300), primary_key=True)
    minutes: Mapped[int] = mapped_column(Integer)


# The room's tables share this metadata (migrations and the schema check see them).
from plworkshop.storage import (  # noqa: E402
    room_models,  # noqa: F401
    time_box_models,  # noqa: F401
)
