"""While the GUI runs, an unexpected exception is logged with its traceback and the app keeps going.

Qt calls Python slots from C++; an exception escaping a slot would otherwise print to a console the
facilitator never sees (or abort the process). `install_error_hook` replaces `sys.excepthook` so the
traceback goes to the log file and the person sees one short apology with the log's path.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from plworkshop.ui.i18n import translate

log = logging.getLogger("plworkshop.ui")


class ErrorApology:
    """The message a person sees; a classmethod seam so tests never block on a dialog."""

    @classmethod
    def show(cls, parent: QWidget | None, log_file: Path) -> None:
        QMessageBox.critical(
            parent,
            "plworkshop",
            translate(
                "ErrorHook",
                "Sorry, something went wrong and the last action did not complete. Everything you recorded "
                "before it is saved.\n\nDetails are in the log file:\n{log_file}",
            ).format(log_file=log_file),
        )


class ErrorHook:
    """A `sys.excepthook` replacement; `uninstall()` puts the previous hook back."""

    def __init__(self, log_file: Path, parent: Callable[[], QWidget | None] = lambda: None) -> None:
        self.log_file = log_file
        self._parent = parent
        self._previous = sys.excepthook
        self._showing = False
        self.count = 0

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        self.count += 1
        log.error("Unexpected error in the GUI", exc_info=(exc_type, exc, tb))
        if self._showing:  # an error while the apology is open: logged, not shown twice
            return
        self._showing = True
        try:
            ErrorApology.show(self._parent(), self.log_file)
        finally:
            self._showing = False

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self._previous


def install_error_hook(log_file: Path, parent: Callable[[], QWidget | None] = lambda: None) -> ErrorHook:
    hook = ErrorHook(log_file, parent)
    sys.excepthook = hook
    return hook
