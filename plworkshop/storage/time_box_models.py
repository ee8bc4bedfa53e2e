"""How far each time box of a workshop has run, so a restart picks the countdown up where it was."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Float, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from plworkshop.storage.models import Base
from plworkshop.storage.types import UTCDateTime, utcnow


class TimeBoxProgress(Base):
    """One time box (keyed by its agenda key, e.g. a condition) of one workshop."""

    __tablename__ = "time_box_progress"

    workshop_id: Mapped[str] = mapped_column(ForeignKey("workshops.id", ondelete="CASCADE"), primary_key=True)
    key: Mapped[str] = mapped_column(String(300), primary_key=True)
    used_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    extra_seconds: Mapped[int] = mapped_column(Integer, default=0)
    paused_by_hand: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
