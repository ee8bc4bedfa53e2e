"""Table model over the responses to one strategic question, and the proxy that filters and sorts them.

The model is reset only when the facilitator moves to another question; edits, votes and new
entries update rows in place, so a list of thousands stays responsive. The model keeps its rows in
the chosen order itself (`sort`) and the proxy only filters, from a per-row key the model caches: a
proxy that sorts asks Python for data twice per comparison, and clearing a filter over 3,000 rows
then took most of a second.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont

from plworkshop.domain.read_models import ParticipantView, ResponseView
from plworkshop.ui.i18n import QT_TRANSLATE_NOOP, translate

ID_ROLE = Qt.ItemDataRole.UserRole + 1
HIDDEN_ROLE = Qt.ItemDataRole.UserRole + 2
GROUP_ROLE = Qt.ItemDataRole.UserRole + 3
SORT_ROLE = Qt.ItemDataRole.UserRole + 4
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 5

VOTES, TEXT, SPEAKER, TIME = range(4)
HEADERS = (
    QT_TRANSLATE_NOOP("ResponseListModel", "Votes"),
    QT_TRANSLATE_NOOP("ResponseListModel", "What was said"),
    QT_TRANSLATE_NOOP("ResponseListModel", "Said by"),
    QT_TRANSLATE_NOOP("ResponseListModel", "Time"),
)

_Index = QModelIndex | QPersistentModelIndex


class ResponseListModel(QAbstractTableModel):
    """Rows are ResponseView read models; the text column is editable (the panel makes it undoable)."""

    def __init__(self, group_label: Callable[[str | None], str], parent=None) -> None:
        super().__init__(parent)
        self._group_label = group_label
        self._rows: list[ResponseView] = []
        self._people: dict[str, ParticipantView] = {}
        self._room: dict[str, bool] = {}  # response id -> held for approval, for input from the room
        self.edit_handler: Callable[[str, str], None] | None = None
        self._strike = QFont()
        self._strike.setStrikeOut(True)
        self._grey = QColor("#8a8f98")
        self._order: tuple[int, bool] = (TIME, False)  # (column, descending)
        self._filter_keys: dict[str, tuple[bool, str, str]] = {}

    # --- order and filtering -------------------------------------------------------------------
    def sort_key(self, r: ResponseView) -> float:
        """Votes first (the earlier entry wins a tie), or time; the same number as SORT_ROLE."""
        stamp = r.created_at.timestamp()
        value = r.votes * 1e10 - stamp if self._order[0] == VOTES else stamp
        return -value if self._order[1] else value

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows by VOTES or TIME; rows added or changed later keep to this order."""
        self._order = (VOTES if column == VOTES else TIME, order == Qt.SortOrder.DescendingOrder)
        self._reorder()

    def _reorder(self) -> None:
        """Put the rows in the current order; the selection and the current row follow their rows."""
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._rows[i.row()].id if 0 <= i.row() < len(self._rows) else None for i in before]
        self._rows.sort(key=self.sort_key)
        rows = {r.id: n for n, r in enumerate(self._rows)}
        self.changePersistentIndexList(
            before,
            [
                self.index(rows[rid], i.column()) if rid in rows else QModelIndex()
                for rid, i in zip(ids, before)
            ],
        )
        self.layoutChanged.emit()

    def filter_key(self, row: int) -> tuple[bool, str, str]:
        """(withdrawn, stakeholder group, casefolded text and speaker) of a row, for the proxy."""
        r = self._rows[row]
        key = self._filter_keys.get(r.id)
        if key is None:
            person = self._people.get(r.participant_id or "")
            group = r.stakeholder_group or (person.stakeholder_group if person else "") or ""
            key = (r.hidden, group, f"{r.text}\n{self.speaker(r)}".casefold())
            self._filter_keys[r.id] = key
        return key

    def _position_for(self, view: ResponseView) -> int:
        return bisect.bisect_right([self.sort_key(r) for r in self._rows], self.sort_key(view))

    # --- loading -------------------------------------------------------------------------------
    def set_people(self, people: list[ParticipantView]) -> None:
        self._people = {p.id: p for p in people}
        self._filter_keys.clear()
        if self._rows:
            self.dataChanged.emit(self.index(0, SPEAKER), self.index(len(self._rows) - 1, SPEAKER))

    def replace(self, views: list[ResponseView]) -> None:
        """Show `views`: updated in place when only values changed or rows were added at the end."""
        views = sorted(views, key=self.sort_key)
        self._filter_keys.clear()
        old_ids = [r.id for r in self._rows]
        new_ids = [r.id for r in views]
        if old_ids and new_ids[: len(old_ids)] == old_ids:
            changed = [n for n, (a, b) in enumerate(zip(self._rows, views)) if a != b]
            self._rows[: len(old_ids)] = views[: len(old_ids)]
            if changed:
                self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), len(HEADERS) - 1))
            if len(views) > len(old_ids):
                self.beginInsertRows(QModelIndex(), len(old_ids), len(views) - 1)
                self._rows.extend(views[len(old_ids) :])
                self.endInsertRows()
            return
        self.beginResetModel()
        self._rows = list(views)
        self.endResetModel()

    def merge(self, views: list[ResponseView], room_marks: dict[str, bool]) -> None:
        """Many changed or new rows at once (a busy room): values updated in place, new rows added,
        then one reorder if the order changed, so the selection stays on its row and nothing is reset."""
        marked = {rid for rid, held in room_marks.items() if self._room.get(rid) != held}
        self._room.update(room_marks)
        fresh = {v.id: v for v in views}
        changed = False
        for n, row in enumerate(self._rows):
            view = fresh.pop(row.id, None)
            # a read that began before the facilitator's own change must not undo it on screen
            if view is not None and view.updated_at >= row.updated_at and (view != row or view.id in marked):
                self._rows[n] = view
                self._filter_keys.pop(view.id, None)
                changed = True
                # row by row: the filter proxy checks again only the rows named
                self.dataChanged.emit(self.index(n, 0), self.index(n, len(HEADERS) - 1))
        if fresh:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(fresh) - 1)
            self._rows.extend(fresh.values())
            self.endInsertRows()
        if changed or fresh:
            keys = [self.sort_key(r) for r in self._rows]
            if any(a > b for a, b in zip(keys, keys[1:])):
                self._reorder()

    def upsert(self, view: ResponseView) -> None:
        """Put one changed or new response in place without reading the question again."""
        self._filter_keys.pop(view.id, None)
        row = self.row_of(view.id)
        if row >= 0:
            self._rows[row] = view
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))
            del self._rows[row]
            target = self._position_for(view)
            self._rows.insert(row, view)
            if target != row:  # a vote moved it: Qt's destination counts rows before the move
                self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), target + (target > row))
                self._rows.insert(target, self._rows.pop(row))
                self.endMoveRows()
            return
        target = self._position_for(view)
        self.beginInsertRows(QModelIndex(), target, target)
        self._rows.insert(target, view)
        self.endInsertRows()

    def remove(self, response_id: str) -> None:
        row = self.row_of(response_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def response(self, row: int) -> ResponseView:
        return self._rows[row]

    def responses(self) -> list[ResponseView]:
        return list(self._rows)

    def row_of(self, response_id: str) -> int:
        for n, r in enumerate(self._rows):
            if r.id == response_id:
                return n
        return -1

    def set_hide_names(self, hide: bool) -> None:
        """Names-free view for a screen the room can see: each speaker shown by group only."""
        self.hide_names = hide
        self._filter_keys.clear()
        if self._rows:
            self.dataChanged.emit(self.index(0, SPEAKER), self.index(len(self._rows) - 1, SPEAKER))

    def set_room_marks(self, marks: dict[str, bool]) -> None:
        """Which responses came from the room's devices (id -> waiting for approval)."""
        if marks != self._room:
            self._room = dict(marks)
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(HEADERS) - 1))

    def speaker(self, response: ResponseView) -> str:
        """'Ana Ruiz — Families', 'Families', or 'Anonymous' (the facilitator sees every name, unless
        the names-free view is on), and whether it came from the room."""
        person = self._people.get(response.participant_id or "")
        group = self._group_label(
            response.stakeholder_group or (person.stakeholder_group if person else None)
        )
        if person is not None and not getattr(self, "hide_names", False):
            who = f"{person.name} — {group}" if group else person.name
        else:
            who = group or translate("ResponseListModel", "Anonymous")
        if response.id in self._room:
            held = self._room[response.id]
            who += (
                translate("ResponseListModel", " · from the room, waiting for approval")
                if held
                else translate("ResponseListModel", " · from the room")
            )
        return who

    # --- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return translate("ResponseListModel", HEADERS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() == TEXT:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == VOTES:
                return str(r.votes) if r.votes else ""
            if column == TEXT:
                text = r.text if role == Qt.ItemDataRole.EditRole else " ".join(r.text.split())
                return text + (
                    translate("ResponseListModel", "   (withdrawn)")
                    if r.hidden and role == Qt.ItemDataRole.DisplayRole
                    else ""
                )
            if column == SPEAKER:
                return self.speaker(r)
            return (
                r.created_at.astimezone().strftime("%H:%M")
                if r.created_at.tzinfo
                else r.created_at.strftime("%H:%M")
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == TEXT:
            return r.text
        if role == Qt.ItemDataRole.FontRole and r.hidden:
            return self._strike
        if role == Qt.ItemDataRole.ForegroundRole and r.hidden:
            return self._grey
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (VOTES, TIME):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == ID_ROLE:
            return r.id
        if role == HIDDEN_ROLE:
            return r.hidden
        if role == GROUP_ROLE:
            person = self._people.get(r.participant_id or "")
            return r.stakeholder_group or (person.stakeholder_group if person else "") or ""
        if role == SORT_ROLE:
            stamp = r.created_at.timestamp()
            # One number so Qt can compare it: votes first, then the earlier entry wins a tie.
            return r.votes * 1e10 - stamp if column == VOTES else stamp
        if role == SEARCH_ROLE:
            return f"{r.text}\n{self.speaker(r)}".casefold()
        return None

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != TEXT or role != Qt.ItemDataRole.EditRole:
            return False
        r = self._rows[index.row()]
        text = str(value)
        if text == r.text or not text.strip() or self.edit_handler is None:
            return False
        self.edit_handler(r.id, text)
        return True


class ResponseFilterProxy(QSortFilterProxyModel):
    """Filters by withdrawn state, stakeholder group and free text; sorts by votes or by time."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.show_withdrawn = False
        self.group = ""
        self.needle = ""
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)  # re-filters a row on dataChanged; the model keeps the order

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order by VOTES or TIME: the source model reorders itself; this proxy keeps its order."""
        source = self.sourceModel()
        if isinstance(source, ResponseListModel):
            source.sort(column, order)
        else:
            super().sort(column, order)

    def set_filters(
        self, *, show_withdrawn: bool | None = None, group: str | None = None, text: str | None = None
    ) -> None:
        compat = not hasattr(self, "beginFilterChange")  # Qt < 6.10
        if not compat:
            self.beginFilterChange()
        if show_withdrawn is not None:
            self.show_withdrawn = show_withdrawn
        if group is not None:
            self.group = group
        if text is not None:
            self.needle = text.strip().casefold()
        if compat:
            self.invalidateRowsFilter()
        else:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        hidden, group, search = self.sourceModel().filter_key(source_row)
        if not self.show_withdrawn and hidden:
            return False
        if self.group and group != self.group:
            return False
        return not self.needle or self.needle in search
