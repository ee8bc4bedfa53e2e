"""One connection holding the database's write lock while the schema is created or migrated.

Two first runs at once (two imports into a new data folder) must not both create the tables. SQLite
starts a plain transaction lazily, at its first write, and runs `CREATE TABLE` outside any transaction
in the Python driver's default mode; so here the connection is put in the driver's autocommit mode and
the transaction is begun by hand with `BEGIN IMMEDIATE`, which takes the write lock at once (the
SQLAlchemy documentation's recipe for SQLite transactions). The second process waits on the busy
timeout, then sees the schema the first one made. PostgreSQL has transactional DDL; a transaction-scoped
advisory lock makes the second process wait there.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine, text

MIGRATION_BUSY_TIMEOUT_MS = 120_000  # a migration of a large database may hold the lock a while
ADVISORY_KEY = 0x706C_776B  # "plwk": the key of the schema lock among PostgreSQL advisory locks


@contextmanager
def schema_lock(engine: Engine) -> Iterator[Connection]:
    """A connection in a transaction that holds the schema lock; commits on success."""
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            raw = conn.connection.driver_connection
            previous = raw.isolation_level
            raw.isolation_level = None  # the driver leaves transactions to us
            try:
                conn.exec_driver_sql(f"PRAGMA busy_timeout={MIGRATION_BUSY_TIMEOUT_MS}")
                conn.exec_driver_sql("BEGIN IMMEDIATE")
                try:
                    yield conn
                except BaseException:
                    conn.exec_driver_sql("ROLLBACK")
                    raise
                conn.exec_driver_sql("COMMIT")
            finally:
                raw.isolation_level = previous
                conn.invalidate()  # never hand this connection, with its changed settings, to the pool
        return
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": ADVISORY_KEY})
        yield conn
