"""Editors for the action-item table: dates typed as people type them (refused visibly when they are
not dates), a date picker that can be cleared, and combo boxes with the pack's labels for priority,
status, policy lever and condition."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QStyledItemDelegate, QWidget

from plworkshop.domain.errors import InvalidValue
from plworkshop.domain.typed_dates import parse_typed_date
from plworkshop.ui.date_field import DateLine
from plworkshop.ui.i18n import current_language, translate


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
        model.setData(
            index, QDate(typed.year, typed.month, typed.day) if typed else QDate(), Qt.ItemDataRole.EditRole
        )


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


class TypedDateDelegate(QStyledItemDelegate):
    """A text box for a date typed as people type it ("2027-03-01", "3/1/2027", "March 1, 2027");
    empty clears it. Text that is not a date is refused: nothing changes and `refused` says why."""

    def __init__(self, label: str, refused: Callable[[str], None], parent=None) -> None:
        super().__init__(parent)
        self.label = label
        self.refused = refused

    def createEditor(self, parent: QWidget, _option, _index: QModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setPlaceholderText(translate("ActionItemDelegates", "e.g. 2027-03-01"))
        editor.setAccessibleName(self.label)
        return editor

    def setEditorData(self, editor: QLineEdit, index: QModelIndex) -> None:
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
        editor.selectAll()

    def setModelData(self, editor: QLineEdit, model, index: QModelIndex) -> None:
        day_first = current_language() == "es"
        try:
            day = parse_typed_date(editor.text(), day_first=day_first)
        except InvalidValue:
            message = translate(
                "ActionItemDelegates",
                "“{typed}” is not a date; type it like 2027-03-01 or {example}. Nothing was changed.",
            )
            self.refused(
                message.format(
                    typed=editor.text().strip()[:40], example="1/3/2027" if day_first else "3/1/2027"
                )
            )
            return
        model.setData(index, day.isoformat() if day else "", Qt.ItemDataRole.EditRole)
