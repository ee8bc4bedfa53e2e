"""Comparing a database's tables, columns and indexes with what the migrations make.

The revision stamp says which migrations ran, not that their work is still there: a table dropped by
hand, or a file patched by another tool, carries the right stamp all the same. The expected shape is
taken by running the migrations on an empty in-memory SQLite database, so it follows every new
migration without a list to keep in step.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import Connection, create_engine, inspect

from plworkshop.storage import schema


@dataclass(frozen=True)
class TableShape:
    columns: frozenset[str]
    indexes: frozenset[str]


def shape_of(conn: Connection) -> dict[str, TableShape]:
    """Every table with its column names and the names of its indexes."""
    found = inspect(conn)
    shapes = {}
    for table in found.get_table_names():
        indexes = frozenset(
            ix["name"]
            for ix in found.get_indexes(table)
            if ix.get("name") and not ix.get("duplicates_constraint")
        )
        shapes[table] = TableShape(frozenset(c["name"] for c in found.get_columns(table)), indexes)
    return shapes


@lru_cache(maxsize=1)
def expected_shape() -> dict[str, TableShape]:
    """The shape the migrations make, from an empty in-memory database."""
    from alembic import command

    engine = create_engine("sqlite://")
    try:
        with engine.begin() as conn:
            command.upgrade(schema.alembic_config(conn), "head")
            return shape_of(conn)
    finally:
        engine.dispose()


def missing_parts(conn: Connection) -> list[str]:
    """What the migrations made that this database lacks, one phrase each ("the table “x”")."""
    actual, missing = shape_of(conn), []
    for table, wanted in sorted(expected_shape().items()):
        have = actual.get(table)
        if have is None:
            missing.append(f"the table “{table}”")
            continue
        missing += [f"the column “{table}.{c}”" for c in sorted(wanted.columns - have.columns)]
        missing += [f"the index “{i}” on “{table}”" for i in sorted(wanted.indexes - have.indexes)]
    return missing
