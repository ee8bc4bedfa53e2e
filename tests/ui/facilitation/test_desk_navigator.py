"""The navigator: a finished self-assessment gets its tick, and a narrow navigator shortens the
condition's title but always shows its time box."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from plworkshop.services import assessments
from plworkshop.ui.facilitation.navigator import fit_title_and_time
from plworkshop.ui.facilitation.navigator_model import ASSESSMENT, TIME_ROLE, TITLE_ROLE, Position


@pytest.fixture(params=[(1366, 768), (1024, 768)], ids=["1366x768", "1024x768"])
def laptop_page(request, page):
    page.resize(*request.param)
    return page


def test_a_finished_self_assessment_is_ticked(laptop_page, qtbot, ctx, workshop, db):
    page = laptop_page
    key = "collaborative-leadership"
    assert page.go_to(Position(ASSESSMENT, key))
    assert not page.navigator.nav_model.is_assessed(key)
    table = page.assessment.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(table.model().rowCount() - 1, 1))  # the room's consensus
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
    assert any(a.is_consensus for a in assessments.list_assessments(db.uow(), workshop.id, key))
    assert page.navigator.nav_model.is_assessed(key)
    ctx.undo_stack.undo()
    assert not page.navigator.nav_model.is_assessed(key)
    ctx.undo_stack.redo()
    page.clear()  # read afresh, as after a restart: the tick follows the data
    page.show_workshop(workshop.id)
    assert page.navigator.nav_model.is_assessed(key)


def test_the_time_box_is_never_cut_from_a_condition_label(laptop_page):
    navigator = laptop_page.navigator
    index = navigator.nav_model.index(0, 0)
    title, time = index.data(TITLE_ROLE), index.data(TIME_ROLE)
    assert time == "45 min"
    width = navigator.visualRect(index).width() - 10
    metrics = QFontMetrics(navigator.font())
    shown, shown_time = fit_title_and_time(metrics, title, time, width)
    assert shown_time == "45 min"
    assert metrics.horizontalAdvance(shown) + metrics.horizontalAdvance("  " + shown_time) <= width
    narrow, _ = fit_title_and_time(metrics, title, time, 160)
    assert narrow.endswith("…") and metrics.horizontalAdvance(narrow + "  45 min") <= 160
