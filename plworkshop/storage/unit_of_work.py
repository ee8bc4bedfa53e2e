"""The unit of work: one transaction that rolls back unless `commit()` is called."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from plworkshop.domain.errors import StorageFailed


class UnitOfWork:
    """Use as `with uow: ...; uow.commit()`. Leaving the block without commit rolls back.

    One unit of work is used from one thread at a time. Inside `with`, `s` is an ORM session (made
    on first use) and `connection()` the transaction's connection for Core statements; a block uses
    one or the other. A block that needs only Core (recording an input, the hottest write) never
    makes a session: that saves about a fifth of the call.
    """

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        *,
        read_only: bool = False,
        engine: Engine | None = None,
    ) -> None:
        self._session_factory = session_factory
        self._engine = engine
        self.read_only = read_only
        self.session: Session | None = None
        self._plain: Connection | None = None
        self._inside = False

    def __enter__(self) -> UnitOfWork:
        self._inside = True
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        session, plain = self.session, self._plain
        self.session = self._plain = None
        self._inside = False
        try:
            if session is not None:
                session.close()  # ends the transaction: rolls back whatever was not committed
        finally:
            if plain is not None:
                plain.close()  # likewise: a transaction still open is rolled back
        if isinstance(exc, OperationalError):
            # A write refused by the disk (full, read-only) while a statement ran: say so plainly.
            raise StorageFailed(describe_write_failure(exc)) from exc

    @property
    def s(self) -> Session:
        """The block's session (only inside `with`)."""
        if not self._inside:
            raise RuntimeError("UnitOfWork used outside its `with` block")
        if self.session is None:
            if self._plain is not None:
                raise RuntimeError("This block already works on a plain connection; use connection()")
            self.session = self._session_factory()
        return self.session

    def connection(self) -> Connection:
        """The block's connection, in its transaction, for Core statements."""
        if not self._inside:
            raise RuntimeError("UnitOfWork used outside its `with` block")
        if self.session is not None or self._engine is None:
            return self.s.connection()
        if self._plain is None:
            self._plain = self._engine.connect()
            self._plain.begin()
        return self._plain

    def commit(self) -> None:
        if self.read_only:
            raise StorageFailed("This database is open read-only; nothing can be changed.")
        work = self._plain if self._plain is not None else self.s
        try:
            work.commit()
        except OperationalError as exc:
            work.rollback()
            raise StorageFailed(describe_write_failure(exc)) from exc

    def rollback(self) -> None:
        if self._plain is not None:
            self._plain.rollback()
        else:
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
        return UnitOfWork(self._sessions, read_only=self.read_only, engine=self.engine)

    def dispose(self) -> None:
        self.engine.dispose()
        if self._on_dispose is not None:
            release, self._on_dispose = self._on_dispose, None
            release()
