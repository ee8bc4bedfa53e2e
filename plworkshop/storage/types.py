"""Column types that behave the same on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import DateTime
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Timezone-aware UTC datetimes in, timezone-aware UTC datetimes out, on every backend.

    SQLite has no time zone type, so values are stored as naive UTC and given their zone back on load.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: dt.datetime | None, dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


_UTC = dt.UTC


def sqlite_time(value: dt.datetime | None) -> str | None:
    """What `UTCDateTime` stores on SQLite for an aware datetime (naive UTC text, as SQLAlchemy's
    SQLite DateTime writes it), for code that hands values to the driver itself."""
    if value is None:
        return None
    if value.tzinfo is not _UTC:
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(_UTC)
    return value.isoformat(" ", "microseconds")[:26]  # drops the "+00:00"


def pg_time(value: dt.datetime | None) -> dt.datetime | None:
    """What `UTCDateTime` hands psycopg: the aware UTC datetime."""
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("naive datetime given to a UTC column")
    return value if value.tzinfo is _UTC else value.astimezone(_UTC)


def driver_time(dialect: str):
    """The function turning a `UTCDateTime` value into what this dialect's driver is given."""
    return sqlite_time if dialect == "sqlite" else pg_time


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
