"""Inserting many new rows through the DB-API driver's `executemany`, values converted once.

SQLAlchemy's per-value bind processing (UTCDateTime, then the SQLite DateTime processor) is most of
an import's own cost, so new rows go straight to the driver on the session's own connection (same
transaction, same error translation). Every value is converted here to exactly what the ORM types
store, so rows written either way read back identically:

- SQLite: a `UTCDateTime` becomes naive UTC text `YYYY-MM-DD HH:MM:SS.ffffff` (the format of
  SQLAlchemy's SQLite DateTime), a `Date` `YYYY-MM-DD`, a Boolean 0/1 (what the sqlite3 driver makes of
  a bool), other values pass as they are;
- PostgreSQL (psycopg): the aware UTC datetimes, dates and bools pass as they are, which is what
  `UTCDateTime` hands psycopg too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import Connection, Date, Table

from plworkshop.storage.types import UTCDateTime, driver_time

_MARKS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


def _sqlite_date(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _converters(table: Table, columns: tuple[str, ...], dialect: str) -> dict[str, Callable]:
    found = {}
    for name in columns:
        kind = table.c[name].type
        if isinstance(kind, UTCDateTime):
            found[name] = driver_time(dialect)
        elif isinstance(kind, Date) and dialect == "sqlite":
            found[name] = _sqlite_date
    return found


def driver_rows(table: Table, rows: list[dict], dialect: str) -> tuple[tuple[str, ...], list[tuple]]:
    """(column names, one tuple per row in the driver's stored form); every row has the same keys."""
    columns = tuple(rows[0])
    unknown = [name for name in columns if name not in table.c]
    if unknown:
        raise KeyError(f"{table.name} has no column {unknown[0]}")
    convert = _converters(table, columns, dialect)
    by_column = []
    for name in columns:
        values = [r[name] for r in rows]
        if name in convert:  # each distinct value once (created_at often equals updated_at)
            stored = {value: convert[name](value) for value in set(values)}
            values = [stored[value] for value in values]
        by_column.append(values)
    return columns, list(zip(*by_column))


def insert_rows(conn: Connection, table: Table, rows: list[dict]) -> int:
    """INSERT every row (dicts with the same keys) with one executemany; returns how many."""
    if not rows:
        return 0
    dialect = conn.dialect
    columns, values = driver_rows(table, rows, dialect.name)
    mark = _MARKS[dialect.paramstyle]
    quote = dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in columns)}) "
        f"VALUES ({', '.join([mark] * len(columns))})"
    )
    conn.exec_driver_sql(sql, values)
    return len(values)
