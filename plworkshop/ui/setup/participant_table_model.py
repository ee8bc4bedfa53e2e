"""The roster as an editable table: one row per participant and a blank last row to type a new name.

The model never changes its rows itself: an edit goes to `RosterEdits` (a command on the undo stack,
saved at once), and the roster is re-read with `refresh()`, which updates rows in place so the cursor
and selection survive typing.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from plworkshop.domain.read_models import ParticipantView
from plworkshop.framework.model import FrameworkPack
from plworkshop.services.roster import NewParticipant
from plworkshop.ui.i18n import QT_TRANSLATE_NOOP, stakeholder_labeller, translate

COLUMNS = (
    QT_TRANSLATE_NOOP("ParticipantTableModel", "Name"),
    QT_TRANSLATE_NOOP("ParticipantTableModel", "Role"),
    QT_TRANSLATE_NOOP("ParticipantTableModel", "Organization"),
    QT_TRANSLATE_NOOP("ParticipantTableModel", "Stakeholder group"),
    QT_TRANSLATE_NOOP("ParticipantTableModel", "May be named in reports"),
)
NAME, ROLE, ORG, GROUP, NAMED = range(5)
FIELD_OF = {NAME: "name", ROLE: "role", ORG: "organization", GROUP: "stakeholder_group"}
NEW_ROW_HINT = QT_TRANSLATE_NOOP("ParticipantTableModel", "Type a name to add someone…")

_Index = QModelIndex | QPersistentModelIndex
_R = Qt.ItemDataRole


class ParticipantTableModel(QAbstractTableModel):
    """Rows are `ParticipantView`s plus one placeholder row (when `editable`)."""

    def __init__(self, pack: FrameworkPack, edits=None, parent=None) -> None:
        super().__init__(parent)
        self.pack = pack
        self.edits = edits
        self.editable = edits is not None
        self._people: list[ParticipantView] = []
        self.just_added_row: int | None = None

    # -- contents -------------------------------------------------------------------------------
    def set_people(self, people: list[ParticipantView]) -> None:
        """Replace the rows, in place when only values changed or rows were added at the end."""
        old_ids = [p.id for p in self._people]
        new_ids = [p.id for p in people]
        if old_ids == new_ids:
            self._people = list(people)
            if people:
                self.dataChanged.emit(self.index(0, 0), self.index(len(people) - 1, len(COLUMNS) - 1))
        elif new_ids[: len(old_ids)] == old_ids:
            start = len(old_ids)
            self.beginInsertRows(QModelIndex(), start, len(new_ids) - 1)
            self._people = list(people)
            self.endInsertRows()
        else:
            self.beginResetModel()
            self._people = list(people)
            self.endResetModel()

    def person(self, row: int) -> ParticipantView | None:
        return self._people[row] if 0 <= row < len(self._people) else None

    def people(self) -> list[ParticipantView]:
        return list(self._people)

    def is_new_row(self, row: int) -> bool:
        return self.editable and row == len(self._people)

    def default_group(self) -> str:
        """New people join the group of the last person typed: lists often come grouped."""
        return self._people[-1].stakeholder_group if self._people else "other"

    # -- Qt model interface ---------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._people) + (1 if self.editable else 0)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _R.DisplayRole):
        if role != _R.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return (
                translate("ParticipantTableModel", COLUMNS[section]) if 0 <= section < len(COLUMNS) else None
            )
        return str(section + 1) if 0 <= section < len(self._people) else ("+" if self.editable else None)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.editable:
            return base
        if self.is_new_row(index.row()):
            return base | Qt.ItemFlag.ItemIsEditable if index.column() == NAME else base
        person = self._people[index.row()]
        if person.forgotten:
            return base
        if index.column() == NAMED:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role: int = _R.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        column = index.column()
        if self.is_new_row(index.row()):
            if column == NAME and role == _R.DisplayRole:
                return translate("ParticipantTableModel", NEW_ROW_HINT)
            if column == NAME and role == _R.EditRole:
                return ""
            if column == NAME and role == _R.ForegroundRole:
                return QColor("#8a96a3")
            if column == NAME and role == _R.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            return None
        person = self._people[index.row()]
        if column == NAMED:
            if role == _R.CheckStateRole:
                return Qt.CheckState.Checked if person.named_in_report else Qt.CheckState.Unchecked
            if role == _R.ToolTipRole:
                return (
                    translate("ParticipantTableModel", "Reports may show this person's name.")
                    if person.named_in_report
                    else translate(
                        "ParticipantTableModel", "Reports show only this person's stakeholder group."
                    )
                )
            return None
        if role == _R.DisplayRole:
            if column == GROUP:
                return stakeholder_labeller(self.pack)(person.stakeholder_group)
            return getattr(person, FIELD_OF[column])
        if role == _R.EditRole:
            return getattr(person, FIELD_OF[column])
        return None

    def setData(self, index: _Index, value, role: int = _R.EditRole) -> bool:
        if not index.isValid() or self.edits is None:
            return False
        column, row = index.column(), index.row()
        if self.is_new_row(row):
            name = str(value or "").strip()
            if column != NAME or not name:
                return False
            command = self.edits.add([NewParticipant(name=name, stakeholder_group=self.default_group())])
            self.just_added_row = None if command.failed else row  # the view moves on within this row
            return not command.failed
        person = self._people[row]
        if column == NAMED and role == _R.CheckStateRole:
            named = Qt.CheckState(value) == Qt.CheckState.Checked
            if named == person.named_in_report:
                return False
            return not self.edits.update(person, named_in_report=named).failed
        if role != _R.EditRole or column not in FIELD_OF:
            return False
        field = FIELD_OF[column]
        text = str(value or "").strip() if column != GROUP else value
        if text == getattr(person, field):
            return False
        return not self.edits.update(person, **{field: text}).failed
