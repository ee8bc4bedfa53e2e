"""The time box of the current agenda item, shown large, with pause/resume and +5 minutes.

Logic lives in `agenda_timer.AgendaTimers` (no Qt, testable with a fake clock); this widget only
ticks a QTimer twice a second, repaints, and raises a gentle notice when 5 min, 1 min or the end
is reached — a colour change and a status message, never a popup.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from plworkshop.ui.facilitation.agenda_timer import FINAL, NORMAL, OVER, SOON, AgendaTimers, format_seconds
from plworkshop.ui.i18n import QT_TRANSLATE_NOOP, translate
from plworkshop.ui.theme import scale_points

LEVEL_STYLE = {
    NORMAL: ("#0b1b33", "#e8eef6"),
    SOON: ("#7a4b00", "#ffe8a3"),
    FINAL: ("#ffffff", "#c2410c"),
    OVER: ("#ffffff", "#a4000f"),
}
NOTICES = {
    SOON: QT_TRANSLATE_NOOP("TimerWidget", "5 minutes left in this time box."),
    FINAL: QT_TRANSLATE_NOOP("TimerWidget", "1 minute left in this time box."),
    OVER: QT_TRANSLATE_NOOP("TimerWidget", "The time box is over — wrap up or extend (+5 min)."),
}


class TimerWidget(QWidget):
    """Shows the current condition's timer from `timers`; `notice(str)` on each warning step."""

    notice = Signal(str)
    ticked = Signal()

    def __init__(self, timers: AgendaTimers, parent=None) -> None:
        super().__init__(parent)
        self.timers = timers
        self._warned: dict[str, str] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        column = QVBoxLayout()
        column.setSpacing(0)
        self.caption = QLabel(translate("TimerWidget", "Time left"))
        self.caption.setStyleSheet(scale_points("font-size: 9pt; color: #4b5563;"))
        self.display = QLabel("–:––")
        self.display.setAccessibleName(translate("TimerWidget", "Time left in this time box"))
        self.display.setMinimumWidth(150)
        column.addWidget(self.caption)
        column.addWidget(self.display)
        layout.addLayout(column)
        self.pause_button = QPushButton(translate("TimerWidget", "Pause"))
        self.pause_button.setToolTip(
            translate("TimerWidget", "Pause or resume the time box (Ctrl+Shift+Space)")
        )
        self.pause_button.clicked.connect(self.toggle_pause)
        self.extend_button = QPushButton(translate("TimerWidget", "+5 min"))
        self.extend_button.setToolTip(
            translate("TimerWidget", "Give this time box five more minutes (Ctrl+Shift+E)")
        )
        self.extend_button.clicked.connect(self.extend)
        for button, texts in ((self.pause_button, ("Pause", "Resume")), (self.extend_button, ("+5 min",))):
            # never narrower than its longest text: the buttons must not squeeze over the time
            widest = max(button.fontMetrics().horizontalAdvance(translate("TimerWidget", t)) for t in texts)
            button.setMinimumWidth(max(button.sizeHint().width(), widest + 32))
            layout.addWidget(button)
        self._tick = QTimer(self)
        self._tick.setInterval(500)
        self._tick.timeout.connect(self.refresh)
        self._tick.start()
        self.refresh()

    def enter(self, condition: str | None) -> None:
        self.timers.enter(condition)
        self.refresh()

    def toggle_pause(self) -> None:
        self.timers.toggle_pause()
        self.refresh()

    def extend(self) -> None:
        self.timers.extend_current()
        current = self.timers.current or ""
        self._warned.pop(current, None)
        self.refresh()
        self.notice.emit("Five more minutes added to this time box.")

    def text(self) -> str:
        return self.display.text()

    def level(self) -> str:
        timer = self.timers.timer(self.timers.current)
        return timer.level() if timer else NORMAL

    def refresh(self) -> None:
        timer = self.timers.timer(self.timers.current)
        has = timer is not None
        self.pause_button.setEnabled(has)
        self.extend_button.setEnabled(has)
        if not has:
            self.display.setText("–:––")
            self.caption.setText(translate("TimerWidget", "No time box"))
            self._paint(NORMAL)
            self.ticked.emit()
            return
        left = timer.remaining()
        level = timer.level()
        self.display.setText(format_seconds(left))
        state = "" if timer.running else translate("TimerWidget", " (paused)")
        self.caption.setText(
            (
                translate("TimerWidget", "Over time")
                if level == OVER
                else translate("TimerWidget", "Time left")
            )
            + state
        )
        self.pause_button.setText(
            translate("TimerWidget", "Pause") if timer.running else translate("TimerWidget", "Resume")
        )
        self._paint(level)
        self._warn(level)
        self.ticked.emit()

    def _paint(self, level: str) -> None:
        fg, bg = LEVEL_STYLE[level]
        self.display.setStyleSheet(
            scale_points(
                f"font-size: 28pt; font-weight: 700; color: {fg}; background: {bg}; border-radius: 8px;"
                "padding: 2px 14px; font-family: 'DejaVu Sans Mono', monospace;"
            )
        )

    def _warn(self, level: str) -> None:
        current = self.timers.current or ""
        if level == NORMAL or self._warned.get(current) == level:
            return
        order = [SOON, FINAL, OVER]
        previous = self._warned.get(current)
        if previous and order.index(previous) > order.index(level):
            return
        self._warned[current] = level
        self.notice.emit(translate("TimerWidget", NOTICES[level]))
