"""Editors for the action-item table: a typed date (read by the one date parser; blank clears it),
and combo boxes with the pack's labels for priority, status, policy lever and condition."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QWidget

from plworkshop.domain.errors import InvalidValue
from plworkshop.ui.date_field import DateLine
from plworkshop.ui.i18n import translate


class DateDelegate(QStyledItemDelegate):
    """A line where the date is typed ("Jun 30, 2027", "30/6/2027"); empty means no date.

    Text that is not a plausible date is not stored: `refused(sentence)` says why, the cell keeps its date.
    """

    refused = Signal(str)

    def __init__(self, parent=None, *, accessible_name: str = "") -> None:
        super().__init__(parent)
        self.accessible_name = accessible_name or translate("ActionItemDelegates", "Due date")

    def createEditor(self, parent: QWidget, _option, _index: QModelIndex) -> QWidget:
        editor = DateLine(parent)
        editor.setAccessibleName(self.accessible_name)
        return editor

    def setEditorData(self, editor: DateLine, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        valid = isinstance(value, QDate) and value.isValid()
        editor.set_value(dt.date(value.year(), value.month(), value.day()) if valid else None)
        editor.selectAll()

    def setModelData(self, editor: DateLine, model, index: QModelIndex) -> None:
        try:
            typed = editor.read()
        except InvalidValue as exc:
            self.refused.emit(str(exc))
            return
        model.setData(index, QDate(typed.year, typed.month, typed.day) if typed else QDate(),
                      Qt.ItemDataRole.EditRole)


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box over (key, label) choices; the key is what the model stores."""

    def __init__(self, choices: list[tuple[str, str]], parent=None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, _option, _index: QModelIndex) -> QWidget:
        editor = QComboBox(parent)
        for key, label in self.choices:
            editor.addItem(label, key)
        return editor

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:
        key = index.data(Qt.ItemDataRole.EditRole) or ""
        editor.setCurrentIndex(max(0, editor.findData(key)))

    def setModelData(self, editor: QComboBox, model, index: QModelIndex) -> None:
        model.setData(index, editor.currentData() or "", Qt.ItemDataRole.EditRole)
