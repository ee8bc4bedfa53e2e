"""Recording at a laptop's size: Ctrl+Z in the empty typing box undoes the last entry, attribution
picks groups before people, says when nothing matches, shows who is chosen, and any entry's speaker
can be corrected afterwards (undoably) — all by keyboard where the focus is."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from plworkshop.services import responses

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(params=[(1366, 768), (1024, 768)], ids=["1366x768", "1024x768"])
def panel(request, qtbot, page):
    page.resize(*request.param)
    page.step(1)
    page.responses.entry.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.responses.entry)
    return page.responses


def saved(db, workshop):
    return responses.list_responses(db.uow(), workshop.id)


def focus():
    return QApplication.focusWidget()


def say(qtbot, text):
    qtbot.keyClicks(focus(), text)
    qtbot.keyClick(focus(), Qt.Key.Key_Return)


def choose(qtbot, typed):
    qtbot.keyClick(focus(), Qt.Key.Key_L, CTRL)
    qtbot.keyClicks(focus(), typed)
    qtbot.keyClick(focus(), Qt.Key.Key_Return)


def test_ctrl_z_in_the_empty_box_undoes_the_last_entry_and_ctrl_shift_z_redoes(panel, qtbot, db, workshop):
    say(qtbot, "First idea")
    say(qtbot, "Second idea")
    assert focus() is panel.entry and panel.entry.toPlainText() == ""
    qtbot.keyClick(focus(), Qt.Key.Key_Z, CTRL)
    assert [r.text for r in saved(db, workshop)] == ["First idea"]
    qtbot.keyClick(focus(), Qt.Key.Key_Z, CTRL | SHIFT)
    assert sorted(r.text for r in saved(db, workshop)) == ["First idea", "Second idea"]
    qtbot.keyClick(focus(), Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(focus(), Qt.Key.Key_Y, CTRL)
    assert len(saved(db, workshop)) == 2
    # with text in the box, Ctrl+Z is the text's own undo and records nothing away
    qtbot.keyClicks(focus(), "half typed")
    qtbot.keyClick(focus(), Qt.Key.Key_Z, CTRL)
    assert len(saved(db, workshop)) == 2
    assert panel.entry.toPlainText() != "half typed"


def test_a_group_name_picks_the_group_not_a_person_in_it(panel, qtbot, db, workshop):
    choose(qtbot, "families")
    assert panel.attribution.attribution().stakeholder_group == "families"
    assert "Families" in panel.speaker_chip.text() and panel.speaker_chip.isVisible()
    say(qtbot, "Evening sessions")
    choose(qtbot, "Teach")  # a prefix of a group label is that group
    assert panel.attribution.attribution().stakeholder_group == "teachers-and-unions"
    choose(qtbot, "Person: Ana")
    assert panel.attribution.attribution().participant_id is not None
    assert "Ana Ruiz" in panel.speaker_chip.text()
    choose(qtbot, "Group: Policy")
    assert panel.attribution.attribution().stakeholder_group == "policymakers"
    first = saved(db, workshop)[0]
    assert first.participant_id is None and first.stakeholder_group == "families"


def test_a_search_that_matches_nothing_says_so(panel, qtbot, people):
    choose(qtbot, "Ana")
    choose(qtbot, "zzz nobody")
    assert "zzz nobody" in panel.speaker_chip.text()
    assert panel.speaker_chip.property("error") is True
    assert focus() in (panel.attribution, panel.attribution.lineEdit()), "the chooser keeps the keyboard"
    assert panel.attribution.attribution().participant_id == people["Ana Ruiz"].id


def test_the_speaker_of_any_entry_can_be_changed_and_undone(panel, qtbot, db, workshop, ctx, people):
    choose(qtbot, "Ben")
    say(qtbot, "Said by the wrong person")
    assert saved(db, workshop)[0].participant_id == people["Ben Okafor"].id
    qtbot.keyClick(focus(), Qt.Key.Key_Down)  # from the empty box to the list, the new entry selected
    assert focus() is panel.table
    qtbot.keyClick(focus(), Qt.Key.Key_L, CTRL | SHIFT)  # change the speaker of the selected entry
    qtbot.waitUntil(lambda: focus() is not panel.table)  # the chooser window takes the keyboard
    chooser = focus()
    qtbot.keyClicks(chooser, "Chen")
    qtbot.keyClick(chooser, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: saved(db, workshop)[0].participant_id == people["Chen Wu"].id)
    assert saved(db, workshop)[0].stakeholder_group == "policymakers"
    ctx.undo_stack.undo()
    assert saved(db, workshop)[0].participant_id == people["Ben Okafor"].id
    assert saved(db, workshop)[0].stakeholder_group == "teachers-and-unions"
    ctx.undo_stack.redo()
    assert saved(db, workshop)[0].participant_id == people["Chen Wu"].id
