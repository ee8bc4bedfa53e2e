"""The agenda as a table model: conditions in order with their time boxes; rows can be dragged.

The model does not change itself: a drop or a new time box is handed to `on_change(items)` with the
whole new agenda as (condition key, minutes) pairs; the editor saves it (undoably) and calls
`set_items` with what was stored.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from plworkshop.framework.model import Condition
from plworkshop.ui.i18n import QT_TRANSLATE_NOOP, translate

COLUMNS = (
    "#",
    QT_TRANSLATE_NOOP("AgendaModel", "Condition"),
    QT_TRANSLATE_NOOP("AgendaModel", "Strategy"),
    QT_TRANSLATE_NOOP("AgendaModel", "Minutes"),
)
NUMBER, TITLE, STRATEGY, MINUTES = range(4)
MIME_TYPE = "application/x-plworkshop-agenda-row"

_Index = QModelIndex | QPersistentModelIndex
_R = Qt.ItemDataRole
Items = list[tuple[str, int]]


def format_minutes(total: int) -> str:
    hours, minutes = divmod(total, 60)
    if hours and minutes:
        return translate("AgendaModel", "{hours} h {minutes} min").format(hours=hours, minutes=minutes)
    return (
        translate("AgendaModel", "{hours} h").format(hours=hours)
        if hours
        else translate("AgendaModel", "{minutes} min").format(minutes=minutes)
    )


def moved(items: Items, source: int, target: int) -> Items:
    """`items` with the row at `source` placed before the row that was at `target`."""
    items = list(items)
    row = items.pop(source)
    if target > source:
        target -= 1
    items.insert(max(0, min(target, len(items))), row)
    return items


class AgendaModel(QAbstractTableModel):
    def __init__(
        self,
        strategy_label: Callable[[str], str],
        on_change: Callable[[Items], None] | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._strategy_label = strategy_label
        self._on_change = on_change
        self._items: Items = []
        self._conditions: dict[str, Condition] = {}

    def set_items(self, items: Items, conditions: dict[str, Condition]) -> None:
        """Show `items`; only the cells change when the order is the same (an open editor survives)."""
        if [k for k, _ in items] == [k for k, _ in self._items] and conditions == self._conditions:
            self._items = list(items)
            if items:
                self.dataChanged.emit(self.index(0, 0), self.index(len(items) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self._items = list(items)
        self._conditions = dict(conditions)
        self.endResetModel()

    def items(self) -> Items:
        return list(self._items)

    def total_minutes(self) -> int:
        return sum(minutes for _, minutes in self._items)

    def title(self, key: str) -> str:
        condition = self._conditions.get(key)
        return condition.title if condition else key

    # -- Qt interface ---------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _R.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == _R.DisplayRole and 0 <= section < 4:
            return translate("AgendaModel", COLUMNS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        base |= Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == MINUTES else base

    def data(self, index: _Index, role: int = _R.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        key, minutes = self._items[index.row()]
        column = index.column()
        if role == _R.DisplayRole:
            condition = self._conditions.get(key)
            if column == NUMBER:
                return str(index.row() + 1)
            if column == TITLE:
                return self.title(key)
            if column == STRATEGY:
                return self._strategy_label(condition.strategy) if condition else ""
            return translate("AgendaModel", "{minutes} min").format(minutes=minutes)
        if role == _R.EditRole and column == MINUTES:
            return minutes
        if role == _R.UserRole:
            return key
        if role == _R.TextAlignmentRole and column in (NUMBER, MINUTES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: _Index, value, role: int = _R.EditRole) -> bool:
        if not index.isValid() or index.column() != MINUTES or role != _R.EditRole:
            return False
        key, minutes = self._items[index.row()]
        if int(value) == minutes or self._on_change is None:
            return False
        items = self.items()
        items[index.row()] = (key, int(value))
        self._on_change(items)
        return True

    # -- drag and drop: rows move within the table ------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        mime = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        mime.setData(MIME_TYPE, str(rows[0] if rows else -1).encode())
        return mime

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        """Hand the new order to `on_change`; returns False so the view removes nothing itself."""
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_TYPE):
            return False
        source = int(bytes(data.data(MIME_TYPE)).decode() or -1)
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._items))
        if not 0 <= source < len(self._items) or self._on_change is None:
            return False
        items = moved(self._items, source, target)
        if items != self._items:
            self._on_change(items)
        return False
