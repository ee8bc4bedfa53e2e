"""The action items page: from scratch, from a response, inline edits through the delegates,
linked input, filters, delete with confirmation — each undoable and checked in the database."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from plworkshop.services import action_items, responses
from plworkshop.ui.actions.action_item_table_model import COLUMN
from plworkshop.ui.actions.action_items_page import ActionItemsPage
from plworkshop.ui.actions.linked_responses_dialog import LinkedResponsesDialog


@pytest.fixture
def actions(qtbot, ctx, workshop):
    page = ActionItemsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1440, 900)
    page.show()
    page.show_workshop(workshop.id)
    return page


def _items(db, wid):
    return action_items.list_action_items(db.uow(), wid)


def _edit_cell(qtbot, page, field, act):
    """Open the cell's editor with F2, let `act` change it, commit with Enter."""
    index = page.proxy.index(0, COLUMN[field])
    page.table.setFocus()
    page.table.setCurrentIndex(index)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = page.table.indexWidget(index) or page.table.focusWidget()
    act(editor)
    page.table.commitData(editor)
    page.table.closeEditor(editor, page.table.itemDelegate().EndEditHint.NoHint)


def test_new_item_from_scratch_and_inline_title(actions, qtbot, db, workshop, ctx):
    item_id = actions.new_item()
    assert [i.title for i in _items(db, workshop.id)] == ["New action item"]
    editor = actions.table.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Pass a pilot statute")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event-loop turn
    qtbot.waitUntil(lambda: _items(db, workshop.id)[0].title == "Pass a pilot statute")
    ctx.undo_stack.undo()
    assert _items(db, workshop.id)[0].title == "New action item"
    ctx.undo_stack.undo()
    assert _items(db, workshop.id) == []
    assert item_id


def test_edit_owner_due_priority_status_lever(actions, qtbot, db, workshop, ctx):
    action_items.create_action_item(db.uow(), workshop.id, title="Draft guidance")
    actions.reload()

    def owner(editor):
        editor.setText("Deputy Commissioner")

    _edit_cell(qtbot, actions, "owner", owner)

    def due(editor):
        assert isinstance(editor, QLineEdit)  # typed as people type dates
        editor.setText("3/1/2027")

    _edit_cell(qtbot, actions, "due", due)

    def pick(label):
        def act(editor):
            assert isinstance(editor, QComboBox)
            editor.setCurrentIndex(editor.findText(label))

        return act

    _edit_cell(qtbot, actions, "priority", pick("High"))
    _edit_cell(qtbot, actions, "status", pick("In progress"))
    _edit_cell(qtbot, actions, "policy_lever", pick("Guidance"))
    item = _items(db, workshop.id)[0]
    assert (item.owner, item.due, item.priority, item.status, item.policy_lever) == (
        "Deputy Commissioner",
        dt.date(2027, 3, 1),
        "high",
        "in_progress",
        "guidance",
    )
    assert actions.proxy.index(0, COLUMN["policy_lever"]).data() == "Guidance"

    def clear_date(editor):
        editor.clear()

    _edit_cell(qtbot, actions, "due", clear_date)
    assert _items(db, workshop.id)[0].due is None
    ctx.undo_stack.undo()
    assert _items(db, workshop.id)[0].due == dt.date(2027, 3, 1)


def test_linked_input_through_the_dialog_seam(actions, monkeypatch, db, workshop, ctx):
    condition = ctx.pack.condition("collaborative-leadership")
    question = condition.stage(1).questions[0].key
    said = [
        responses.record_response(
            db.uow(), workshop.id, condition=condition.key, stage=1, question=question, text=t
        )
        for t in ("one", "two")
    ]
    action_items.create_action_item(db.uow(), workshop.id, title="Link me")
    actions.reload()
    actions.table.selectRow(0)
    offered = []

    def fake_ask(parent, everything, titles, selected):
        offered.extend(r.text for r in everything)
        return (said[1].id,)

    monkeypatch.setattr(LinkedResponsesDialog, "ask", staticmethod(fake_ask))
    actions.edit_links()
    assert set(offered) == {"one", "two"}
    assert _items(db, workshop.id)[0].response_ids == (said[1].id,)
    assert actions.proxy.index(0, COLUMN["response_ids"]).data() == "1 response"
    ctx.undo_stack.undo()
    assert _items(db, workshop.id)[0].response_ids == ()


def test_linked_responses_dialog_ticks(qtbot, db, workshop, ctx):
    condition = ctx.pack.condition("collaborative-leadership")
    question = condition.stage(1).questions[0].key
    a, b = (
        responses.record_response(
            db.uow(), workshop.id, condition=condition.key, stage=1, question=question, text=t
        )
        for t in ("alpha", "beta")
    )
    dialog = LinkedResponsesDialog([a, b], {condition.key: condition.title}, (a.id,))
    qtbot.addWidget(dialog)
    assert dialog.selected_ids() == (a.id,)
    dialog.list.item(1).setCheckState(Qt.CheckState.Checked)
    assert dialog.selected_ids() == (a.id, b.id)
    dialog.filter.setText("beta")
    assert dialog.list.item(0).isHidden() and not dialog.list.item(1).isHidden()


def test_delete_asks_and_undo_brings_it_back(actions, monkeypatch, db, workshop, ctx):
    action_items.create_action_item(db.uow(), workshop.id, title="Doomed", owner="Pat")
    actions.reload()
    actions.table.selectRow(0)
    monkeypatch.setattr(ActionItemsPage, "confirm_delete", lambda self, item: False)
    actions.delete_selected()
    assert len(_items(db, workshop.id)) == 1
    monkeypatch.setattr(ActionItemsPage, "confirm_delete", lambda self, item: True)
    actions.delete_selected()
    assert _items(db, workshop.id) == []
    ctx.undo_stack.undo()
    assert [(i.title, i.owner) for i in _items(db, workshop.id)] == [("Doomed", "Pat")]
    ctx.undo_stack.redo()
    assert _items(db, workshop.id) == []


def test_filters_and_find(actions, db, workshop):
    action_items.create_action_item(
        db.uow(), workshop.id, title="Alpha", owner="Ana", condition="collaborative-leadership", status="done"
    )
    action_items.create_action_item(
        db.uow(), workshop.id, title="Beta", owner="Chen", condition="balanced-assessments"
    )
    actions.reload()
    shown = lambda: [actions.proxy.index(r, COLUMN["title"]).data() for r in range(actions.proxy.rowCount())]  # noqa: E731
    actions.condition_filter.setCurrentIndex(actions.condition_filter.findData("balanced-assessments"))
    assert shown() == ["Beta"]
    actions.condition_filter.setCurrentIndex(0)
    actions.status_filter.setCurrentIndex(actions.status_filter.findData("done"))
    assert shown() == ["Alpha"]
    actions.status_filter.setCurrentIndex(0)
    actions.focus_find()
    assert actions.find_box.hasFocus()
    actions.find_box.setText("chen")
    assert shown() == ["Beta"]


def test_made_from_a_response_then_shown_and_flashed(page, actions, qtbot, db, workshop):
    page.step(1)
    panel = page.responses
    panel.entry.setFocus()
    qtbot.keyClicks(panel.entry, "Seat students on the steering group")
    qtbot.keyClick(panel.entry, Qt.Key.Key_Return)
    panel.table.selectRow(0)
    page.action_item_created.connect(lambda wid, item_id: actions.show_item(item_id))
    qtbot.mouseClick(panel.action_button, Qt.MouseButton.LeftButton)
    item = _items(db, workshop.id)[0]
    assert item.title == "Seat students on the steering group"
    assert actions.selected().id == item.id
    assert actions.model.flash_id == item.id
    qtbot.waitUntil(lambda: actions.model.flash_id == "", timeout=4000)
