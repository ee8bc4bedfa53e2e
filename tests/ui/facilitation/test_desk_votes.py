"""Dot votes at a laptop's size: a number typed on an idea sets its votes (undoably, within the
budget), − at zero and over-budget are said inline and in full, never in a modal, and the list is
one keystroke from the typing box."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from plworkshop.services import responses, workshops


@pytest.fixture(params=[(1366, 768), (1024, 768)], ids=["1366x768", "1024x768"])
def panel(request, qtbot, page, db, workshop, ctx):
    workshops.set_votes_per_person(db.uow(), workshop.id, 5)  # 3 people: 15 votes per condition
    ctx.changed(workshop.id, "details")
    page.resize(*request.param)
    page.step(1)
    page.responses.entry.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.responses.entry)
    return page.responses


def focus():
    return QApplication.focusWidget()


def votes(db, workshop):
    return {r.text: r.votes for r in responses.list_responses(db.uow(), workshop.id)}


def fully_shown(label):
    return (
        label.isVisible()
        and label.heightForWidth(label.width()) <= label.height() + 1
        and label.visibleRegion().boundingRect().width() >= min(label.width(), label.sizeHint().width()) - 1
    )


def test_set_to_n_minus_at_zero_and_over_budget_inline(panel, qtbot, db, workshop, ctx, no_modals):
    for text in ("Evening sessions", "Plain language"):
        qtbot.keyClicks(focus(), text)
        qtbot.keyClick(focus(), Qt.Key.Key_Return)
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)  # Tab from the typing box reaches the list at once
    assert focus() is panel.table
    selected = panel.selected().text
    qtbot.keyClick(focus(), Qt.Key.Key_Minus)  # nothing to take back: said inline, no modal
    assert no_modals == [] and panel.notice.property("error") and fully_shown(panel.notice)
    qtbot.keyClick(focus(), Qt.Key.Key_1)
    qtbot.keyClick(focus(), Qt.Key.Key_2)
    qtbot.keyClick(focus(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: votes(db, workshop)[selected] == 12)
    assert focus() is panel.table
    other = next(t for t in ("Evening sessions", "Plain language") if t != selected)
    panel.select(next(r.id for r in panel.model.responses() if r.text == other))
    qtbot.keyClick(focus(), Qt.Key.Key_9)  # 12 + 9 > 15: refused inline, in full
    qtbot.keyClick(focus(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(panel.notice.text()))
    assert votes(db, workshop)[other] == 0
    assert "15" in panel.notice.text() and panel.notice.property("error") and fully_shown(panel.notice)
    assert no_modals == []
    ctx.undo_stack.undo()
    assert votes(db, workshop)[selected] == 0
