"""A live bar chart of a condition's self-assessment: how many people placed the state at each
stage, each bar stacked by stakeholder group, with the room's consensus marked. Pure QPainter."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from plworkshop.framework.model import ASSESSMENT_STAGE_NAMES
from plworkshop.ui.i18n import stage_name, translate

GROUP_PALETTE = (
    "#1d4e89",
    "#e76f51",
    "#2a9d8f",
    "#e9c46a",
    "#8e5ea2",
    "#f4a261",
    "#264653",
    "#7fb069",
    "#d62828",
    "#5e6472",
    "#3a86ff",
    "#b5838d",
)


SHORT_NAMES = {0: "Not yet", 1: "Exploration", 2: "Replication", 3: "Statewide"}


@dataclass
class Distribution:
    """Counts per stage, and per (stage, group); the consensus stage if the room agreed one."""

    by_stage: Counter = field(default_factory=Counter)
    by_stage_group: dict[int, Counter] = field(default_factory=dict)
    groups: list[str] = field(default_factory=list)
    consensus: int | None = None

    @property
    def total(self) -> int:
        return sum(self.by_stage.values())


def distribution(
    placements: list[tuple[int, str]], group_order: list[str], consensus: int | None
) -> Distribution:
    """Build from (stage, group key) pairs; groups keep the pack's order, only those present."""
    result = Distribution(consensus=consensus)
    for stage, group in placements:
        result.by_stage[stage] += 1
        result.by_stage_group.setdefault(stage, Counter())[group] += 1
    present = {group for _, group in placements}
    result.groups = [g for g in group_order if g in present] + sorted(present - set(group_order))
    return result


@dataclass(frozen=True)
class ChartColours:
    background: str = "#ffffff"
    text: str = "#1f2933"
    muted: str = "#6b7280"
    axis: str = "#d0d5dc"
    consensus: str = "#b7791f"


DARK = ChartColours(
    background="#0b1220", text="#ffffff", muted="#b8c2d1", axis="#3b4657", consensus="#ffd166"
)


class DistributionChart(QWidget):
    """Bars for Not yet started … Statewide Transformation; stacked colours are stakeholder groups."""

    def __init__(
        self,
        group_label=lambda key: key,
        colours: ChartColours = ChartColours(),
        scale: float = 1.0,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._group_label = group_label
        self.colours = colours
        self.scale = scale
        self.data = Distribution()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(translate("DistributionChart", "Self-assessment distribution chart"))

    def sizeHint(self) -> QSize:
        return QSize(int(520 * self.scale), int(300 * self.scale))

    def minimumSizeHint(self) -> QSize:
        return QSize(260, 180)

    def set_distribution(self, data: Distribution) -> None:
        self.data = data
        parts = [f"{stage_name(s)}: {data.by_stage.get(s, 0)}" for s in ASSESSMENT_STAGE_NAMES]
        self.setAccessibleDescription("; ".join(parts))
        self.update()

    def _fitting_font(self, text: str, width: float):
        """The axis font, made smaller (down to a floor) until the longest word fits its slot."""
        from PySide6.QtGui import QFontMetricsF

        size = 10.5
        longest = max(text.split(), key=len)
        while size > 7.5 and QFontMetricsF(self._font(size)).horizontalAdvance(longest) > width:
            size -= 0.5
        return self._font(size)

    def _font(self, points: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(points * self.scale)
        font.setBold(bold)
        return font

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(self.colours.background))
        s = self.scale
        legend_h = self._legend_height()
        area = QRectF(self.rect()).adjusted(16 * s, 60 * s, -16 * s, -(48 * s + legend_h))
        stages = list(ASSESSMENT_STAGE_NAMES)
        top = max([self.data.by_stage.get(st, 0) for st in stages] + [1])
        slot = area.width() / len(stages)
        bar_w = min(slot * 0.62, 160 * s)
        painter.setPen(QPen(QColor(self.colours.axis), 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        palette = {g: QColor(GROUP_PALETTE[n % len(GROUP_PALETTE)]) for n, g in enumerate(self.data.groups)}
        for n, stage in enumerate(stages):
            x = area.left() + n * slot + (slot - bar_w) / 2
            y = area.bottom()
            for group in self.data.groups:
                count = self.data.by_stage_group.get(stage, {}).get(group, 0)
                if not count:
                    continue
                h = area.height() * count / top
                painter.fillRect(QRectF(x, y - h, bar_w, h), palette[group])
                y -= h
            total = self.data.by_stage.get(stage, 0)
            painter.setPen(QColor(self.colours.text))
            painter.setFont(self._font(13, bold=True))
            painter.drawText(
                QRectF(x - 20 * s, y - 28 * s, bar_w + 40 * s, 26 * s),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                str(total),
            )
            if self.data.consensus == stage:
                marker_w = max(bar_w, 116 * s)
                self._consensus_marker(
                    painter, QRectF(x + (bar_w - marker_w) / 2, y - 56 * s, marker_w, 24 * s)
                )
            painter.setPen(QColor(self.colours.text))
            label = stage_name(stage) if slot >= 130 * s else stage_name(stage, short=True)
            painter.setFont(self._fitting_font(label, slot - 4 * s))
            painter.drawText(
                QRectF(area.left() + n * slot, area.bottom() + 6 * s, slot, 40 * s),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                label,
            )
        self._legend(
            painter,
            palette,
            QRectF(16 * s, self.height() - legend_h - 4 * s, self.width() - 32 * s, legend_h),
        )
        if not self.data.total:
            painter.setPen(QColor(self.colours.muted))
            painter.setFont(self._font(12))
            painter.drawText(
                area, Qt.AlignmentFlag.AlignCenter, translate("DistributionChart", "No placements yet")
            )
        painter.end()

    def _consensus_marker(self, painter: QPainter, rect: QRectF) -> None:
        painter.setPen(QPen(QColor(self.colours.consensus), 2 * self.scale))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(rect, 6, 6)
        painter.setFont(self._font(9.5, bold=True))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, translate("DistributionChart", "★ Consensus"))

    def _legend_columns(self) -> int:
        return 3 if self.width() >= 640 * self.scale else 2

    def _legend_height(self) -> float:
        per_row = self._legend_columns()
        rows = max(1, (len(self.data.groups) + per_row - 1) // per_row)
        return rows * 20 * self.scale if self.data.groups else 0

    def _legend(self, painter: QPainter, palette: dict, rect: QRectF) -> None:
        if not self.data.groups:
            return
        painter.setFont(self._font(9.5))
        per_row = self._legend_columns()
        col_w = rect.width() / per_row
        for n, group in enumerate(self.data.groups):
            x = rect.left() + (n % per_row) * col_w
            y = rect.top() + (n // per_row) * 20 * self.scale
            painter.fillRect(QRectF(x, y + 4 * self.scale, 12 * self.scale, 12 * self.scale), palette[group])
            painter.setPen(QColor(self.colours.text))
            count = sum(c.get(group, 0) for c in self.data.by_stage_group.values())
            room = col_w - 24 * self.scale
            suffix = f" ({count})"
            label = painter.fontMetrics().elidedText(
                self._group_label(group),
                Qt.TextElideMode.ElideRight,
                int(room - painter.fontMetrics().horizontalAdvance(suffix)),
            )
            painter.drawText(
                QRectF(x + 18 * self.scale, y, room, 20 * self.scale),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                label + suffix,
            )
