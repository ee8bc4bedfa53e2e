"""The only bridge between the GUI and the room server: Qt signals for what the room writes.

The server runs on its own threads and writes through its own connection; its Qt-free callback runs on
the writer's thread, so it is turned here into a queued Qt signal the GUI thread receives. The GUI's
event loop never waits for a device: facilitator actions (move on, pause, vote) are single small
writes, and answering devices never touches the GUI thread.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from plworkshop.room.server import RoomServer

log = logging.getLogger(__name__)

SETTLE_MS = 250
"""Room writes reach the window's lists at most this often (the first at once, the rest together)."""


class RoomController(QObject):
    """One room session of the open workshop. `room_input(kinds)` follows each durable group of writes."""

    room_input = Signal(list)  # the kinds of what arrived: "response", "vote", "placement", ...
    session_changed = Signal()  # started, ended, controls changed
    devices_changed = Signal(int)  # devices with the page open
    _relay = Signal(list)

    def __init__(self, database_url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database_url = database_url
        self.server: RoomServer | None = None
        self._relay.connect(self._arrived)
        # a busy room commits many small groups a second: the window hears of them at most every
        # SETTLE_MS (the first at once, the rest together), so its event loop never queues a backlog
        self._pending: list[str] = []
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._flush)
        self._poll = QTimer(self)
        self._poll.setInterval(1000)
        self._poll.timeout.connect(self._count)
        self._last_count = -1

    @property
    def running(self) -> bool:
        return self.server is not None

    @property
    def url(self) -> str:
        return self.server.url if self.server else ""

    @property
    def device_count(self) -> int:
        """Devices with the page open, as last counted (once a second)."""
        return max(self._last_count, 0) if self.server is not None else 0

    @property
    def workshop_id(self) -> str | None:
        return self.server.workshop_id if self.server else None

    def start(self, workshop_id: str, *, host: str, port: int, fresh_code: bool = False) -> str:
        """Listen on host:port; resumes the workshop's open session unless `fresh_code`. The join URL."""
        self.stop()
        server = RoomServer(self.database_url, workshop_id, host=host, port=port, fresh_code=fresh_code)
        server.add_listener(lambda notes: self._relay.emit([kind for kind, _ in notes]))
        self.server = server.start()
        self._last_count = -1
        self._poll.start()
        self.session_changed.emit()
        return self.server.url

    def stop(self) -> None:
        """Close the port; the session resumes with the same code next time."""
        if self.server is not None:
            server, self.server = self.server, None
            self._poll.stop()
            server.stop()
            self.session_changed.emit()

    def end(self) -> None:
        """End the session for good: its code stops working; everything recorded stays."""
        if self.server is not None:
            server, self.server = self.server, None
            self._poll.stop()
            server.end()
            self.session_changed.emit()

    def follow(self, condition: str, stage: int, question: str) -> None:
        """The facilitator moved: the room's devices follow (a question; else the condition)."""
        if self.server is None or not condition:
            return
        here = self.server.session.position
        if (condition, stage or None, question or None) == (here.condition, here.stage, here.question):
            return
        self.server.move_to(condition, stage or None, question or None)

    def set_controls(self, **changes: bool) -> None:
        if self.server is not None:
            self.server.set_controls(**changes)
            self.session_changed.emit()

    def approve(self, response_id: str) -> None:
        if self.server is not None:
            self.server.approve(response_id)

    def ideas_changed(self) -> None:
        """The facilitator changed an idea (withdrew, restored, edited): devices read it again."""
        if self.server is not None:
            self.server.ideas_changed()

    def _arrived(self, kinds: list) -> None:
        if self._settle.isActive():
            self._pending.extend(k for k in kinds if k not in self._pending)
            return
        self._settle.start()
        self.room_input.emit(list(dict.fromkeys(kinds)))

    def _flush(self) -> None:
        if self._pending:
            kinds, self._pending = self._pending, []
            self._settle.start()
            self.room_input.emit(kinds)

    def _count(self) -> None:
        if self.server is None:
            return
        count = self.server.connected_devices
        if count != self._last_count:
            self._last_count = count
            self.devices_changed.emit(count)
