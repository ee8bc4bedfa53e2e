"""Running slow work (reports, imports, exports) off the GUI thread, with a progress indicator.

`run_task` starts `work()` on a worker thread and calls `on_done(result)` or `on_error(exc)` back on
the GUI thread. `work` must not touch widgets; it gets its own database connection from the pool
(SQLite allows one writer at a time; the busy timeout covers the overlap).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)


class _Relay(QObject):
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:  # worker thread
        try:
            result = self._work()
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


_live: set[_Relay] = set()


def run_task(
    parent: QWidget | None,
    label: str,
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    *,
    show_progress: bool = True,
) -> QProgressDialog | None:
    """Start `work` in the background; a busy indicator shows while it runs."""
    relay = _Relay()
    _live.add(relay)
    dialog = None
    if show_progress:
        dialog = QProgressDialog(label, None, 0, 0, parent)
        dialog.setWindowTitle("plworkshop")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(True)

    def finish() -> None:
        _live.discard(relay)
        if dialog is not None:
            dialog.reset()
            dialog.deleteLater()

    def done(result: object) -> None:
        finish()
        on_done(result)

    def failed(exc: object) -> None:
        finish()
        on_error(exc)  # type: ignore[arg-type]

    relay.succeeded.connect(done, Qt.ConnectionType.QueuedConnection)
    relay.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    QThreadPool.globalInstance().start(_Job(work, relay))
    return dialog
