"""An editable list of texts (supporting actions or strategic questions) with Add and Remove buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from plworkshop.ui.i18n import translate

KEY_ROLE = Qt.ItemDataRole.UserRole


class TextList(QWidget):
    """Rows of editable text; each row may carry a key (a question's stable key) in KEY_ROLE.

    `changed` follows every edit, addition and removal. Adding asks `new_key()` for a key, so the
    owner decides how keys are made.
    """

    changed = Signal()

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what = what
        self.new_key = lambda: None
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.list.setAccessibleName(
            translate("TextList", "{capitalize} list").format(capitalize=what.capitalize())
        )
        self.list.setAccessibleDescription(
            translate("TextList", "Double-click or press F2 to edit a {what}.").format(what=what)
        )
        self.add_button = QPushButton(translate("TextList", "Add {what}").format(what=what))
        self.remove_button = QPushButton(translate("TextList", "Remove {what}").format(what=what))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)

    def set_rows(self, rows: list[tuple[str | None, str]]) -> None:
        """Show (key, text) rows without emitting `changed`."""
        self.list.blockSignals(True)
        self.list.clear()
        for key, text in rows:
            self._append(key, text)
        self.list.blockSignals(False)

    def _append(self, key: str | None, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setData(KEY_ROLE, key)
        if key:
            item.setToolTip(translate("TextList", "Key: {key}").format(key=key))
        self.list.addItem(item)
        return item

    def rows(self) -> list[tuple[str | None, str]]:
        return [
            (self.list.item(i).data(KEY_ROLE), self.list.item(i).text()) for i in range(self.list.count())
        ]

    def add_row(self) -> QListWidgetItem:
        """A new empty row, opened for typing."""
        self.list.blockSignals(True)
        item = self._append(self.new_key(), "")
        self.list.blockSignals(False)
        self.list.setCurrentItem(item)
        self.changed.emit()
        if self.isVisible():
            self.list.editItem(item)
        return item

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()
