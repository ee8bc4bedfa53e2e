"""Editors for the action-item table: a date picker that can be cleared, and combo boxes with the
pack's labels for priority, status, policy lever and condition."""

from __future__ import annotations

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QStyledItemDelegate, QWidget

from plworkshop.ui.i18n import translate

NO_DATE = QDate(2000, 1, 1)
"""The date editor's lowest value, shown as "No date": choosing it clears the due date."""


class DateDelegate(QStyledItemDelegate):
    """QDateEdit with a calendar popup; the first value, "No date", clears the due date."""

    def createEditor(self, parent: QWidget, _option, _index: QModelIndex) -> QWidget:
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat("MMM d, yyyy")
        editor.setMinimumDate(NO_DATE)
        editor.setSpecialValueText(translate("ActionItemDelegates", "No date"))
        editor.setAccessibleName(translate("ActionItemDelegates", "Due date"))
        return editor

    def setEditorData(self, editor: QDateEdit, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setDate(value if isinstance(value, QDate) and value.isValid() else NO_DATE)
        if not (isinstance(value, QDate) and value.isValid()):
            editor.calendarWidget().setSelectedDate(QDate.currentDate())

    def setModelData(self, editor: QDateEdit, model, index: QModelIndex) -> None:
        date = editor.date()
        model.setData(index, QDate() if date == NO_DATE else date, Qt.ItemDataRole.EditRole)


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
