"""Date fields that read what people type ("12 March 2027", "Jun 30, 2027", "30/6/2027") with the one
parser in `plworkshop.domain.dates`, refuse anything else visibly, and keep the old value meanwhile.

Qt's QDateEdit edits a date section by section, so typing a whole date into it lands digits in the wrong
section (12 March became 6 or 16 March); a plain line with a calendar button reads the whole text instead.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from plworkshop.domain.dates import order_for_locale, parse_date
from plworkshop.domain.errors import InvalidValue
from plworkshop.ui.i18n import translate


def show_date(value: dt.date | None) -> str:
    """A date as the fields show it: "12 March 2027" (month name in the app's language)."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")


def read_date(text: str, field: str = "date") -> dt.date | None:
    """Parse typed text the way the fields do (numeric order from the app's locale)."""
    return parse_date(text, order=order_for_locale(QLocale().name()), field=field)


class DateLine(QLineEdit):
    """One line holding a typed date; `value()` is the last date it accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: dt.date | None = None
        self.setPlaceholderText(translate("DateField", "No date (type e.g. 30 June 2027)"))

    def value(self) -> dt.date | None:
        return self._value

    def set_value(self, value: dt.date | None) -> None:
        self._value = value
        self.setText(show_date(value))
        self.setCursorPosition(0)
        self.mark_error("")

    def read(self) -> dt.date | None:
        """The typed date; raises InvalidValue with one sentence when it cannot be read."""
        return read_date(self.text())

    def mark_error(self, message: str) -> None:
        self.setProperty("invalid", bool(message))
        self.setStyleSheet("QLineEdit { border: 2px solid #a4000f; }" if message else "")
        self.setToolTip(message)


class DateField(QWidget):
    """A typed date with a calendar button and, under it, the sentence saying why a date was refused.

    `date_entered(date_or_None)` fires when a new date was typed or picked; refused text keeps the
    old value (and says so) until it is corrected.
    """

    date_entered = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, accessible_name: str = "") -> None:
        super().__init__(parent)
        self.line = DateLine(self)
        self.line.setAccessibleName(accessible_name or translate("DateField", "Date"))
        self.line.editingFinished.connect(self.commit)
        self.pick = QToolButton(self)
        self.pick.setText(translate("DateField", "Calendar…"))
        self.pick.setAccessibleName(translate("DateField", "Choose the date on a calendar"))
        self.pick.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.pick.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")
        menu = QMenu(self.pick)
        self.calendar = QCalendarWidget(menu)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(self._show_calendar)
        self.pick.setMenu(menu)
        self.error = QLabel(self)
        self.error.setObjectName("FieldError")
        self.error.setStyleSheet("color: #a4000f; font-weight: 600;")
        self.error.setWordWrap(True)
        self.error.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.line, 1)
        row.addWidget(self.pick)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.setFocusProxy(self.line)

    def value(self) -> dt.date | None:
        return self.line.value()

    def set_value(self, value: dt.date | None) -> None:
        self.line.set_value(value)
        self.error.hide()
        self.error.clear()

    def commit(self) -> None:
        """Read the typed text: a new date is announced; unreadable text is refused in place."""
        try:
            typed = self.line.read()
        except InvalidValue as exc:
            self.show_error(str(exc))
            return
        self.line.mark_error("")
        self.error.hide()
        if typed != self.line.value():
            self.line.set_value(typed)
            self.date_entered.emit(typed)
        else:
            self.line.set_value(typed)

    def show_error(self, message: str) -> None:
        kept = show_date(self.line.value()) or translate("DateField", "no date")
        full = translate("DateField", "{message} The date stays {kept}.").format(message=message, kept=kept)
        self.line.mark_error(full)
        self.error.setText(full)
        self.error.show()

    def _show_calendar(self) -> None:
        value = self.line.value() or dt.date.today()
        self.calendar.setSelectedDate(QDate(value.year, value.month, value.day))

    def _picked(self, day: QDate) -> None:
        self.pick.menu().hide()
        self.line.setText(show_date(dt.date(day.year(), day.month(), day.day())))
        self.commit()
        self.line.setFocus()
