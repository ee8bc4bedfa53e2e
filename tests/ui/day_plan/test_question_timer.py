"""A strategic question with a time box of its own: the facilitation timer counts that box down while
the room is on the question, and the condition's box on its other questions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from plworkshop.framework import load_default_pack
from plworkshop.services import day_plan

CL = "collaborative-leadership"


def test_the_timer_uses_the_questions_own_time_box(qtbot, db, app_paths, workshop):
    from plworkshop.ui.context import UiContext
    from plworkshop.ui.facilitation.facilitation_page import FacilitationPage, question_timer_key

    day_plan.set_question_time_box(db.uow(), workshop.id, CL, f"{CL}.s1.q1", 10)
    page = FacilitationPage(UiContext(db, app_paths, load_default_pack()))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.show_workshop(workshop.id)
    page.navigator.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.navigator)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert page.position.question == f"{CL}.s1.q1"
    assert page.timers.current == question_timer_key(CL, f"{CL}.s1.q1")
    assert page.timers.timer(page.timers.current).duration == 600
    assert page.timer.text() in ("10:00", "9:59")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert page.timers.current == CL and page.timers.timer(CL).duration == 45 * 60
