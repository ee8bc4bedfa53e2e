"""A table model over `WorkshopSummary` read models: the workshops on this machine, recent first."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from plworkshop.domain.read_models import WorkshopSummary
from plworkshop.ui.i18n import QT_TRANSLATE_NOOP, format_day, format_moment, translate

COLUMNS = (
    QT_TRANSLATE_NOOP("WorkshopListModel", "Workshop"),
    QT_TRANSLATE_NOOP("WorkshopListModel", "Date"),
    QT_TRANSLATE_NOOP("WorkshopListModel", "Place"),
    QT_TRANSLATE_NOOP("WorkshopListModel", "State / district"),
    QT_TRANSLATE_NOOP("WorkshopListModel", "People"),
    QT_TRANSLATE_NOOP("WorkshopListModel", "Input"),
    QT_TRANSLATE_NOOP("WorkshopListModel", "Actions"),
    QT_TRANSLATE_NOOP("WorkshopListModel", "Last changed"),
)
NUMERIC = {4, 5, 6}
ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


def _format_date(value: dt.date | None) -> str:
    return format_day(value) if value else "—"


def format_changed(value: dt.datetime | None, deleted: dt.datetime | None) -> str:
    when = deleted or value
    if when is None:
        return ""
    text = format_moment(when)
    return translate("WorkshopListModel", "Deleted {text}").format(text=text) if deleted else text


class WorkshopListModel(QAbstractTableModel):
    """Read-only rows; `set_workshops` replaces them (the caller reads them through a service)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[WorkshopSummary] = []

    def set_workshops(self, rows: list[WorkshopSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def workshop(self, row: int) -> WorkshopSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, workshop_id: str) -> int:
        return next((i for i, w in enumerate(self._rows) if w.id == workshop_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("WorkshopListModel", COLUMNS[section])
            if role == Qt.ItemDataRole.TextAlignmentRole and section in NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        w = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(w, column)
        if role == ID_ROLE:
            return w.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                translate("WorkshopListModel", "{title}\nFacilitator: {value}").format(
                    title=w.title, value=w.facilitator or "—"
                )
                if column == 0
                else self._display(w, column)
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(w: WorkshopSummary, column: int) -> str:
        if column == 0:
            return w.title
        if column == 1:
            return _format_date(w.date)
        if column == 2:
            return w.location
        if column == 3:
            return " / ".join(part for part in (w.state, w.district) if part)
        if column == 4:
            return str(w.participants)
        if column == 5:
            return str(w.responses)
        if column == 6:
            return str(w.action_items)
        return format_changed(w.updated_at, w.deleted_at)
