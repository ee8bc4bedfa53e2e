"""The room's single writer: one thread that groups the writes waiting for it into one durable commit.

The web server's event loop never waits on the disk: it hands a write (a function of a unit of work) to
this thread and awaits a future. The thread takes everything queued at that moment (up to `MAX_GROUP`),
runs each in its own savepoint, commits once with SQLite's synchronous=FULL, and only then resolves the
futures, so an answer of 2xx always follows the fsync. The desktop app keeps its own connection; SQLite's
WAL lets both work on the file, and the app learns of the room's writes through `on_committed`.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from plworkshop.domain.errors import PlworkshopError
from plworkshop.storage.batched_writes import SavepointUnitOfWork, make_writer_engine
from plworkshop.storage.unit_of_work import Database

log = logging.getLogger(__name__)

MAX_GROUP = 64
Write = Callable[[Any], Any]


class WriterStopped(PlworkshopError):
    """The room is closing; the write was not made."""


class GroupWriter:
    """Runs writes on one thread, grouped into commits; `submit` returns a concurrent Future."""

    def __init__(self, url: str, *, on_committed: Callable[[list[Any]], None] | None = None) -> None:
        self.db = Database(make_writer_engine(url))
        self._queue: queue.Queue = queue.Queue()
        self._on_committed = on_committed
        self._thread = threading.Thread(target=self._run, name="room-writer", daemon=True)
        self._stopping = False
        self._thread.start()

    def submit(self, write: Write, note: Any = None) -> Future:
        """Queue `write(uow)`; `note` (if any) is passed to on_committed once it is durable."""
        future: Future = Future()
        if self._stopping:
            future.set_exception(WriterStopped("The room is closing; try again in a moment."))
            return future
        self._queue.put((write, future, note))
        return future

    def call(self, write: Write, note: Any = None, timeout: float = 30.0) -> Any:
        """Submit and wait (for callers that are not on the event loop: the facilitator's side)."""
        return self.submit(write, note).result(timeout)

    def stop(self) -> None:
        self._stopping = True
        self._queue.put(None)
        self._thread.join(timeout=30)
        self.db.dispose()

    def _run(self) -> None:
        while True:
            first = self._queue.get()
            if first is None:
                return
            group = [first]
            while len(group) < MAX_GROUP:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is None:
                    self._queue.put(None)
                    break
                group.append(item)
            self._commit_group(group)

    def _commit_group(self, group: list) -> None:
        results: list[tuple[Future, bool, Any, Any]] = []
        try:
            with self.db.engine.connect() as conn:
                from sqlalchemy.orm import Session

                with Session(bind=conn, expire_on_commit=False) as session, session.begin():
                    for write, future, note in group:
                        results.append((future, *self._one(session, write), note))
        except Exception as exc:
            log.exception("The room's group commit failed")
            failure = (
                exc
                if isinstance(exc, PlworkshopError)
                else PlworkshopError("The last change could not be saved to the database. Try again.")
            )
            for _write, future, _note in group:
                if not future.done():
                    future.set_exception(failure)
            return
        notes = [note for _f, ok, _v, note in results if ok and note is not None]
        for future, ok, value, _note in results:
            if ok:
                future.set_result(value)
            else:
                future.set_exception(value)
        if notes and self._on_committed is not None:
            try:
                self._on_committed(notes)
            except Exception:
                log.exception("A listener of the room's writes failed")

    @staticmethod
    def _one(session, write: Write) -> tuple[bool, Any]:
        savepoint = session.begin_nested()
        try:
            value = write(SavepointUnitOfWork(session))
        except Exception as exc:
            if savepoint.is_active:
                savepoint.rollback()
            if not isinstance(exc, PlworkshopError):
                log.exception("A room write failed")
            return False, exc
        if savepoint.is_active:
            savepoint.commit()
        return True, value
