"""The Day plan tab by keyboard: the day's start, a lunch and a report-out, a fixed clock time, a
question's own time box, undo, and the printable agenda. At 1366×768 and 1024×768."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from plworkshop.services import day_plan

CL = "collaborative-leadership"


def key(qtbot, k, mods=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), k, mods)


@pytest.fixture(params=[(1366, 768), (1024, 768)], ids=["1366x768", "1024x768"])
def editor(request, qtbot, window, workshop):
    from plworkshop.ui.setup.setup_page import DAY_PLAN

    window.resize(*request.param)
    window.open_workshop(workshop.id, page=1)
    window.setup.show_tab(DAY_PLAN)
    widget = window.setup.day_plan
    qtbot.waitUntil(widget.isVisible)
    widget.size_name = f"{request.param[0]}"
    return widget


def _plan(db, wid):
    return day_plan.get_day_plan(db.uow(), wid)


def test_build_the_day_by_keyboard_and_undo(qtbot, editor, db, workshop, ctx, tmp_path):
    wid = workshop.id
    editor.day_start.setFocus()
    qtbot.keyClicks(QApplication.focusWidget(), "half past eight")
    key(qtbot, Qt.Key.Key_Return)
    assert "not a clock time" in editor.notice.text() and editor.day_start.text() == "half past eight"
    assert _plan(db, wid).day_starts_at is None
    editor.day_start.selectAll()
    qtbot.keyClicks(QApplication.focusWidget(), "8:30 am")
    key(qtbot, Qt.Key.Key_Return)
    assert _plan(db, wid).day_starts_at == "08:30" and editor.day_start.text() == "08:30"
    # a lunch after the first condition: select row 0, choose Lunch in the kind box, Tab, Space
    editor.table.setFocus()
    editor.table.setCurrentCell(0, 2)
    editor.kind.setFocus()
    editor.kind.setCurrentIndex(editor.kind.findData("lunch"))
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.add_button
    key(qtbot, Qt.Key.Key_Space)
    plan = _plan(db, wid)
    assert [(i.kind, i.start) for i in plan.items] == [
        ("condition", "08:30"),
        ("lunch", "09:15"),
        ("condition", "10:00"),
    ]
    # type the lunch's start time in its Start cell (the table has the focus after adding)
    assert QApplication.focusWidget() is editor.table and editor.table.currentRow() == 1
    editor.table.setCurrentCell(1, 0)
    key(qtbot, Qt.Key.Key_F2)
    qtbot.keyClicks(QApplication.focusWidget(), "12:00")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _plan(db, wid).items[1].starts_at == "12:00")
    assert _plan(db, wid).items[2].start == "12:45"
    # a question's own time box, typed in its row
    question = editor.boxes.topLevelItem(0).child(0)
    editor.boxes.setFocus()
    editor.boxes.setCurrentItem(question, 1)
    key(qtbot, Qt.Key.Key_F2)
    qtbot.keyClicks(QApplication.focusWidget(), "10")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _plan(db, wid).question_minutes() == {(CL, f"{CL}.s1.q1"): 10})
    # undo the box, the time and the lunch
    for _ in range(3):
        ctx.undo_stack.undo()
    plan = _plan(db, wid)
    assert [i.kind for i in plan.items] == ["condition", "condition"] and plan.question_time_boxes == ()
    assert plan.day_starts_at == "08:30"
    # the printable agenda
    assert editor.save_agenda_pdf(tmp_path / "agenda.pdf")
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "agenda.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "08:30" in text and "Collaborative Leadership" in text
    for widget in (editor.add_button, editor.print_button, editor.remove_button, editor.day_start):
        corner = widget.mapTo(editor.window(), QPoint(widget.width(), widget.height()))
        assert widget.isVisible() and corner.x() <= editor.window().width()
        assert widget.width() >= widget.minimumSizeHint().width() - 1
    editor.window().grab().save(f"/tmp/df/dayplan-{editor.size_name}.png")


def test_a_condition_is_not_removed_here(qtbot, editor, db, workshop):
    editor.table.setFocus()
    editor.table.setCurrentCell(0, 2)
    editor.remove_selected()
    assert "Agenda tab" in editor.notice.text() and len(_plan(db, workshop.id).items) == 2
