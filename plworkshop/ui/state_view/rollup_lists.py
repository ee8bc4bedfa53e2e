"""Table models for the State view's lists: disagreements, most-voted ideas and action items."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from plworkshop.domain.rollup.models import Rollup
from plworkshop.domain.rollup.wording import condition_heading, minority_text, priority_label, status_label
from plworkshop.ui.i18n import QT_TRANSLATE_NOOP, translate

OVERDUE_COLOUR = "#B42318"


class RowsModel(QAbstractTableModel):
    """A read-only table of display strings; subclasses turn a rollup into `rows`.

    `headers` are marked with QT_TRANSLATE_NOOP (context "RollupLists") and translated when shown.
    """

    headers: tuple[str, ...] = ()
    widths: tuple[int, ...] = ()
    stretch: int = -1  # the column of long text that takes the remaining width

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, ...]] = []
        self.flags_by_row: list[bool] = []

    def set_rollup(self, rollup: Rollup | None) -> None:
        self.beginResetModel()
        self.rows = self.make_rows(rollup) if rollup is not None else []
        self.flags_by_row = self.make_flags(rollup) if rollup is not None else []
        self.endResetModel()

    def make_rows(self, rollup: Rollup) -> list[tuple[str, ...]]:
        raise NotImplementedError

    def make_flags(self, rollup: Rollup) -> list[bool]:
        return [False] * len(self.rows)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        flagged = self.flags_by_row[index.row()] if index.row() < len(self.flags_by_row) else False
        if role == Qt.ItemDataRole.ForegroundRole and flagged:
            return QColor(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.FontRole and flagged and index.column() == 0:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("RollupLists", self.headers[section]) if self.headers[section] else ""
        return None


class DisagreementsModel(RowsModel):
    headers = (
        QT_TRANSLATE_NOOP("RollupLists", "Condition"),
        QT_TRANSLATE_NOOP("RollupLists", "Gap between groups"),
        QT_TRANSLATE_NOOP("RollupLists", "Highest"),
        QT_TRANSLATE_NOOP("RollupLists", "Lowest"),
        QT_TRANSLATE_NOOP("RollupLists", "Minority views"),
    )
    widths, stretch = (240, 120, 180, 180, 400), 4

    def make_rows(self, rollup: Rollup) -> list[tuple[str, ...]]:
        return [
            (
                condition_heading(d.condition),
                f"{d.gap:.1f}" if d.gap is not None else "—",
                f"{d.highest[0]} {d.highest[1]:.1f}" if d.highest else "—",
                f"{d.lowest[0]} {d.lowest[1]:.1f}" if d.lowest else "—",
                "\n".join(minority_text(v) for v in d.minority_views),
            )
            for d in rollup.disagreements
        ]


class IdeasModel(RowsModel):
    headers = (
        QT_TRANSLATE_NOOP("RollupLists", "Condition"),
        QT_TRANSLATE_NOOP("RollupLists", "Question"),
        QT_TRANSLATE_NOOP("RollupLists", "Votes"),
        QT_TRANSLATE_NOOP("RollupLists", "Idea"),
        QT_TRANSLATE_NOOP("RollupLists", "District"),
        QT_TRANSLATE_NOOP("RollupLists", "Stakeholder group"),
    )
    widths, stretch = (200, 260, 60, 400, 200, 170), 3

    def make_rows(self, rollup: Rollup) -> list[tuple[str, ...]]:
        return [
            (
                condition_heading(q.condition),
                translate("RollupLists", "Stage {stage}: {question}").format(
                    stage=q.stage, question=q.question
                ),
                str(i.votes),
                i.text,
                i.district,
                i.stakeholder_group,
            )
            for q in rollup.top_ideas
            for i in q.ideas
        ]


class ActionsModel(RowsModel):
    headers = (
        "",
        QT_TRANSLATE_NOOP("RollupLists", "Owner"),
        QT_TRANSLATE_NOOP("RollupLists", "Policy lever"),
        QT_TRANSLATE_NOOP("RollupLists", "Due"),
        QT_TRANSLATE_NOOP("RollupLists", "Status"),
        QT_TRANSLATE_NOOP("RollupLists", "Action"),
        QT_TRANSLATE_NOOP("RollupLists", "District"),
    )
    widths, stretch = (70, 220, 170, 95, 170, 400, 220), 5

    def make_rows(self, rollup: Rollup) -> list[tuple[str, ...]]:
        return [
            (
                translate("RollupLists", "Overdue") if a.overdue else "",
                a.owner,
                a.policy_lever,
                a.due.isoformat() if a.due else "—",
                f"{status_label(a.status)} · {priority_label(a.priority)}",
                a.title,
                a.district,
            )
            for a in rollup.action_items
        ]

    def make_flags(self, rollup: Rollup) -> list[bool]:
        return [a.overdue for a in rollup.action_items]
