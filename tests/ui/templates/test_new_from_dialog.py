"""File → New workshop from… (Ctrl+Shift+N), by keyboard on the real main window: the new workshop has
the earlier one's agenda, roster with consent and settings, and none of what was said."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from plworkshop.services import day_plan, responses, workshops


def key(qtbot, k, mods=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), k, mods)


@pytest.mark.parametrize("size", [(1366, 768), (1024, 768)], ids=["1366x768", "1024x768"])
def test_new_workshop_from_an_earlier_one_by_keyboard(qtbot, window, db, workshop, size):
    window.resize(*size)
    day_plan.add_session(db.uow(), workshop.id, "lunch", index=1)
    responses.record_response(
        db.uow(),
        workshop.id,
        condition="collaborative-leadership",
        stage=1,
        question="collaborative-leadership.s1.q1",
        text="Not copied",
    )
    window.home.refresh()
    window.home.table.setFocus()
    key(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(
        lambda: getattr(window, "new_from_dialog", None) is not None and window.new_from_dialog.isVisible()
    )
    dialog = window.new_from_dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.list)
    assert dialog.title.text() == "Fixture convening (next session)"
    key(qtbot, Qt.Key.Key_Tab)  # to the title
    assert QApplication.focusWidget() is dialog.title
    dialog.title.selectAll()
    qtbot.keyClicks(QApplication.focusWidget(), "Winter convening")
    key(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "31 February 2027")  # refused, visibly, nothing made
    key(qtbot, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error.text()
    assert len(workshops.list_workshops(db.uow())) == 1
    dialog.date.selectAll()
    qtbot.keyClicks(QApplication.focusWidget(), "12 March 2027")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workshop_id not in ("", None, workshop.id))
    snap = workshops.snapshot(db.uow(), window.workshop_id)
    assert snap.workshop.title == "Winter convening" and str(snap.workshop.date) == "2027-03-12"
    assert [(p.name, p.named_in_report) for p in snap.participants] == [
        ("Ana Ruiz", True),
        ("Ben Okafor", False),
        ("Chen Wu", True),
    ]
    assert [a.condition for a in snap.agenda] == ["collaborative-leadership", "balanced-assessments"]
    assert [s.kind for s in snap.agenda_sessions] == ["lunch"]
    assert snap.responses == ()
