"""A walk-in typed into the roster's "+" row keeps the role and organisation typed after Tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from plworkshop.services import roster
from plworkshop.ui.setup.participant_table_model import ORG, ROLE
from plworkshop.ui.shell.pages import SETUP


def test_walk_in_keeps_role_and_organisation(qtbot, ctx, window, workshop):
    window.open_workshop(workshop.id, page=SETUP)
    window.setup.show_tab(1)
    editor = window.setup.roster
    table = editor.table
    table.setFocus()
    table.edit_row(editor.model.rowCount() - 1)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    qtbot.keyClicks(QApplication.focusWidget(), "Walk In")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(
        lambda: isinstance(QApplication.focusWidget(), QLineEdit) and table.currentIndex().column() == ROLE
    )
    assert table.currentIndex().row() == 3, "Tab goes to the walk-in's own role, not the empty row below"
    qtbot.keyClicks(QApplication.focusWidget(), "School nurse")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(
        lambda: isinstance(QApplication.focusWidget(), QLineEdit) and table.currentIndex().column() == ORG
    )
    qtbot.keyClicks(QApplication.focusWidget(), "Valley Clinic")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(
        lambda: ctx.call(roster.list_participants, workshop.id)[-1].organization == "Valley Clinic"
    )
    walk_in = ctx.call(roster.list_participants, workshop.id)[-1]
    assert (walk_in.name, walk_in.role, walk_in.organization) == ("Walk In", "School nurse", "Valley Clinic")
