"""Stage self-assessment: one click or key 0–3 per participant, the consensus with a note, the
live distribution, and undo/redo — checked through the services."""

import pytest
from PySide6.QtCore import Qt

from plworkshop.services import assessments
from plworkshop.ui.facilitation.assessment_model import FIRST_STAGE_COLUMN, NAME
from plworkshop.ui.facilitation.navigator_model import ASSESSMENT, Position


@pytest.fixture
def grid(page):
    assert page.go_to(Position(ASSESSMENT, "collaborative-leadership"))
    return page.assessment


def _placed(db, wid):
    return {
        a.participant_id: a for a in assessments.list_assessments(db.uow(), wid, "collaborative-leadership")
    }


def _click(qtbot, grid, row, stage):
    index = grid.model.index(row, FIRST_STAGE_COLUMN + stage)
    rect = grid.table.visualRect(index)
    qtbot.mouseClick(grid.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_rows_are_participants_then_the_consensus(grid):
    names = [grid.model.index(r, NAME).data() for r in range(grid.model.rowCount())]
    assert names == ["Ana Ruiz", "Ben Okafor", "Chen Wu", "Room consensus"]


def test_one_click_places_a_participant(grid, qtbot, db, workshop, people):
    _click(qtbot, grid, 0, 2)
    placed = _placed(db, workshop.id)
    assert placed[people["Ana Ruiz"].id].stage == 2
    assert grid.chart.data.by_stage[2] == 1
    assert grid.chart.data.by_stage_group[2]["families"] == 1


def test_keys_place_and_move_to_the_next_row(grid, qtbot, db, workshop, people, ctx):
    grid.table.setFocus()
    grid.table.setCurrentIndex(grid.model.index(0, FIRST_STAGE_COLUMN))
    for key in (Qt.Key.Key_1, Qt.Key.Key_1, Qt.Key.Key_3, Qt.Key.Key_1):
        qtbot.keyClick(grid.table, key)
    placed = _placed(db, workshop.id)
    assert [placed[people[n].id].stage for n in ("Ana Ruiz", "Ben Okafor", "Chen Wu")] == [1, 1, 3]
    assert placed[None].stage == 1
    assert dict(grid.chart.data.by_stage) == {1: 2, 3: 1}
    assert grid.chart.data.consensus == 1
    assert "Consensus: Exploration" in grid.summary.text()
    ctx.undo_stack.undo()
    assert None not in _placed(db, workshop.id)
    ctx.undo_stack.undo()
    assert people["Chen Wu"].id not in _placed(db, workshop.id)
    ctx.undo_stack.redo()
    assert _placed(db, workshop.id)[people["Chen Wu"].id].stage == 3


def test_changing_and_clearing_a_placement_is_undoable(grid, qtbot, db, workshop, people, ctx):
    _click(qtbot, grid, 1, 0)
    _click(qtbot, grid, 1, 2)
    assert _placed(db, workshop.id)[people["Ben Okafor"].id].stage == 2
    grid.table.setFocus()
    grid.table.setCurrentIndex(grid.model.index(1, FIRST_STAGE_COLUMN))
    qtbot.keyClick(grid.table, Qt.Key.Key_Delete)
    assert people["Ben Okafor"].id not in _placed(db, workshop.id)
    ctx.undo_stack.undo()
    assert _placed(db, workshop.id)[people["Ben Okafor"].id].stage == 2
    ctx.undo_stack.undo()
    assert _placed(db, workshop.id)[people["Ben Okafor"].id].stage == 0


def test_consensus_note(grid, qtbot, db, workshop, ctx):
    _click(qtbot, grid, grid.model.consensus_row(), 1)
    grid.note.setFocus()
    qtbot.keyClicks(grid.note, "Pockets of exploration only")
    qtbot.keyClick(grid.note, Qt.Key.Key_Return)
    assert _placed(db, workshop.id)[None].note == "Pockets of exploration only"
    assert _placed(db, workshop.id)[None].stage == 1
    ctx.undo_stack.undo()
    assert _placed(db, workshop.id)[None].note == ""
