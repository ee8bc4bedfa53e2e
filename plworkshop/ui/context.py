"""What every screen of the GUI shares: the database, the framework pack, the undo stack, errors.

Screens call services through `UiContext.call`, which hands the service a fresh unit of work; they
never see a session or write SQL. All calls happen on the GUI thread, which owns the SQLite
connection; slow work goes through `plworkshop.ui.tasks`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from plworkshop.domain.errors import PlworkshopError
from plworkshop.framework.model import FrameworkPack
from plworkshop.paths import AppPaths
from plworkshop.storage.unit_of_work import Database
from plworkshop.ui.i18n import translate

log = logging.getLogger(__name__)


class UiContext(QObject):
    """Shared state of one running GUI. `data_changed(workshop_id, what)` follows every edit."""

    data_changed = Signal(str, str)

    def __init__(self, db: Database, paths: AppPaths, pack: FrameworkPack,
                 settings: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.paths = paths
        self.pack = pack
        self.settings = settings or QSettings(str(paths.data_dir / "settings.ini"), QSettings.IniFormat)
        self.undo_stack = QUndoStack(self)
        self.session = None  # the AppDatabase (lock, backups) when the app opened the database itself

    def call(self, service: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run a service function with a new unit of work; domain errors propagate to the caller."""
        return service(self.db.uow(), *args, **kwargs)

    def try_call(self, parent: QWidget | None, service: Callable[..., Any], *args: Any,
                 **kwargs: Any) -> Any | None:
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
