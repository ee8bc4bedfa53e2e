"""The parking lot beside the navigator: ideas kept aside because they belong to no question. Ctrl+Shift+K
parks what is in the typing box (or, with the box empty, the selected idea); in this list Ctrl+Enter
moves an idea to the current question and Del withdraws it. Every step can be undone."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from plworkshop.domain.grouping_models import ParkedIdeaView
from plworkshop.domain.read_models import ResponseView
from plworkshop.services import parking_lot
from plworkshop.ui import undo
from plworkshop.ui.context import UiContext
from plworkshop.ui.i18n import translate

ID_ROLE = Qt.ItemDataRole.UserRole


class ParkedList(QListWidget):
    key_action = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and mods & Qt.KeyboardModifier.ControlModifier:
            self.key_action.emit("unpark")
            return
        if key == Qt.Key.Key_Delete and not mods:
            self.key_action.emit("withdraw")
            return
        super().keyPressEvent(event)


class ParkingLotPanel(QWidget):
    """Lists the parked ideas; `where` is the question ideas are moved back to."""

    message = Signal(str)
    refused = Signal(str)  # one sentence: why the idea was not moved (nothing changed)
    unparked = Signal(str, str)  # condition, question: the response list there needs a reload

    def __init__(self, ctx: UiContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id = ""
        self.where: tuple[str, int, str] | None = None
        self.parked: list[ParkedIdeaView] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.title = QLabel(objectName="SectionTitle")
        self.list = ParkedList(self)
        self.list.setAccessibleName(translate("ParkingLot", "Parking lot"))
        self.list.setAccessibleDescription(
            translate("ParkingLot", "Ctrl+Enter moves the idea to the current question; Delete withdraws it.")
        )
        self.list.setWordWrap(True)
        self.list.key_action.connect(
            lambda action: self.unpark_selected() if action == "unpark" else self.withdraw_selected()
        )
        self.title.setBuddy(self.list)
        self.move_button = QPushButton(translate("ParkingLot", "To this question"))
        self.move_button.setToolTip(
            translate("ParkingLot", "Move the selected idea to the current question (Ctrl+Enter)")
        )
        self.move_button.clicked.connect(self.unpark_selected)
        self.withdraw_button = QPushButton(translate("ParkingLot", "Withdraw"))
        self.withdraw_button.setToolTip(
            translate("ParkingLot", "Withdraw the selected idea (Del); Ctrl+Z brings it back")
        )
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.move_button)
        buttons.addWidget(self.withdraw_button)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        ctx.data_changed.connect(self._data_changed)
        self._show_title()

    # --- what is shown -------------------------------------------------------------------------
    def set_workshop(self, workshop_id: str) -> None:
        self.workshop_id = workshop_id
        self.reload()

    def set_question(self, where: tuple[str, int, str] | None) -> None:
        self.where = where
        self.move_button.setEnabled(where is not None and bool(self.parked))

    def reload(self) -> None:
        keep = self.selected_id()
        self.parked = (
            self.ctx.call(parking_lot.list_parked, self.workshop_id, include_hidden=False)
            if self.workshop_id
            else []
        )
        self.list.clear()
        for p in self.parked:
            item = QListWidgetItem(" ".join(p.text.split()))
            item.setData(ID_ROLE, p.id)
            item.setToolTip(p.text)
            self.list.addItem(item)
            if p.id == keep:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self._show_title()
        self.set_question(self.where)
        self.withdraw_button.setEnabled(bool(self.parked))

    def _show_title(self) -> None:
        self.title.setText(translate("ParkingLot", "&Parking lot ({n})").format(n=len(self.parked)))

    def _data_changed(self, workshop_id: str, what: str) -> None:
        if workshop_id == self.workshop_id and what == "parking_lot":
            self.reload()

    def selected_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def _push(self, text: str, do, undo_fn) -> bool:
        """Do and remember an edit; a refusal (an idea with votes, one linked to an action item) is said
        through `refused`, beside the work, not in a dialog that stops the room."""
        return not undo.push(
            self.ctx,
            text,
            do,
            undo_fn,
            workshop_id=self.workshop_id,
            what="parking_lot",
            parent_widget=self,
            on_refused=lambda exc: self.refused.emit(str(exc)),
        ).failed

    # --- actions -------------------------------------------------------------------------------
    def park_text(self, text: str, participant_id: str | None, group: str | None) -> bool:
        """Record typed text straight into the parking lot (where the room is is remembered)."""
        if not self.workshop_id or not text.strip():
            return False
        where = dict(zip(("condition", "stage", "question"), self.where)) if self.where else {}
        made: dict[str, str] = {}

        def do():
            view = self.ctx.call(
                parking_lot.park_text,
                self.workshop_id,
                text,
                participant_id=participant_id,
                stakeholder_group=group,
                **where,
            )
            made["id"] = view.id
            return view

        done = self._push(
            translate("ParkingLot", "Park an idea"),
            do,
            lambda: self.ctx.call(parking_lot.discard_parked, self.workshop_id, made["id"]),
        )
        if done:
            self.message.emit(translate("ParkingLot", "Put in the parking lot. Ctrl+Z takes it back."))
        return done

    def park_response(self, response: ResponseView) -> bool:
        """Move a recorded idea from its question to the parking lot (undo moves it back)."""

        def undo_fn():
            self.ctx.call(
                parking_lot.unpark,
                self.workshop_id,
                response.id,
                condition=response.condition,
                stage=response.stage,
                question=response.question,
            )
            self.unparked.emit(response.condition, response.question)

        def do():
            view = self.ctx.call(parking_lot.park_response, self.workshop_id, response.id)
            self.unparked.emit(response.condition, response.question)
            return view

        done = self._push(translate("ParkingLot", "Move an idea to the parking lot"), do, undo_fn)
        if done:
            self.message.emit(translate("ParkingLot", "Moved to the parking lot. Ctrl+Z puts it back."))
        return done

    def unpark_selected(self) -> None:
        parked_id = self.selected_id()
        if parked_id is None:
            return
        if self.where is None:
            self.message.emit(
                translate("ParkingLot", "Choose a strategic question first; the idea moves there.")
            )
            return
        condition, stage, question = self.where

        def do():
            view = self.ctx.call(
                parking_lot.unpark,
                self.workshop_id,
                parked_id,
                condition=condition,
                stage=stage,
                question=question,
            )
            self.unparked.emit(condition, question)
            return view

        def undo_fn():
            self.ctx.call(parking_lot.park_response, self.workshop_id, parked_id)
            self.unparked.emit(condition, question)

        if self._push(translate("ParkingLot", "Move a parked idea to a question"), do, undo_fn):
            self.message.emit(translate("ParkingLot", "Moved to the current question."))

    def withdraw_selected(self) -> None:
        parked_id = self.selected_id()
        if parked_id is None:
            return
        if self._push(
            translate("ParkingLot", "Withdraw a parked idea"),
            lambda: self.ctx.call(parking_lot.set_parked_hidden, self.workshop_id, parked_id, True),
            lambda: self.ctx.call(parking_lot.set_parked_hidden, self.workshop_id, parked_id, False),
        ):
            self.message.emit(
                translate("ParkingLot", "Withdrawn from the parking lot. Ctrl+Z brings it back.")
            )
