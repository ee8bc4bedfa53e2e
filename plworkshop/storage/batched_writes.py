"""Many small writes in one durable commit: the room's single writer groups what arrives together.

Each write runs in its own SAVEPOINT, so one refused write leaves the others of its group untouched,
and the group is committed once (one fsync for many devices). The services take a unit of work; a
`SavepointUnitOfWork` lets them run unchanged inside the group: their `commit()` releases their
savepoint, and leaving their block without it rolls back only their own changes.

SQLite's Python driver opens transactions in its own way, which breaks SAVEPOINT; SQLAlchemy documents
the remedy used in `make_writer_engine`: the driver is told to leave transactions alone and the engine
emits BEGIN itself (IMMEDIATE here, so the writer waits for the file's write lock up front instead of
failing half-way when the desktop app is writing at the same moment).
"""

from __future__ import annotations

from sqlalchemy import Engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from plworkshop.domain.errors import StorageFailed
from plworkshop.storage.engine import make_engine
from plworkshop.storage.unit_of_work import UnitOfWork, describe_write_failure


def make_writer_engine(url: str) -> Engine:
    """An engine whose transactions can hold savepoints (the documented pysqlite recipe)."""
    engine = make_engine(url)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _leave_transactions_to_us(dbapi_connection, _record) -> None:
            dbapi_connection.isolation_level = None

        @event.listens_for(engine, "begin")
        def _begin_immediate(conn) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


class SavepointUnitOfWork(UnitOfWork):
    """A unit of work inside a larger transaction: `commit()` keeps its changes for the group's commit."""

    def __init__(self, session: Session) -> None:
        super().__init__(sessionmaker(), read_only=False)
        self._shared = session
        self._savepoint = None

    def __enter__(self) -> SavepointUnitOfWork:
        self._inside = True
        self.session = self._shared
        self._savepoint = self._shared.begin_nested()
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        savepoint, self._savepoint, self.session = self._savepoint, None, None
        self._inside = False
        if savepoint is not None and savepoint.is_active:
            savepoint.rollback()
        if isinstance(exc, OperationalError):
            raise StorageFailed(describe_write_failure(exc)) from exc

    def commit(self) -> None:
        if self._savepoint is None:
            raise RuntimeError("SavepointUnitOfWork.commit() outside its `with` block")
        self._shared.flush()
        self._savepoint.commit()

    def rollback(self) -> None:
        if self._savepoint is not None and self._savepoint.is_active:
            self._savepoint.rollback()
