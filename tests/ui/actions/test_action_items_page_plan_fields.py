"""The action-items page's plan fields, driven by keyboard where the focus is: item numbers, typed
dates (refused visibly when not dates), blocked with its reason asked for, progress notes, undo."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMessageBox

from plworkshop.services import action_items
from plworkshop.ui.actions.action_item_table_model import COLUMN
from plworkshop.ui.actions.action_items_page import ActionItemsPage


@pytest.fixture(params=[(1366, 768), (1024, 768)], ids=["1366x768", "1024x768"])
def actions(request, qtbot, ctx, db, workshop):
    action_items.create_action_item(db.uow(), workshop.id, title="Draft guidance", due="2027-03-01")
    action_items.create_action_item(db.uow(), workshop.id, title="Pilot", due="2020-01-01")  # overdue
    page = ActionItemsPage(ctx)
    qtbot.addWidget(page)
    page.resize(*request.param)
    page.show()
    qtbot.waitExposed(page)
    page.show_workshop(workshop.id)
    return page


def _items(db, workshop):
    return action_items.list_action_items(db.uow(), workshop.id)


def _open(qtbot, page, row: int, field: str):
    """Put the keyboard focus on a cell and press F2, as a person would; returns the editor."""
    page.table.setFocus()
    page.table.setCurrentIndex(page.proxy.index(row, COLUMN[field]))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not page.table)
    return QApplication.focusWidget()


def _type(qtbot, text: str) -> None:
    editor = QApplication.focusWidget()
    if isinstance(editor, QLineEdit):
        editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def test_numbers_and_overdue_show_in_the_table(actions):
    assert [actions.proxy.index(r, COLUMN["number"]).data() for r in range(2)] == ["1", "2"]
    assert "overdue" in actions.proxy.index(1, COLUMN["due"]).data()
    assert "overdue" not in actions.proxy.index(0, COLUMN["due"]).data()
    assert not actions.proxy.flags(actions.proxy.index(0, COLUMN["number"])) & Qt.ItemFlag.ItemIsEditable


def test_typed_dates_are_read_and_non_dates_refused_visibly(actions, qtbot, db, workshop, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: said.append(text))
    assert isinstance(_open(qtbot, actions, 0, "start"), QLineEdit)
    _type(qtbot, "January 15, 2027")
    qtbot.waitUntil(lambda: _items(db, workshop)[0].start == dt.date(2027, 1, 15))
    _open(qtbot, actions, 0, "due")
    _type(qtbot, "next week")
    qtbot.waitUntil(lambda: "not a date" in actions.status.text())
    assert "“next week” is not a date" in actions.status.text()
    assert actions.status.isVisible() and actions.status.property("refused")
    assert _items(db, workshop)[0].due == dt.date(2027, 3, 1)  # nothing changed
    _open(qtbot, actions, 0, "due")
    _type(qtbot, "2027-01-01")  # before the start: the service refuses, the date stays
    qtbot.waitUntil(lambda: bool(said))
    assert "is after the due date" in said[0] and _items(db, workshop)[0].due == dt.date(2027, 3, 1)


def test_blocked_keeps_the_status_and_asks_for_the_reason(actions, qtbot, db, workshop, ctx):
    combo = _open(qtbot, actions, 0, "status")
    assert isinstance(combo, QComboBox)
    qtbot.keyClicks(combo, "B")  # keyboard search picks "Blocked"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _items(db, workshop)[0].status == "blocked")
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    assert actions.table.currentIndex().column() == COLUMN["blocked_reason"]
    assert "is blocked: say why" in actions.status.text()
    _type(qtbot, "Budget frozen until July")
    qtbot.waitUntil(lambda: _items(db, workshop)[0].blocked_reason == "Budget frozen until July")
    assert _items(db, workshop)[0].status == "blocked"


def test_escape_leaves_it_blocked_and_flagged(actions, qtbot, db, workshop):
    combo = _open(qtbot, actions, 1, "status")
    qtbot.keyClicks(combo, "B")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    item = _items(db, workshop)[1]
    assert item.status == "blocked" and item.needs_reason
    assert actions.proxy.index(1, COLUMN["blocked_reason"]).data() == "(why is it blocked?)"


def test_progress_notes_are_dated_today_and_kept(actions, qtbot, db, workshop, ctx):
    _open(qtbot, actions, 0, "progress")
    _type(qtbot, "Kick-off held")
    qtbot.waitUntil(lambda: len(_items(db, workshop)[0].progress) == 1)
    note = _items(db, workshop)[0].latest_note
    assert (note.as_of, note.text) == (dt.date.today(), "Kick-off held")
    assert actions.proxy.index(0, COLUMN["progress"]).data().endswith("Kick-off held")
    _open(qtbot, actions, 0, "resources")
    _type(qtbot, "Title IV-A")
    qtbot.waitUntil(lambda: _items(db, workshop)[0].resources == "Title IV-A")
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert (_items(db, workshop)[0].resources, _items(db, workshop)[0].progress) == ("", ())


def test_undoing_a_delete_gives_the_item_its_number_back(actions, monkeypatch, db, workshop, ctx):
    actions.table.selectRow(0)
    monkeypatch.setattr(ActionItemsPage, "confirm_delete", lambda self, item: True)
    actions.delete_selected()
    ctx.undo_stack.undo()
    assert sorted(a.number for a in _items(db, workshop)) == [1, 2]
