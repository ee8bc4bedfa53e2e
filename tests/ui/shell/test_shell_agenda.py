"""Setup → Agenda: add conditions, reorder them (buttons and drag), time boxes, total, undo and redo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from plworkshop.services import agenda
from plworkshop.ui.setup.agenda_model import MINUTES, AgendaModel, format_minutes, moved
from plworkshop.ui.shell.pages import SETUP


@pytest.fixture
def editor(window, workshop):
    window.open_workshop(workshop.id, page=SETUP)
    window.setup.show_tab(2)
    return window.setup.agenda


def stored(ctx, workshop):
    return [(a.condition, a.minutes) for a in ctx.call(agenda.get_agenda, workshop.id)]


def pick(editor, key):
    tree = editor.available
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        for c in range(group.childCount()):
            if group.child(c).data(0, Qt.ItemDataRole.UserRole) == key:
                tree.setCurrentItem(group.child(c))
                return
    raise AssertionError(f"{key} is not offered")


def test_agenda_model_passes_the_model_tester(qtmodeltester, editor):
    qtmodeltester.check(editor.model, force_py=True)
    assert editor.model.index(0, 1).data() == "Collaborative Leadership"
    assert editor.model.index(1, MINUTES).data() == "30 min"
    assert editor.total.text() == "Total: 1 h 15 min"


def test_offered_conditions_are_those_not_on_the_agenda_grouped_by_strategy(editor, ctx):
    tree = editor.available
    offered = {
        tree.topLevelItem(g).child(c).data(0, Qt.ItemDataRole.UserRole)
        for g in range(tree.topLevelItemCount())
        for c in range(tree.topLevelItem(g).childCount())
    }
    assert offered == {c.key for c in ctx.pack.conditions} - {
        "collaborative-leadership",
        "balanced-assessments",
    }
    labels = {tree.topLevelItem(g).text(0) for g in range(tree.topLevelItemCount())}
    assert labels <= {t.label for t in ctx.pack.strategies}


def test_add_reorder_time_box_and_remove_each_undoable(qtbot, ctx, workshop, editor, no_dialogs):
    start = stored(ctx, workshop)
    pick(editor, "culture-of-innovation")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert stored(ctx, workshop) == start + [("culture-of-innovation", 45)]
    assert editor.total.text() == "Total: 2 h"

    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)  # the new row is selected
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert [k for k, _ in stored(ctx, workshop)] == [
        "culture-of-innovation",
        "collaborative-leadership",
        "balanced-assessments",
    ]
    qtbot.mouseClick(editor.down_button, Qt.MouseButton.LeftButton)
    assert [k for k, _ in stored(ctx, workshop)] == [
        "collaborative-leadership",
        "culture-of-innovation",
        "balanced-assessments",
    ]

    assert editor.model.setData(editor.model.index(1, MINUTES), 20)
    assert stored(ctx, workshop)[1] == ("culture-of-innovation", 20)
    assert editor.total.text() == "Total: 1 h 35 min"

    editor.table.selectRow(0)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert [k for k, _ in stored(ctx, workshop)] == ["culture-of-innovation", "balanced-assessments"]

    for expected in (
        [("collaborative-leadership", 45), ("culture-of-innovation", 20), ("balanced-assessments", 30)],
        [("collaborative-leadership", 45), ("culture-of-innovation", 45), ("balanced-assessments", 30)],
    ):
        ctx.undo_stack.undo()
        assert stored(ctx, workshop) == expected
    for _ in range(4):  # down, up, up, add
        ctx.undo_stack.undo()
    assert stored(ctx, workshop) == start
    assert editor.model.items() == start
    ctx.undo_stack.redo()
    assert stored(ctx, workshop) == start + [("culture-of-innovation", 45)]


def test_minutes_editor_is_a_spin_box(qtbot, editor, ctx, workshop, no_dialogs):
    from PySide6.QtWidgets import QApplication, QSpinBox

    editor.table.setFocus()
    index = editor.model.index(0, MINUTES)
    editor.table.edit(index)
    spin = QApplication.focusWidget()
    assert isinstance(spin, QSpinBox) and spin.value() == 45
    spin.selectAll()
    qtbot.keyClicks(spin, "60")
    qtbot.keyClick(spin, Qt.Key.Key_Tab)
    assert stored(ctx, workshop)[0] == ("collaborative-leadership", 60)


def test_dragging_a_row_moves_it(ctx, workshop, editor, no_dialogs):
    model = editor.model
    mime = model.mimeData([model.index(1, 0)])
    # dropped before the first row; the view is told nothing was dropped so it removes no rows itself
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex()) is False
    assert [k for k, _ in stored(ctx, workshop)] == ["balanced-assessments", "collaborative-leadership"]
    ctx.undo_stack.undo()
    assert [k for k, _ in stored(ctx, workshop)] == ["collaborative-leadership", "balanced-assessments"]


def test_moved_and_format_minutes():
    items = [("a", 1), ("b", 2), ("c", 3)]
    assert moved(items, 0, 3) == [("b", 2), ("c", 3), ("a", 1)]
    assert moved(items, 2, 0) == [("c", 3), ("a", 1), ("b", 2)]
    assert moved(items, 1, 1) == items
    assert [format_minutes(m) for m in (45, 60, 135)] == ["45 min", "1 h", "2 h 15 min"]


def test_model_without_a_workshop_is_empty(qtmodeltester):
    model = AgendaModel(lambda key: key)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 0 and model.total_minutes() == 0
