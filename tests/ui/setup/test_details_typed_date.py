"""Setup → Details: a date typed the way people write it is stored as that day, or refused in place."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from plworkshop.services import workshops
from plworkshop.ui.shell.pages import SETUP


@pytest.fixture
def details(qtbot, window, workshop):
    window.open_workshop(workshop.id, page=SETUP)
    form = window.setup.details
    form.edits["title"].setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.edits["title"])
    return form


def stored(ctx, workshop):
    return ctx.call(workshops.get_workshop, workshop.id).date


def tab_to_date(qtbot, details):
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    focus = QApplication.focusWidget()
    assert focus.accessibleName() == "Date", "Tab from the title goes to the date, the next field on screen"
    return focus


@pytest.mark.parametrize(
    "typed, day",
    [
        ("12 March 2027", dt.date(2027, 3, 12)),
        ("March 12, 2027", dt.date(2027, 3, 12)),
        ("12 de marzo de 2027", dt.date(2027, 3, 12)),
        ("2027-06-30", dt.date(2027, 6, 30)),
    ],
)
def test_a_typed_date_is_stored_as_that_day(qtbot, ctx, workshop, details, typed, day):
    line = tab_to_date(qtbot, details)
    line.selectAll()
    qtbot.keyClicks(line, typed)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert stored(ctx, workshop) == day
    ctx.undo_stack.undo()
    assert stored(ctx, workshop) == workshop.date


def test_an_unreadable_or_implausible_date_is_refused_visibly_and_the_old_one_kept(
    qtbot, ctx, workshop, details
):
    for typed in ("6 Dec 3020", "Smarch 12"):
        line = (
            tab_to_date(qtbot, details)
            if QApplication.focusWidget() is details.edits["title"]
            else QApplication.focusWidget()
        )
        line.selectAll()
        qtbot.keyClicks(line, typed)
        qtbot.keyClick(line, Qt.Key.Key_Return)
        assert stored(ctx, workshop) == workshop.date
        error = details.date.error
        assert error.isVisible() and error.text().endswith(".")
        assert error.geometry().width() > 0 and error.visibleRegion().boundingRect().width() > 0
    assert ctx.undo_stack.count() == 0


def test_tab_order_follows_the_screen(qtbot, details):
    seen = [QApplication.focusWidget().accessibleName()]
    for _ in range(7):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget().accessibleName())
    assert seen == ["Title", "Date", "Place", "State", "District", "Facilitator", "Votes per person", "Notes"]
