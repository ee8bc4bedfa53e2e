"""Pasting a roster: a consent column written another way is read, one that is not understood is
said and can be mapped, nobody is named by default, near group names are matched, and rows are
fixed in place before they are added — by keyboard, at laptop sizes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from plworkshop.services import roster
from plworkshop.ui.setup.roster_paste import GROUP, NAME
from plworkshop.ui.shell.pages import SETUP

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def editor(qtbot, window, workshop):
    window.open_workshop(workshop.id, page=SETUP)
    window.setup.show_tab(1)
    editor = window.setup.roster
    editor.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.table)
    return editor


def added(ctx, workshop):
    return {p.name: p for p in ctx.call(roster.list_participants, workshop.id)[3:]}


def paste(qtbot, editor, text):
    QGuiApplication.clipboard().setText(text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.paste_dialog is not None and editor.paste_dialog.isVisible())
    dialog = editor.paste_dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.table)
    return dialog


def test_a_consent_column_written_another_way_is_respected(qtbot, ctx, workshop, editor):
    dialog = paste(
        qtbot,
        editor,
        "Name\tRole\tOrganization\tGroup\tOK to name?\n"
        "Gil Ames\tSuperintendent\tFargo PS\tDistrict leaders\tyes\n"
        "Hana Ito\tStudent\tWest Fargo HS\tStudents\tno\n"
        "Ivo Jansen\t\t\tFamilies\tnot sure\n",
    )
    assert "OK to name?" in dialog.summary.text()
    assert "Ivo Jansen" in dialog.table.item(2, NAME).text()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
    people = added(ctx, workshop)
    assert {n: p.named_in_report for n, p in people.items()} == {
        "Gil Ames": True,
        "Hana Ito": False,
        "Ivo Jansen": False,
    }


def test_a_column_not_understood_is_said_and_can_be_mapped(qtbot, ctx, workshop, editor):
    dialog = paste(
        qtbot, editor, "Name\tGroup\tPhoto and name release\nGil Ames\tParents\tY\nHana Ito\tStudents\tN\n"
    )
    assert "Photo and name release" in dialog.summary.text() and "nobody is ticked" in dialog.summary.text()
    box = dialog.column_boxes[2]
    box.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # "Name", then on to "May be named"
    while box.currentData() != "named":
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
    people = added(ctx, workshop)
    assert (people["Gil Ames"].named_in_report, people["Hana Ito"].named_in_report) == (True, False)
    assert people["Gil Ames"].stakeholder_group == "families"


def test_near_group_names_map_and_rows_are_fixed_in_place(qtbot, ctx, workshop, editor):
    dialog = paste(
        qtbot,
        editor,
        "Name\tGroup\tConsent\nGil Ames\tTeachers\tyes\n\tParent\tyes\nHana Ito\tAstronauts\tno\n",
    )
    table = dialog.table
    assert table.item(0, GROUP).data(Qt.ItemDataRole.UserRole) == "teachers-and-unions"
    assert table.item(1, GROUP).data(Qt.ItemDataRole.UserRole) == "families"
    assert table.item(2, GROUP).data(Qt.ItemDataRole.UserRole) == "other"  # offered as Other, flagged
    assert "Astronauts" in table.item(2, 5).text()
    # the row without a name gets one, in place
    table.setCurrentCell(1, NAME)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.keyClicks(QApplication.focusWidget(), "Jo Kim")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    # and Astronauts becomes Students
    table.setCurrentCell(2, GROUP)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    combo.setCurrentIndex(combo.findData("students"))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
    people = added(ctx, workshop)
    assert {n: p.stakeholder_group for n, p in people.items()} == {
        "Gil Ames": "teachers-and-unions",
        "Jo Kim": "families",
        "Hana Ito": "students",
    }
    ctx.undo_stack.undo()
    assert added(ctx, workshop) == {}
