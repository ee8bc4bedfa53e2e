"""Qt adapters over the rollup's plain data: a heat map model with its painting delegate, and lists.

The models only read frozen rollup data (`plworkshop.domain.rollup.models`); the small-group rule is
already applied there, so a hidden cell can only ever show "fewer than 5".
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from plworkshop.domain.rollup.colours import (
    consensus_label,
    distribution,
    heat_colour,
    ink_colour,
    short_label,
)
from plworkshop.domain.rollup.models import HeatMap, StageCell
from plworkshop.domain.rollup.wording import condition_heading
from plworkshop.ui.i18n import QT_TRANSLATE_NOOP, translate

STATEWIDE = QT_TRANSLATE_NOOP("HeatMapModel", "Statewide")
CellRole = Qt.ItemDataRole.UserRole + 1


class HeatMapModel(QAbstractTableModel):
    """Rows (districts or stakeholder groups, then "Statewide") × conditions."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.heat: HeatMap | None = None

    def set_heat_map(self, heat: HeatMap | None) -> None:
        self.beginResetModel()
        self.heat = heat
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        if parent.isValid() or self.heat is None:
            return 0
        return len(self.heat.rows) + 1

    def columnCount(self, parent=QModelIndex()) -> int:
        if parent.isValid() or self.heat is None:
            return 0
        return len(self.heat.columns)

    def cell(self, row: int, column: int) -> StageCell:
        assert self.heat is not None
        cells = self.heat.overall if row == len(self.heat.rows) else self.heat.rows[row].cells
        return cells[column]

    def row_label(self, row: int) -> str:
        assert self.heat is not None
        return (
            translate("HeatMapModel", STATEWIDE) if row == len(self.heat.rows) else self.heat.rows[row].label
        )

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.heat is None:
            return None
        cell = self.cell(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            consensus = consensus_label(cell)
            return short_label(cell) + (f"\n{consensus}" if consensus else "")
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(heat_colour(cell))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(ink_colour(heat_colour(cell)))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            column = self.heat.columns[index.column()]
            return translate(
                "HeatMapModel", "{row} — {condition}\n{cell}\npeople at each stage: {counts}"
            ).format(
                row=self.row_label(index.row()),
                condition=condition_heading(column),
                cell=cell.label(),
                counts=distribution(cell),
            )
        if role == CellRole:
            return cell
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or self.heat is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            column = self.heat.columns[section]
            return condition_heading(column).replace(" (adapted)", "\n(adapted)")
        return self.row_label(section)


class HeatCellDelegate(QStyledItemDelegate):
    """Paints a heat-map square: its colour edge to edge, a thin white grid, the numbers centred."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        background = index.data(Qt.ItemDataRole.BackgroundRole) or QColor("white")
        ink = index.data(Qt.ItemDataRole.ForegroundRole) or QColor("black")
        rect: QRect = option.rect.adjusted(1, 1, -1, -1)
        painter.save()
        painter.fillRect(rect, background)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(QColor("#1F4E79"))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        painter.setPen(ink)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), index.data() or "")
        painter.restore()
