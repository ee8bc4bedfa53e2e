"""The projector at a live convening: F5 never takes the facilitator's keyboard, one screen is not
covered over, a mirrored screen is warned about with a names-free view for the facilitator, long
ideas end at a word with a count of the rest, and vote dots turn into a number past ten."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from plworkshop.domain.read_models import ResponseView
from plworkshop.services import responses
from plworkshop.ui.projector.projector_window import input_html, room_sees_this_screen
from plworkshop.ui.shell.pages import FACILITATE


def open_on_question(qtbot, window, workshop):
    window.open_workshop(workshop.id, page=FACILITATE)
    page = window.page(FACILITATE)
    page.step(1)
    page.responses.entry.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.responses.entry)
    return page


def test_f5_leaves_the_keyboard_with_the_facilitator(qtbot, window, workshop, db):
    page = open_on_question(qtbot, window, workshop)
    qtbot.keyClicks(page.responses.entry, "half an idea")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)
    projector = window.projector
    assert projector is not None and projector.isVisible()
    assert projector.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert projector.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert QApplication.focusWidget() is page.responses.entry
    qtbot.keyClicks(QApplication.focusWidget(), " and the rest")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert [r.text for r in responses.list_responses(db.uow(), workshop.id)] == ["half an idea and the rest"]


def test_one_screen_the_projector_does_not_cover_the_facilitator_and_names_can_be_hidden(
    qtbot, window, workshop, db
):
    page = open_on_question(qtbot, window, workshop)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(QApplication.focusWidget(), "Ana")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.keyClicks(QApplication.focusWidget(), "Evening sessions")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)
    projector = window.projector
    ours = window.frameGeometry()
    overlap = projector.frameGeometry().intersected(ours)
    assert overlap.width() * overlap.height() <= 0.25 * ours.width() * ours.height()
    # the room may be looking at this very screen: say so, and offer a view without names
    warning = page.room_warning
    assert warning.isVisible() and "room" in warning.text().lower()
    page.hide_names.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert page.hide_names.isChecked()
    shown = {
        page.responses.model.index(r, c).data()
        for r in range(page.responses.model.rowCount())
        for c in range(page.responses.model.columnCount())
    }
    assert not any("Ana" in str(text) for text in shown)


def test_mirrored_screens_are_recognised():
    assert room_sees_this_screen([QRect(0, 0, 1366, 768)])
    assert room_sees_this_screen([QRect(0, 0, 1024, 768), QRect(0, 0, 1024, 768)])
    assert not room_sees_this_screen([QRect(0, 0, 1440, 900), QRect(1440, 0, 1280, 720)])


def _idea(text, votes, n=0):
    return ResponseView(
        id=f"r{n}",
        workshop_id="w",
        condition="c",
        stage=1,
        question="q",
        text=text,
        participant_id=None,
        stakeholder_group=None,
        votes=votes,
        hidden=False,
        created_at=dt.datetime(2026, 1, 1, 9, n),
        updated_at=dt.datetime(2026, 1, 1, 9, n),
    )


def test_votes_past_ten_show_their_number():
    html = input_html(
        [_idea("Seventeen", 17, 0), _idea("Fourteen", 14, 1), _idea("Three", 3, 2)],
        {},
        lambda key: key,
        False,
    )
    assert "17" in html and "14" in html
    assert html.count("●") <= 3 + 2 * 10


def test_long_ideas_end_at_a_word_and_the_rest_are_counted(qtbot, window, workshop, db):
    page = open_on_question(qtbot, window, workshop)
    long_text = " ".join(["collaboration"] * 150)
    for n in range(9):
        responses.record_response(
            db.uow(),
            workshop.id,
            condition=page.position.condition,
            stage=1,
            question=page.position.question,
            text=f"Idea {n}: {long_text}",
        )
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)
    projector = window.projector
    projector.resize(1280, 720)
    projector.refresh()
    text = projector.inputs.text()
    assert "more" in text, "ideas that do not fit are counted, not cut off"
    assert "…" in text and "collaborat…" not in text
    assert projector.inputs.heightForWidth(projector.inputs.width()) <= projector.stack.height() + 2
