"""Action items: the due date is typed as people write it; nonsense and far-off years are refused
in sight, and Enter on an empty due cell leaves it empty."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from plworkshop.services import action_items
from plworkshop.ui.actions.action_item_table_model import COLUMN


def due(db, workshop):
    return action_items.list_action_items(db.uow(), workshop.id)[0].due


def type_into_due(qtbot, page, text):
    index = page.proxy.index(0, COLUMN["due"])
    page.table.setFocus()
    page.table.setCurrentIndex(index)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor is not page.table, "F2 opens an editor that takes the keyboard"
    editor.selectAll()
    if text:
        qtbot.keyClicks(editor, text)
    else:
        qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table)


def test_typed_due_dates(qtbot, db, workshop, ctx, actions_page):
    action_items.create_action_item(db.uow(), workshop.id, title="Draft guidance")
    actions_page.reload()
    type_into_due(qtbot, actions_page, "")
    assert due(db, workshop) is None, "Enter on an empty due cell does not set today"
    type_into_due(qtbot, actions_page, "Jun 30, 2027")
    assert due(db, workshop) == dt.date(2027, 6, 30)
    assert actions_page.proxy.index(0, COLUMN["due"]).data() != ""
    type_into_due(qtbot, actions_page, "6 Dec 3020")
    assert due(db, workshop) == dt.date(2027, 6, 30)
    notice = actions_page.status
    assert "3020" in notice.text() and notice.isVisible()
    type_into_due(qtbot, actions_page, "30/6/2028")
    assert due(db, workshop) == dt.date(2028, 6, 30)
    ctx.undo_stack.undo()
    assert due(db, workshop) == dt.date(2027, 6, 30)
