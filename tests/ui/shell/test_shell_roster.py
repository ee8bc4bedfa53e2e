"""Setup → Roster: typing people in, pasting from a spreadsheet, editing, removing, undo and redo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from plworkshop.services import roster
from plworkshop.services.roster_paste import read_roster_paste
from plworkshop.ui.setup.participant_table_model import GROUP, NAMED, ORG, ROLE, ParticipantTableModel
from plworkshop.ui.setup.roster_editor import ConfirmRemovePeople
from plworkshop.ui.shell.pages import SETUP


@pytest.fixture
def editor(window, workshop):
    window.open_workshop(workshop.id, page=SETUP)
    window.setup.show_tab(1)
    return window.setup.roster


def people(ctx, workshop):
    return ctx.call(roster.list_participants, workshop.id)


def names(ctx, workshop):
    return [p.name for p in people(ctx, workshop)]


def test_participant_model_passes_the_model_tester(qtmodeltester, ctx, workshop):
    model = ParticipantTableModel(ctx.pack)
    model.set_people(people(ctx, workshop))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 3
    assert model.index(1, GROUP).data() == "Teachers and their unions"
    assert model.index(1, NAMED).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked


def test_editable_model_with_its_new_row_passes_the_model_tester(qtmodeltester, editor):
    qtmodeltester.check(editor.model, force_py=True)
    assert editor.model.rowCount() == 4  # three people and the row to type a new name in
    assert editor.count.text() == "3 participants"


def test_typing_names_enter_moves_to_a_fresh_row(qtbot, ctx, workshop, editor, no_dialogs):
    table = editor.table
    table.setFocus()
    table.edit_row(editor.model.rowCount() - 1)
    for number, name in enumerate(("Dee Ford", "Eli Grant", "Fay Hu"), start=4):
        # Qt commits on Enter through a queued call, so wait for the fresh row's editor
        qtbot.waitUntil(
            lambda n=number: isinstance(QApplication.focusWidget(), QLineEdit)
            and table.currentIndex().row() == n - 1
        )
        line = QApplication.focusWidget()
        assert line.text() == ""
        qtbot.keyClicks(line, name)
        qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.currentIndex().row() == 6)
    assert names(ctx, workshop)[-3:] == ["Dee Ford", "Eli Grant", "Fay Hu"]
    # new people join the group of the person above them, so grouped lists are quick to type
    assert {p.stakeholder_group for p in people(ctx, workshop)[-3:]} == {"policymakers"}
    assert table.currentIndex().row() == editor.model.rowCount() - 1  # ready for the next one
    assert editor.count.text() == "6 participants"


def test_tab_moves_across_and_edits_role_and_organization(qtbot, ctx, workshop, editor, no_dialogs):
    table = editor.table
    table.setFocus()
    table.edit_row(0, ROLE)
    line = QApplication.focusWidget()
    line.selectAll()
    qtbot.keyClicks(line, "Parent leader")
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert table.currentIndex().column() == ORG
    line = QApplication.focusWidget()
    assert isinstance(line, QLineEdit)
    qtbot.keyClicks(line, "PTA")
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    ana = people(ctx, workshop)[0]
    assert (ana.role, ana.organization) == ("Parent leader", "PTA")


def test_group_combo_and_named_checkbox_are_stored_and_undone(qtbot, ctx, workshop, editor, no_dialogs):
    table = editor.table
    table.setFocus()
    table.edit_row(0, GROUP)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    assert combo.count() == len(ctx.pack.stakeholder_groups)
    combo.setCurrentIndex(combo.findData("students"))
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    assert people(ctx, workshop)[0].stakeholder_group == "students"

    assert editor.model.setData(
        editor.model.index(0, NAMED), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert people(ctx, workshop)[0].named_in_report is False
    ctx.undo_stack.undo()
    assert people(ctx, workshop)[0].named_in_report is True
    ctx.undo_stack.undo()
    assert people(ctx, workshop)[0].stakeholder_group == "families"
    assert editor.model.index(0, GROUP).data() == "Families"


def test_paste_from_a_spreadsheet_adds_everyone_in_one_undoable_step(ctx, workshop, editor, no_dialogs):
    QGuiApplication.clipboard().setText(
        "Name\tRole\tOrganization\tStakeholder group\tMay be named\r\n"
        "Gil Ames\tSuperintendent\tFargo Public Schools\tDistrict leaders\tyes\r\n"
        "Hana Ito\tStudent\tWest Fargo HS\tstudents\tno\r\n"
        "Ivo Jansen\t\t\t\tyes\r\n"
    )
    editor.table.setFocus()
    editor.paste()
    added = people(ctx, workshop)[3:]
    assert [(p.name, p.role, p.organization, p.stakeholder_group, p.named_in_report) for p in added] == [
        ("Gil Ames", "Superintendent", "Fargo Public Schools", "district-leaders", True),
        ("Hana Ito", "Student", "West Fargo HS", "students", False),
        ("Ivo Jansen", "", "", "policymakers", True),  # no group given: the group above
    ]
    ctx.undo_stack.undo()
    assert names(ctx, workshop) == ["Ana Ruiz", "Ben Okafor", "Chen Wu"]
    ctx.undo_stack.redo()
    assert names(ctx, workshop)[3:] == ["Gil Ames", "Hana Ito", "Ivo Jansen"]


def test_a_paste_with_doubtful_rows_opens_them_for_checking_and_adds_nobody_yet(
    ctx, workshop, editor, no_dialogs
):
    assert not editor.paste_text(
        "Jo Kim\tDirector\tDPI\tAstronauts\tyes\n\tNo name\n"
        "Lee Moe\t\t\tfamilies\tmaybe\nOk Person\t\t\tfamilies\tyes\n"
    )
    assert names(ctx, workshop) == ["Ana Ruiz", "Ben Okafor", "Chen Wu"]
    dialog = editor.paste_dialog
    notes = [dialog.table.item(r, 5).text() for r in range(dialog.table.rowCount())]
    assert "Astronauts" in notes[0] and "No name" in notes[1] and "maybe" in notes[2] and notes[3] == ""
    assert [p.name for p in dialog.people()] == ["Jo Kim", "Lee Moe", "Ok Person"]
    assert [p.named_in_report for p in dialog.people()] == [True, False, True]
    dialog.reject()
    assert ctx.undo_stack.count() == 0 and names(ctx, workshop) == ["Ana Ruiz", "Ben Okafor", "Chen Wu"]


def test_paste_parser_positional_columns_and_labels(ctx):
    result = read_roster_paste("Ann\tChair\tBoard\tHigher education\tx\nBo\n", ctx.pack)
    assert [(p.name, p.group, p.named) for p in result.rows] == [
        ("Ann", "higher-education", True),
        ("Bo", "other", None),
    ]  # no consent given: not named
    assert not read_roster_paste("  \n", ctx.pack).rows


def test_remove_asks_first_and_undo_puts_people_back_in_place(ctx, workshop, editor, monkeypatch):
    asked = []
    monkeypatch.setattr(
        ConfirmRemovePeople, "ask", classmethod(lambda cls, parent, who: asked.append(who) or False)
    )
    editor.table.setCurrentIndex(editor.model.index(1, 0))
    editor.remove_selected()
    assert asked == [["Ben Okafor"]] and len(people(ctx, workshop)) == 3

    monkeypatch.setattr(ConfirmRemovePeople, "ask", classmethod(lambda cls, parent, who: True))
    editor.remove_selected()
    assert names(ctx, workshop) == ["Ana Ruiz", "Chen Wu"]
    ctx.undo_stack.undo()
    back = people(ctx, workshop)
    assert [p.name for p in back] == ["Ana Ruiz", "Ben Okafor", "Chen Wu"]
    assert back[1].named_in_report is False and back[1].stakeholder_group == "teachers-and-unions"


def test_edits_after_a_re_add_still_find_the_person(ctx, workshop, editor, no_dialogs):
    """Redo of an add gives the person a new id; later undo steps must follow them."""
    model = editor.model
    assert model.setData(model.index(3, 0), "Zed Young")
    assert model.setData(model.index(3, ROLE), "Mayor")
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert "Zed Young" not in names(ctx, workshop)
    ctx.undo_stack.redo()
    ctx.undo_stack.redo()
    assert people(ctx, workshop)[-1].role == "Mayor"
    ctx.undo_stack.undo()
    assert people(ctx, workshop)[-1].role == ""
