"""The navigator on the left of the facilitation view: a keyboard-friendly tree of the agenda."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

from plworkshop.ui.facilitation.navigator_model import TIME_ROLE, TITLE_ROLE, NavigatorModel, Position
from plworkshop.ui.i18n import translate


def fit_title_and_time(metrics: QFontMetrics, title: str, time: str, width: int) -> tuple[str, str]:
    """The title shortened with "…" so that it and the time box fit `width`; the time is never cut."""
    gap = metrics.horizontalAdvance("  ")
    room = max(0, width - metrics.horizontalAdvance(time) - gap)
    return metrics.elidedText(title, Qt.TextElideMode.ElideRight, room), time


class ConditionRowDelegate(QStyledItemDelegate):
    """Draws a condition's row as its title (shortened when narrow) and its time box at the right."""

    def paint(self, painter, option, index: QModelIndex) -> None:
        title, time = index.data(TITLE_ROLE), index.data(TIME_ROLE)
        if not title or not time:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = opt.rect.adjusted(4, 0, -6, 0)
        metrics = QFontMetrics(opt.font)
        shown, time = fit_title_and_time(metrics, title, time, rect.width())
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(role))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), time)
        painter.restore()


class Navigator(QTreeView):
    """Emits `position_selected(Position)` whenever the current node changes (mouse or keys)."""

    position_selected = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.nav_model = NavigatorModel(self)
        self.setModel(self.nav_model)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setWordWrap(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName(translate("Navigator", "Agenda navigator"))
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.5))
        self.setFont(font)
        self.setStyleSheet("QTreeView { padding: 4px; } QTreeView::item { padding: 4px 2px; }")
        self.selectionModel().currentChanged.connect(self._current_changed)
        self.setItemDelegate(ConditionRowDelegate(self))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        position = NavigatorModel.position(current)
        if position is not None:
            self.position_selected.emit(position)

    def current_position(self) -> Position | None:
        return NavigatorModel.position(self.currentIndex())

    def go_to(self, position: Position) -> bool:
        index = self.nav_model.find(position)
        if not index.isValid():
            return False
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    def step(self, delta: int) -> bool:
        """Move to the next (+1) or previous (-1) question or self-assessment; False at either end."""
        stops = self.nav_model.stops()
        if not stops:
            return False
        current = self.currentIndex()
        keys = [self._sort_key(i) for i in stops]
        if not current.isValid():
            target = 0 if delta > 0 else len(stops) - 1
        elif current in stops:
            target = stops.index(current) + delta
        else:
            here = self._sort_key(current)
            if delta > 0:
                target = next((n for n, k in enumerate(keys) if k > here), len(stops))
            else:
                target = max((n for n, k in enumerate(keys) if k < here), default=-1)
        if not 0 <= target < len(stops):
            return False
        self.setCurrentIndex(stops[target])
        self.scrollTo(stops[target])
        return True

    @staticmethod
    def _sort_key(index: QModelIndex) -> tuple[int, int, int]:
        chain = []
        while index.isValid():
            chain.append(index.row())
            index = index.parent()
        chain.reverse()
        # A condition sorts before its children; a stage before its questions.
        while len(chain) < 3:
            chain.append(-1)
        return tuple(chain[:3])  # type: ignore[return-value]
