"""What every screen of the GUI shares: the database, the framework pack, the undo stack, errors.

The context is the GUI's one gateway to the services. Screens call a service through `call` (GUI
thread) or `run_in_background` (a worker thread); either hands the service a fresh unit of work, so
screens never see a session or write SQL. The database itself is an opaque handle given by the
composition root (`plworkshop.app`): this module does not import `plworkshop.storage`, and
`replace_database` swaps it (a restored backup) for every screen at once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from plworkshop.domain.errors import PlworkshopError
from plworkshop.framework.model import FrameworkPack
from plworkshop.paths import AppPaths
from plworkshop.ui.i18n import translate

log = logging.getLogger(__name__)


class DatabaseHandle(Protocol):
    """What the context needs of the database the composition root opened (storage's `Database`)."""

    url: str  # shown to people: the password is hidden
    connect_url: str  # the same, with the password, for a part that connects by itself (the room)
    read_only: bool

    def uow(self) -> Any: ...


ServiceCall = Callable[..., Any]
"""`call(service, *args, **kwargs)`: runs one service function with a fresh unit of work."""


class UiContext(QObject):
    """Shared state of one running GUI. `data_changed(workshop_id, what)` follows every edit."""

    data_changed = Signal(str, str)
    database_replaced = Signal()  # after `replace_database`: every screen re-reads

    def __init__(
        self,
        db: DatabaseHandle,
        paths: AppPaths,
        pack: FrameworkPack,
        settings: QSettings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.paths = paths
        self.pack = pack
        self.settings = settings or QSettings(str(paths.data_dir / "settings.ini"), QSettings.IniFormat)
        self.undo_stack = QUndoStack(self)
        self.session = None  # the AppDatabase (lock, backups) when the app opened the database itself

    # -- the database -----------------------------------------------------------------------------
    @property
    def read_only(self) -> bool:
        """True when another plworkshop holds the database: screens may look but not store."""
        return bool(self.db.read_only)

    @property
    def database_url(self) -> str:
        """The database's URL with its password, for the room server, which opens its own connections."""
        return self.db.connect_url

    @property
    def can_restore_backups(self) -> bool:
        """A backup can replace the database only when the app opened its own SQLite file."""
        return self.session is not None and not self.db.url.startswith("postgresql")

    def replace_database(self, session: Any) -> None:
        """Swap in a reopened database (a restored backup): its undo history goes, every screen re-reads.

        `session` is what the composition root's `open_session` or a restore returns (it has `.db`).
        """
        self.session, self.db = session, session.db
        self.undo_stack.clear()
        self.database_replaced.emit()
        self.changed("", "workshop")

    # -- calling services -------------------------------------------------------------------------
    def call(self, service: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run a service function with a new unit of work; domain errors propagate to the caller."""
        return service(self.db.uow(), *args, **kwargs)

    def worker_call(self) -> ServiceCall:
        """A `call` bound to the database open now, for work on another thread.

        Each call gets its own unit of work (its own pooled connection), and keeps using this database
        even if `replace_database` swaps it meanwhile.
        """
        db = self.db

        def call(service: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
            return service(db.uow(), *args, **kwargs)

        return call

    def run_in_background(
        self,
        parent: QWidget | None,
        label: str,
        work: Callable[[ServiceCall], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        *,
        show_progress: bool = True,
        drop_if_replaced: bool = False,
    ) -> Any:
        """Run `work(call)` on a worker thread; `on_done(result)` or `on_error(exc)` on the GUI thread.

        `call(service, ...)` is `worker_call()`; `work` must not touch widgets. An error is shown as one
        clear message unless `on_error` is given. With `drop_if_replaced`, a result that arrives after
        the database was replaced is dropped (it describes the database that is gone). Returns the
        progress dialog, if one is shown.
        """
        from plworkshop.ui.tasks import run_task

        db, call = self.db, self.worker_call()

        def done(result: Any) -> None:
            if drop_if_replaced and self.db is not db:
                return
            on_done(result)

        failed = on_error if on_error is not None else (lambda exc: self.report_error(parent, exc))
        return run_task(parent, label, lambda: work(call), done, failed, show_progress=show_progress)

    def try_call(
        self, parent: QWidget | None, service: Callable[..., Any], *args: Any, **kwargs: Any
    ) -> Any | None:
        """Like `call`, but shows any error as one clear message and returns None."""
        try:
            return self.call(service, *args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - every failure is reported to the person
            self.report_error(parent, exc)
            return None

    def report_error(self, parent: QWidget | None, exc: BaseException) -> None:
        """A domain error is shown as it is; anything else is logged with its traceback."""
        if isinstance(exc, PlworkshopError):
            QMessageBox.warning(parent, "plworkshop", str(exc))
            return
        log.error("Unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
        QMessageBox.critical(
            parent,
            "plworkshop",
            translate(
                "Context",
                "Sorry, something went wrong and the last action did not complete. Your recorded work is "
                "safe. Details are in the log file:\n{log_file}",
            ).format(log_file=self.paths.log_file),
        )

    def changed(self, workshop_id: str, what: str) -> None:
        self.data_changed.emit(workshop_id, what)
