"""The projector window follows the facilitator, shows input most-voted first, hides names unless
allowed, never names a participant who declined, and leaks nothing withdrawn."""

import pytest
from PySide6.QtCore import Qt

from plworkshop.services import responses
from plworkshop.ui.facilitation.navigator_model import ASSESSMENT, Position
from plworkshop.ui.projector.projector_window import QUESTION_PX, open_projector


@pytest.fixture
def projector(page, ctx, qtbot):
    window = open_projector(ctx, page, page)
    qtbot.addWidget(window)
    window.resize(1280, 720)  # the size of a projector: the input shown is what fits on it
    return window


def _record(db, wid, page, text, participant_id=None, votes=0):
    c, s, q = page.position.condition, page.position.stage, page.position.question
    view = responses.record_response(
        db.uow(), wid, condition=c, stage=s, question=q, text=text, participant_id=participant_id
    )
    if votes:
        responses.set_votes(db.uow(), wid, view.id, votes)
    return view


def test_projector_follows_navigation(page, projector, ctx):
    page.step(1)
    condition = ctx.pack.condition("collaborative-leadership")
    assert projector.condition.text() == condition.title
    assert projector.question.text() == condition.question(page.position.question).text
    assert "EXPLORATION" in projector.stage.text()
    page.step(1)
    assert projector.question.text() == condition.question(page.position.question).text
    page.go_to(Position(ASSESSMENT, "collaborative-leadership"))
    assert projector.stack.currentWidget() is projector.chart
    assert projector.timer.text() == page.timer.text()


def test_projector_question_is_large_and_high_contrast(page, projector):
    page.step(1)
    assert QUESTION_PX >= 40
    assert f"font-size: {QUESTION_PX}px" in projector.styleSheet()


def test_names_hidden_by_default_shown_when_allowed_never_for_declined(
    page, projector, db, workshop, people, ctx
):
    page.step(1)
    _record(db, workshop.id, page, "Ana speaks", people["Ana Ruiz"].id, votes=1)
    _record(db, workshop.id, page, "Ben speaks", people["Ben Okafor"].id, votes=3)
    ctx.changed(workshop.id, "responses")
    text = projector.inputs.text()
    assert "Ana speaks" in text and "Ben speaks" in text
    assert "Ana Ruiz" not in text and "Ben Okafor" not in text
    assert "Families" in text
    assert text.index("Ben speaks") < text.index("Ana speaks")  # most votes first
    page.names_on_projector.setChecked(True)
    text = projector.inputs.text()
    assert "Ana Ruiz" in text
    assert "Ben Okafor" not in text and "Teachers and their unions" in text
    page.names_on_projector.setChecked(False)
    assert "Ana Ruiz" not in projector.inputs.text()


def test_withdrawn_input_never_reaches_the_projector(page, projector, qtbot, db, workshop):
    page.step(1)
    panel = page.responses
    for text in ("Stays up", "Taken back"):
        panel.entry.setFocus()
        qtbot.keyClicks(panel.entry, text)
        qtbot.keyClick(panel.entry, Qt.Key.Key_Return)
    assert "Taken back" in projector.inputs.text()
    panel.select(next(r.id for r in panel.model.responses() if r.text == "Taken back"))
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert "Taken back" not in projector.inputs.text()
    assert "Stays up" in projector.inputs.text()


def test_open_projector_twice_raises_the_same_window(page, projector, ctx):
    assert open_projector(ctx, page, page) is projector
    assert projector.isWindow() and projector.isVisible()
