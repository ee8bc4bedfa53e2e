"""The unit of work: one transaction that rolls back unless `commit()` is called."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from plworkshop.domain.errors import StorageFailed


class UnitOfWork:
    """Use as `with uow: ...; uow.commit()`. Leaving the block without commit rolls back.

    One unit of work is used from one thread at a time; each `with` opens a fresh session.
    """

    def __init__(self, session_factory: sessionmaker[Session], *, read_only: bool = False) -> None:
        self._session_factory = session_factory
        self.read_only = read_only
        self.session: Session | None = None

    def __enter__(self) -> UnitOfWork:
        self.session = self._session_factory()
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        assert self.session is not None
        try:
            self.session.close()  # ends the transaction: rolls back whatever was not committed
        finally:
            self.session = None
        if isinstance(exc, OperationalError):
            # A write refused by the disk (full, read-only) while a statement ran: say so plainly.
            raise StorageFailed(describe_write_failure(exc)) from exc

    @property
    def s(self) -> Session:
        """The open session (only inside `with`)."""
        if self.session is None:
            raise RuntimeError("UnitOfWork used outside its `with` block")
        return self.session

    def commit(self) -> None:
        if self.read_only:
            raise StorageFailed("This database is open read-only; nothing can be changed.")
        try:
            self.s.commit()
        except OperationalError as exc:
            self.s.rollback()
            raise StorageFailed(describe_write_failure(exc)) from exc

    def rollback(self) -> None:
        self.s.rollback()


def describe_write_failure(exc: Exception) -> str:
    text = str(getattr(exc, "orig", exc)).lower()
    if "full" in text:
        return "The disk is full, so the last change was not saved. Free some space and try again."
    if "readonly" in text or "read-only" in text:
        return "The data folder is read-only, so the last change was not saved."
    if "locked" in text or "busy" in text:
        return "The database is busy in another program, so the last change was not saved. Try again."
    return "The last change could not be saved to the database. Try again."


class Database:
    """An engine and its session factory; hands out units of work."""

    def __init__(
        self, engine: Engine, *, read_only: bool = False, on_dispose: Callable[[], None] | None = None
    ) -> None:
        self.engine = engine
        self.read_only = read_only
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._on_dispose = on_dispose  # lets go of the file's users lock (storage.users_lock)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def connect_url(self) -> str:
        """The URL with its password, for a part that opens its own connection (the room server)."""
        return self.engine.url.render_as_string(hide_password=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self._sessions, read_only=self.read_only)

    def dispose(self) -> None:
        self.engine.dispose()
        if self._on_dispose is not None:
            release, self._on_dispose = self._on_dispose, None
            release()
