"""The parking lot by keyboard: Ctrl+Shift+K parks what is typed (or the selected idea), Ctrl+Enter in
the panel moves an idea to the current question, Del withdraws; each undoes. At 1366×768 and 1024×768."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from plworkshop.services import parking_lot, responses

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def key(qtbot, k, mods=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), k, mods)


def _parked(db, wid):
    return [p.text for p in parking_lot.list_parked(db.uow(), wid, include_hidden=False)]


def test_park_typed_text_and_a_recorded_idea_then_bring_one_back(qtbot, page, db, workshop, ctx):
    page.step(1)
    page.responses.entry.setFocus()
    qtbot.keyClicks(QApplication.focusWidget(), "Broadband in rural areas")
    key(qtbot, Qt.Key.Key_K, CTRL_SHIFT)
    assert _parked(db, workshop.id) == ["Broadband in rural areas"]
    assert page.responses.entry.toPlainText() == "" and page.responses.entry.hasFocus()
    assert page.parking.list.count() == 1 and "(1)" in page.parking.title.text()
    parked = parking_lot.list_parked(db.uow(), workshop.id)[0]
    assert parked.question == page.position.question  # where the room was
    # record an idea, select it, and move it aside with the box empty
    qtbot.keyClicks(QApplication.focusWidget(), "Bus schedules")
    key(qtbot, Qt.Key.Key_Return)
    assert [r.text for r in responses.list_responses(db.uow(), workshop.id)] == ["Bus schedules"]
    key(qtbot, Qt.Key.Key_K, CTRL_SHIFT)
    assert _parked(db, workshop.id) == ["Broadband in rural areas", "Bus schedules"]
    assert responses.list_responses(db.uow(), workshop.id) == [] and page.responses.model.rowCount() == 0
    ctx.undo_stack.undo()  # back to its question
    assert page.responses.model.rowCount() == 1 and _parked(db, workshop.id) == ["Broadband in rural areas"]
    # from the panel: Ctrl+Enter moves the parked idea to the current question (another one)
    page.step(1)
    page.parking.list.setFocus()
    page.parking.list.setCurrentRow(0)
    key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    moved = [
        r for r in responses.list_responses(db.uow(), workshop.id) if r.text == "Broadband in rural areas"
    ]
    assert moved and moved[0].question == page.position.question
    assert page.responses.model.rowCount() == 1 and _parked(db, workshop.id) == []
    ctx.undo_stack.undo()
    assert _parked(db, workshop.id) == ["Broadband in rural areas"]


def test_del_withdraws_and_undo_brings_it_back(qtbot, page, db, workshop, ctx):
    parking_lot.park_text(db.uow(), workshop.id, "Later")
    page.show_workshop(workshop.id)
    page.parking.list.setFocus()
    page.parking.list.setCurrentRow(0)
    key(qtbot, Qt.Key.Key_Delete)
    assert _parked(db, workshop.id) == [] and page.parking.list.count() == 0
    ctx.undo_stack.undo()
    assert _parked(db, workshop.id) == ["Later"] and page.parking.list.count() == 1


def test_a_voted_idea_is_not_parked_and_says_why(qtbot, page, db, workshop, no_modals):
    page.step(1)
    said = responses.record_response(
        db.uow(),
        workshop.id,
        condition=page.position.condition,
        stage=1,
        question=page.position.question,
        text="Popular",
    )
    responses.vote(db.uow(), workshop.id, said.id, 2)
    page.responses.reload()
    page.responses.select(said.id)
    page.responses.entry.setFocus()
    key(qtbot, Qt.Key.Key_K, CTRL_SHIFT)
    assert no_modals == []  # said beside the list, not in a dialog that stops the room
    notice = page.responses.notice
    assert notice.isVisible() and "2 dot votes" in notice.text() and "take them back" in notice.text()
    assert notice.width() >= notice.sizeHint().width() or notice.wordWrap()  # read in full
    assert [r.text for r in responses.list_responses(db.uow(), workshop.id)] == ["Popular"]
    assert _parked(db, workshop.id) == [] and page.parking.list.count() == 0
    assert page.responses.entry.hasFocus()  # the keyboard stays where it was


def test_panel_fits_beside_the_navigator(qtbot, page, db, workshop, size):
    parking_lot.park_text(db.uow(), workshop.id, "A long aside " * 20)
    page.show_workshop(workshop.id)
    page.step(1)
    for widget in (page.parking.move_button, page.parking.withdraw_button, page.parking.title):
        assert widget.isVisible()
        assert widget.width() >= widget.minimumSizeHint().width() - 1
        corner = widget.mapTo(page, QPoint(widget.width(), widget.height()))
        assert corner.x() <= page.width() and corner.y() <= page.height()
    page.grab().save(f"/tmp/df/parking-{size[0]}.png")
