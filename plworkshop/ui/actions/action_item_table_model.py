"""Table model over a workshop's action items (ActionItemView read models), with inline editing
handed to an undoable edit handler, and the proxy that filters by condition, status and text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from plworkshop.domain.read_models import ActionItemView, ProgressNote
from plworkshop.framework.model import FrameworkPack
from plworkshop.ui.i18n import (
    QT_TRANSLATE_NOOP,
    format_day,
    policy_lever_labeller,
    priority_label,
    status_label,
    translate,
)

COLUMNS = (
    ("number", QT_TRANSLATE_NOOP("ActionItemTableModel", "No.")),
    ("title", QT_TRANSLATE_NOOP("ActionItemTableModel", "Action")),
    ("owner", QT_TRANSLATE_NOOP("ActionItemTableModel", "Owner")),
    ("partners", QT_TRANSLATE_NOOP("ActionItemTableModel", "Partners")),
    ("start", QT_TRANSLATE_NOOP("ActionItemTableModel", "Start")),
    ("due", QT_TRANSLATE_NOOP("ActionItemTableModel", "Due")),
    ("priority", QT_TRANSLATE_NOOP("ActionItemTableModel", "Priority")),
    ("status", QT_TRANSLATE_NOOP("ActionItemTableModel", "Status")),
    ("blocked_reason", QT_TRANSLATE_NOOP("ActionItemTableModel", "Reason blocked")),
    ("progress", QT_TRANSLATE_NOOP("ActionItemTableModel", "Latest progress")),
    ("policy_lever", QT_TRANSLATE_NOOP("ActionItemTableModel", "Policy lever")),
    ("resources", QT_TRANSLATE_NOOP("ActionItemTableModel", "Resources or funding")),
    ("measure_of_success", QT_TRANSLATE_NOOP("ActionItemTableModel", "Measure of success")),
    ("baseline", QT_TRANSLATE_NOOP("ActionItemTableModel", "Baseline")),
    ("target", QT_TRANSLATE_NOOP("ActionItemTableModel", "Target")),
    ("response_ids", QT_TRANSLATE_NOOP("ActionItemTableModel", "Linked")),
    ("condition", QT_TRANSLATE_NOOP("ActionItemTableModel", "Condition")),
)
FIELDS = tuple(name for name, _ in COLUMNS)
COLUMN = {name: n for n, name in enumerate(FIELDS)}
ID_ROLE = Qt.ItemDataRole.UserRole + 1
KEY_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
PRIORITY_ORDER = {"high": 0, "medium": 1, "low": 2}
READ_ONLY = ("number", "response_ids")
LONG_TEXT = ("title", "partners", "measure_of_success", "resources", "baseline", "target", "blocked_reason")
DATES = ("start", "due")

_Index = QModelIndex | QPersistentModelIndex


class ActionItemTableModel(QAbstractTableModel):
    """All fields editable except linked input (edited in a dialog). Edits call `edit_handler`."""

    def __init__(self, pack: FrameworkPack, parent=None) -> None:
        super().__init__(parent)
        self.pack = pack
        self._rows: list[ActionItemView] = []
        self.condition_titles: dict[str, str] = {}
        self.edit_handler: Callable[[str, str, object], None] | None = None
        self.flash_id = ""

    def set_items(self, items: list[ActionItemView]) -> None:
        """Show `items`; updated in place when the same items are only changed."""
        if [i.id for i in items] == [i.id for i in self._rows]:
            changed = [n for n, (a, b) in enumerate(zip(self._rows, items)) if a != b]
            self._rows = list(items)
            if changed:
                self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self._rows = list(items)
        self.endResetModel()

    def item(self, row: int) -> ActionItemView:
        return self._rows[row]

    def items(self) -> list[ActionItemView]:
        return list(self._rows)

    def row_of(self, item_id: str) -> int:
        return next((n for n, i in enumerate(self._rows) if i.id == item_id), -1)

    def set_flash(self, item_id: str) -> None:
        rows = [self.row_of(i) for i in (self.flash_id, item_id) if i]
        self.flash_id = item_id
        for row in rows:
            if row >= 0:
                self.dataChanged.emit(
                    self.index(row, 0), self.index(row, len(COLUMNS) - 1), [Qt.ItemDataRole.BackgroundRole]
                )

    # --- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(COLUMNS)
        ):
            return translate("ActionItemTableModel", COLUMNS[section][1])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if FIELDS[index.column()] not in READ_ONLY:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def display(self, item: ActionItemView, name: str) -> str:
        value = getattr(item, name)
        if name == "due" and item.overdue():
            return translate("ActionItemTableModel", "{day} · overdue").format(day=format_day(value))
        if name in DATES:
            return format_day(value)
        if name == "number":
            return str(value)
        if name == "progress":
            note = item.latest_note
            return f"{format_day(note.as_of)}: {' '.join(note.text.split())}" if note else ""
        if name == "blocked_reason" and item.needs_reason:
            return translate("ActionItemTableModel", "(why is it blocked?)")
        if name == "priority":
            return priority_label(value)
        if name == "status":
            return status_label(value)
        if name == "policy_lever":
            return policy_lever_labeller(self.pack)(value)
        if name == "response_ids":
            n = len(value)
            if not n:
                return "—"
            return (
                translate("ActionItemTableModel", "1 response")
                if n == 1
                else translate("ActionItemTableModel", "{n} responses").format(n=n)
            )
        if name == "condition":
            return self.condition_titles.get(value, value or "")
        return " ".join(str(value).split())

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        name = FIELDS[index.column()]
        value = getattr(item, name)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(item, name)
        if role == Qt.ItemDataRole.EditRole:
            if name in DATES:
                return value.isoformat() if value else ""
            if name == "progress":
                return item.latest_note.text if item.latest_note else ""
            if name in READ_ONLY:
                return len(value) if name == "response_ids" else value
            return value or ""
        if role == KEY_ROLE:
            return value if not isinstance(value, tuple) else list(value)
        if role == ID_ROLE:
            return item.id
        if role == SORT_ROLE:
            if name in DATES:
                return value.toordinal() if value else 10**7
            if name == "number":
                return value
            if name == "progress":
                return item.latest_note.as_of.toordinal() if item.latest_note else 0
            if name == "priority":
                return PRIORITY_ORDER.get(value, 9)
            if name == "response_ids":
                return len(value)
            return self.display(item, name).casefold()
        if role == Qt.ItemDataRole.ToolTipRole and name in LONG_TEXT:
            return str(value) or None
        if role == Qt.ItemDataRole.ToolTipRole and name == "progress" and item.progress:
            return "\n".join(f"{format_day(n.as_of)}: {n.text}" for n in reversed(item.progress))
        if role == Qt.ItemDataRole.ForegroundRole and (
            (name == "priority" and value == "high")
            or (name == "due" and item.overdue())
            or (name == "blocked_reason" and item.needs_reason)
        ):
            return QBrush(QColor("#b42318"))
        if role == Qt.ItemDataRole.BackgroundRole and item.id == self.flash_id:
            return QBrush(QColor("#fff1b8"))
        return None

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.edit_handler is None:
            return False
        item = self._rows[index.row()]
        name = FIELDS[index.column()]
        if name in READ_ONLY:
            return False
        if name == "progress":
            new = with_note(item, str(value or ""))
            if new is None:
                return False
            self.edit_handler(item.id, name, new)
            return True
        new = to_field_value(name, value)
        old = getattr(item, name)
        if new == old or (name in ("policy_lever", "condition") and not new and not old):
            return False
        self.edit_handler(item.id, name, new)
        return True


def with_note(item: ActionItemView, text: str, today: dt.date | None = None):
    """The item's notes with `text` as today's note (replacing a note already dated today), or None
    when nothing changes. Earlier notes are kept."""
    text, today = text.strip(), today or dt.date.today()
    latest = item.latest_note
    if not text or (latest and latest.text == text):
        return None
    notes = list(item.progress)
    if latest and latest.as_of == today:
        notes[len(notes) - 1 - notes[::-1].index(latest)] = ProgressNote(today, text)
    else:
        notes.append(ProgressNote(today, text))
    return tuple(notes)


def to_field_value(name: str, value):
    """Turn what an editor gives back into the service's value for `name`."""
    if name in DATES:
        if isinstance(value, QDate):
            return dt.date(value.year(), value.month(), value.day()) if value.isValid() else None
        if isinstance(value, str):
            return dt.date.fromisoformat(value) if value else None
        return value or None
    if name in ("policy_lever", "condition"):
        return value or None
    return "" if value is None else str(value)


class ActionItemFilterProxy(QSortFilterProxyModel):
    """Filter by condition key, status key, and free text over title, owner and partners."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.condition = ""
        self.status = ""
        self.needle = ""
        self.setSortRole(SORT_ROLE)

    def set_filters(
        self, *, condition: str | None = None, status: str | None = None, text: str | None = None
    ) -> None:
        if condition is not None:
            self.condition = condition
        if status is not None:
            self.status = status
        if text is not None:
            self.needle = text.strip().casefold()
        self.invalidate()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model: ActionItemTableModel = self.sourceModel()  # type: ignore[assignment]
        item = model.item(source_row)
        if self.condition and item.condition != self.condition:
            return False
        if self.status and item.status != self.status:
            return False
        if self.needle:
            haystack = f"{item.title}\n{item.owner}\n{item.partners}".casefold()
            return self.needle in haystack
        return True
