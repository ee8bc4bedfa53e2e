"""The facilitator's room window: join address and large QR, devices, the room's switches, approvals."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from plworkshop.room import qr
from plworkshop.services import responses
from plworkshop.services.room import state as room_state
from plworkshop.ui.context import UiContext
from plworkshop.ui.i18n import translate
from plworkshop.ui.room.room_controller import RoomController


def qr_pixmap(url: str, size: int) -> QPixmap:
    pixmap = QPixmap()
    pixmap.loadFromData(qr.png(url, scale=10))
    # FastTransformation keeps the modules' edges sharp (a smoothed QR code reads worse)
    return pixmap.scaled(
        size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation
    )


class JoinView(QWidget):
    """The join address and a large QR code: the projector shows this while the room joins."""

    def __init__(self, url: str, parent: QWidget | None = None, *, dark: bool = False) -> None:
        super().__init__(parent)
        self.dark = dark
        layout = QVBoxLayout(self)
        title = QLabel(translate("RoomWindow", "Join from your phone: scan the code or type the address"))
        title.setWordWrap(True)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        title.setFont(font)
        self.code = QLabel()
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setAccessibleName(translate("RoomWindow", "QR code of the join address"))
        self.address = QLabel(url)
        self.address.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        mono = QFont("monospace")
        mono.setPointSizeF(font.pointSizeF())
        self.address.setFont(mono)
        layout.addWidget(title)
        layout.addWidget(self.code, 1)
        layout.addWidget(self.address)
        self.url = url

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        side = max(120, min(self.width() - 20, self.height() - 120))
        # on the projector's dark page the code keeps its white border (its quiet zone), so phones read it
        self.code.setPixmap(qr_pixmap(self.url, side))
        super().resizeEvent(event)


class RoomWindow(QWidget):
    """A tool window beside the main window; closing it keeps the session running."""

    def __init__(self, ctx: UiContext, room: RoomController, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx, self.room = ctx, room
        self.setWindowTitle(translate("RoomWindow", "The room"))
        self.resize(520, 720)
        layout = QVBoxLayout(self)
        self.join = JoinView(room.url)
        layout.addWidget(self.join, 1)
        self.devices = QLabel()
        layout.addWidget(self.devices)
        self.on_projector = QCheckBox(translate("RoomWindow", "Show the join code on the p&rojector"))
        self.on_projector.toggled.connect(self._projector)
        layout.addWidget(self.on_projector)
        session = room.server.session
        self.input_open = QCheckBox(translate("RoomWindow", "&Input open (untick to pause)"))
        self.input_open.setChecked(session.input_open)
        self.voting_open = QCheckBox(
            translate("RoomWindow", "&Voting open (each device spends its own votes)")
        )
        self.voting_open.setChecked(session.voting_open)
        self.counts_hidden = QCheckBox(translate("RoomWindow", "&Hide vote counts until voting closes"))
        self.counts_hidden.setChecked(session.counts_hidden)
        self.hold = QCheckBox(translate("RoomWindow", "Hold new input for my &approval"))
        self.hold.setChecked(session.hold_for_approval)
        for box, name in (
            (self.input_open, "input_open"),
            (self.voting_open, "voting_open"),
            (self.counts_hidden, "counts_hidden"),
            (self.hold, "hold_for_approval"),
        ):
            box.toggled.connect(lambda on, n=name: self._set(n, on))
            layout.addWidget(box)
        layout.addWidget(QLabel(translate("RoomWindow", "Waiting for approval:")))
        self.held = QListWidget()
        self.held.setAccessibleName(translate("RoomWindow", "Input waiting for approval"))
        self.held.setMaximumHeight(140)
        layout.addWidget(self.held)
        row = QHBoxLayout()
        self.approve_button = QPushButton(translate("RoomWindow", "A&pprove"))
        self.approve_button.clicked.connect(self._approve)
        self.cards_button = QPushButton(translate("RoomWindow", "Print join &cards…"))
        self.cards_button.clicked.connect(self._cards)
        self.end_button = QPushButton(translate("RoomWindow", "&End session"))
        self.end_button.clicked.connect(self._end)
        for button in (self.approve_button, self.cards_button, self.end_button):
            row.addWidget(button)
        layout.addLayout(row)
        room.devices_changed.connect(self._show_devices)
        room.room_input.connect(lambda _kinds: self._load_held())
        self._show_devices(0)
        self._load_held()

    def _projector(self, on: bool) -> None:
        window = self.parent()
        if window is None or not hasattr(window, "open_projector"):
            return
        if on and (window.projector is None or not window.projector.isVisible()):
            window.open_projector()
        if window.projector is not None:
            window.projector.show_join(self.room.url if on else None)

    def _show_devices(self, count: int) -> None:
        self.devices.setText(translate("RoomWindow", "Devices with the page open: {n}").format(n=count))

    def _set(self, name: str, on: bool) -> None:
        try:
            self.room.set_controls(**{name: on})
        except Exception as exc:  # noqa: BLE001 - shown to the facilitator as one sentence
            self.ctx.report_error(self, exc)

    def _load_held(self) -> None:
        workshop_id = self.room.workshop_id
        self.held.clear()
        if workshop_id is None:
            return
        marks = self.ctx.call(room_state.room_input_marks, workshop_id, held_only=True)
        held = [m.response_id for m in marks.values() if m.held]
        if held:
            texts = {
                r.id: r.text
                for r in self.ctx.call(responses.list_responses, workshop_id, include_hidden=True)
                if r.id in held
            }
            for rid in held:
                item = QListWidgetItem(texts.get(rid, "")[:300])
                item.setData(Qt.ItemDataRole.UserRole, rid)
                self.held.addItem(item)
        self.approve_button.setEnabled(bool(held))

    def _approve(self) -> None:
        item = self.held.currentItem() or self.held.item(0)
        if item is None:
            return
        try:
            self.room.approve(item.data(Qt.ItemDataRole.UserRole))
        except Exception as exc:  # noqa: BLE001
            self.ctx.report_error(self, exc)
        self._load_held()

    def _cards(self) -> None:
        from plworkshop.room.join_card import write_join_cards
        from plworkshop.services import workshops

        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("RoomWindow", "Save join cards"),
            str(Path.home() / "join-cards.pdf"),
            "PDF (*.pdf)",
        )
        if not path:
            return
        title = self.ctx.call(workshops.get_workshop, self.room.workshop_id).title
        try:
            write_join_cards(Path(path), self.room.url, title=title, tables=8)
        except OSError as exc:
            self.ctx.report_error(self, exc)

    def _end(self) -> None:
        self.end_session()

    def end_session(self) -> None:
        """End the session for good (the join code stops working) and close this window."""
        if self.on_projector.isChecked():
            self.on_projector.setChecked(False)
        self.room.end()
        self.close()
