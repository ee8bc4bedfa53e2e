"""Recording input: Enter saves, attribution by keyboard, votes within the budget, withdraw/restore,
edit, and undo/redo of each — checked in the database through the services."""

import pytest
from PySide6.QtCore import Qt

from plworkshop.services import action_items, responses, workshops


def _all(db, wid):
    return responses.list_responses(db.uow(), wid)


@pytest.fixture
def panel(page):
    page.step(1)
    return page.responses


def _type(qtbot, panel, text):
    panel.entry.setFocus()
    qtbot.keyClicks(panel.entry, text)
    qtbot.keyClick(panel.entry, Qt.Key.Key_Return)


def _choose(qtbot, panel, typed):
    panel.entry.setFocus()
    qtbot.keyClick(panel.entry, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert panel.attribution.hasFocus() or panel.attribution.lineEdit().hasFocus()
    qtbot.keyClicks(panel.attribution.lineEdit(), typed)
    qtbot.keyClick(panel.attribution.lineEdit(), Qt.Key.Key_Return)


def test_enter_records_and_clears_shift_enter_makes_a_new_line(panel, qtbot, db, workshop, page):
    panel.entry.setFocus()
    qtbot.keyClicks(panel.entry, "First line")
    qtbot.keyClick(panel.entry, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(panel.entry, "second line")
    qtbot.keyClick(panel.entry, Qt.Key.Key_Return)
    saved = _all(db, workshop.id)
    assert [r.text for r in saved] == ["First line\nsecond line"]
    assert saved[0].question == page.position.question and saved[0].participant_id is None
    assert panel.entry.toPlainText() == "" and panel.entry.hasFocus()
    assert panel.model.rowCount() == 1
    assert page.navigator.nav_model.is_answered(page.position.question)


def test_attribution_to_participant_group_and_anonymous(panel, qtbot, db, workshop, people):
    _choose(qtbot, panel, "Chen")
    assert panel.attribution.currentText() == "Chen Wu — Policymakers"
    _type(qtbot, panel, "Fund the pilots")
    _type(qtbot, panel, "And keep funding them")  # the choice is remembered
    _choose(qtbot, panel, "Group: Fam")
    _type(qtbot, panel, "Parents need plain language")
    _choose(qtbot, panel, "anonym")
    _type(qtbot, panel, "Nobody asked us")
    saved = {r.text: r for r in _all(db, workshop.id)}
    assert saved["Fund the pilots"].participant_id == people["Chen Wu"].id
    assert saved["And keep funding them"].participant_id == people["Chen Wu"].id
    assert saved["Fund the pilots"].stakeholder_group == "policymakers"
    assert saved["Parents need plain language"].participant_id is None
    assert saved["Parents need plain language"].stakeholder_group == "families"
    assert (
        saved["Nobody asked us"].participant_id is None and saved["Nobody asked us"].stakeholder_group is None
    )
    speakers = {panel.model.speaker(r) for r in panel.model.responses()}
    assert speakers == {"Chen Wu — Policymakers", "Families", "Anonymous"}


def test_unknown_attribution_text_keeps_the_previous_choice(panel, qtbot):
    _choose(qtbot, panel, "Ana")
    _choose(qtbot, panel, "zzz nobody")
    assert panel.attribution.currentText() == "Ana Ruiz — Families"


def test_undo_and_redo_recording(panel, qtbot, db, workshop, ctx, page):
    _type(qtbot, panel, "An idea")
    assert len(_all(db, workshop.id)) == 1
    ctx.undo_stack.undo()
    assert _all(db, workshop.id) == []
    assert panel.model.rowCount() == 0
    assert not page.navigator.nav_model.is_answered(page.position.question)
    ctx.undo_stack.redo()
    assert [r.text for r in _all(db, workshop.id)] == ["An idea"]
    assert panel.model.rowCount() == 1


def _select_row(panel, qtbot, row=0):
    panel.table.setFocus()
    panel.table.selectRow(row)


def test_votes_with_keys_and_buttons_within_the_budget(panel, qtbot, db, workshop, ctx, no_modals):
    workshops.set_votes_per_person(db.uow(), workshop.id, 1)  # 3 people → 3 votes per condition
    ctx.changed(workshop.id, "details")
    _type(qtbot, panel, "Vote for me")
    _select_row(panel, qtbot)
    assert panel.budget.text() == "Votes left: 3 of 3"
    qtbot.keyClick(panel.table, Qt.Key.Key_Plus)
    qtbot.mouseClick(panel.vote_up, Qt.MouseButton.LeftButton)
    qtbot.keyClick(panel.table, Qt.Key.Key_Plus)
    assert _all(db, workshop.id)[0].votes == 3
    assert panel.budget.text() == "Votes left: 0 of 3"
    qtbot.keyClick(panel.table, Qt.Key.Key_Plus)  # over the budget: refused, shown inline
    assert _all(db, workshop.id)[0].votes == 3
    assert "All 3 votes" in panel.notice.text() and panel.notice.property("error")
    assert no_modals == []
    qtbot.keyClick(panel.table, Qt.Key.Key_Minus)
    assert _all(db, workshop.id)[0].votes == 2
    ctx.undo_stack.undo()
    assert _all(db, workshop.id)[0].votes == 3
    ctx.undo_stack.undo()
    assert _all(db, workshop.id)[0].votes == 2
    ctx.undo_stack.redo()
    assert _all(db, workshop.id)[0].votes == 3


def test_withdraw_restore_and_show_withdrawn(panel, qtbot, db, workshop, ctx, page):
    _type(qtbot, panel, "Keep")
    _type(qtbot, panel, "Take back")
    panel.select(next(r.id for r in panel.model.responses() if r.text == "Take back"))
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    by_text = {r.text: r for r in _all(db, workshop.id)}
    assert by_text["Take back"].hidden and not by_text["Keep"].hidden
    assert [r.text for r in panel.visible_responses()] == ["Keep"]
    panel.show_withdrawn.setChecked(True)
    assert {r.text for r in panel.visible_responses()} == {"Keep", "Take back"}
    panel.select(by_text["Take back"].id)
    row = panel.model.row_of(by_text["Take back"].id)
    assert panel.model.index(row, 1).data(Qt.ItemDataRole.FontRole).strikeOut()
    qtbot.keyClick(
        panel.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert not {r.text: r for r in _all(db, workshop.id)}["Take back"].hidden
    ctx.undo_stack.undo()
    assert {r.text: r for r in _all(db, workshop.id)}["Take back"].hidden
    ctx.undo_stack.undo()
    assert not {r.text: r for r in _all(db, workshop.id)}["Take back"].hidden


def test_withdrawing_the_only_input_removes_the_tick(panel, qtbot, page):
    _type(qtbot, panel, "Only one")
    question = page.position.question
    assert page.navigator.nav_model.is_answered(question)
    _select_row(panel, qtbot)
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert not page.navigator.nav_model.is_answered(question)


def test_edit_in_place_is_undoable(panel, qtbot, db, workshop, ctx):
    _type(qtbot, panel, "Tpyo here")
    index = panel.proxy.index(0, 1)
    assert panel.proxy.setData(index, "Typo fixed")
    assert _all(db, workshop.id)[0].text == "Typo fixed"
    ctx.undo_stack.undo()
    assert _all(db, workshop.id)[0].text == "Tpyo here"
    ctx.undo_stack.redo()
    assert _all(db, workshop.id)[0].text == "Typo fixed"


def test_vote_after_redone_recording_still_applies(panel, qtbot, db, workshop, ctx):
    _type(qtbot, panel, "Come back")
    _select_row(panel, qtbot)
    qtbot.keyClick(panel.table, Qt.Key.Key_Plus)
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert _all(db, workshop.id) == []
    ctx.undo_stack.redo()
    ctx.undo_stack.redo()
    saved = _all(db, workshop.id)
    assert [(r.text, r.votes) for r in saved] == [("Come back", 1)]


def test_filters_by_group_and_text_and_sorts_by_votes(panel, qtbot, db, workshop, people):
    _choose(qtbot, panel, "Ana")
    _type(qtbot, panel, "Families say one")
    _choose(qtbot, panel, "Chen")
    _type(qtbot, panel, "Policy says two")
    panel.select(next(r.id for r in panel.model.responses() if r.text == "Policy says two"))
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Plus)
    assert [r.text for r in panel.visible_responses()] == ["Policy says two", "Families say one"]
    panel.sort_box.setCurrentIndex(2)  # oldest first
    assert [r.text for r in panel.visible_responses()] == ["Families say one", "Policy says two"]
    panel.group_filter.setCurrentIndex(panel.group_filter.findData("families"))
    assert [r.text for r in panel.visible_responses()] == ["Families say one"]
    panel.group_filter.setCurrentIndex(0)
    page_find = panel.filter_box
    panel.focus_find()
    assert page_find.hasFocus()
    qtbot.keyClicks(page_find, "policy")
    assert [r.text for r in panel.visible_responses()] == ["Policy says two"]


def test_make_action_item_from_a_response(panel, qtbot, db, workshop, ctx, page):
    _type(qtbot, panel, "Charter a coalition")
    _select_row(panel, qtbot)
    with qtbot.waitSignal(page.action_item_created) as signal:
        qtbot.keyClick(
            panel.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
    items = action_items.list_action_items(db.uow(), workshop.id)
    assert [i.title for i in items] == ["Charter a coalition"]
    assert items[0].response_ids == (_all(db, workshop.id)[0].id,)
    assert signal.args == [workshop.id, items[0].id]
    ctx.undo_stack.undo()
    assert action_items.list_action_items(db.uow(), workshop.id) == []
