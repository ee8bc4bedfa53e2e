"""Stepping through the agenda in the facilitation view: navigator, content, position signal, timer."""

from PySide6.QtCore import Qt

from plworkshop.ui.facilitation.content_panel import ADAPTED_BADGE
from plworkshop.ui.facilitation.navigator_model import ASSESSMENT, QUESTION


def test_navigator_lists_agenda_conditions_in_order_with_time_boxes(page):
    model = page.navigator.nav_model
    assert model.rowCount() == 2
    first, second = model.item(0), model.item(1)
    assert first.text().startswith("1. Collaborative Leadership") and "45 min" in first.text()
    assert second.text().startswith("2. Balanced Assessments") and "30 min" in second.text()
    labels = [first.child(r).text() for r in range(first.rowCount())]
    assert labels[:3] == ["Stage 1: Exploration", "Stage 2: Replication", "Stage 3: Statewide Transformation"]
    assert labels[3].startswith("Self-assessment")


def test_ctrl_down_steps_through_questions_then_self_assessment(page, qtbot, ctx):
    condition = ctx.pack.condition("collaborative-leadership")
    questions = [q.key for s in condition.stages for q in s.questions]
    seen = []
    page.position_changed.connect(lambda c, s, q: seen.append((c, s, q)))
    page.navigator.setFocus()
    for _ in questions:
        qtbot.keyClick(page.navigator, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [q for _, _, q in seen] == questions
    assert seen[0] == ("collaborative-leadership", 1, questions[0])
    assert (
        page.content.question.text() == condition.stage(1).questions[0].text
        if len(questions) == 1
        else page.content.question.text() == condition.question(questions[-1]).text
    )
    qtbot.keyClick(page.navigator, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert page.on_self_assessment
    assert page.lower.currentWidget() is page.assessment
    qtbot.keyClick(page.navigator, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert page.position.condition == "balanced-assessments" and page.position.kind == QUESTION
    qtbot.keyClick(page.navigator, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert page.position.kind == ASSESSMENT and page.position.condition == "collaborative-leadership"


def test_ctrl_down_works_while_typing_in_the_entry_box(page, qtbot):
    page.step(1)
    first = page.position
    page.responses.entry.setFocus()
    qtbot.keyClick(page.responses.entry, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert page.position != first


def test_adapted_badge_shows_only_on_adapted_conditions(page, ctx):
    page.step(1)
    official = ctx.pack.condition("collaborative-leadership").official
    assert page.content.badge.isHidden() == official
    assert page.content.badge.text() == ADAPTED_BADGE
    while page.position.condition == "collaborative-leadership":
        page.step(1)
    assert not ctx.pack.condition("balanced-assessments").official
    assert not page.content.badge.isHidden()


def test_question_is_shown_large(page):
    page.step(1)
    font = page.content.question.font()
    assert page.content.question.isVisible()
    assert max(font.pointSizeF(), font.pixelSize() * 0.75) >= 20


def test_entering_a_condition_starts_its_timer(page):
    timers = page.timers
    assert not timers.timer("collaborative-leadership").started
    page.step(1)
    assert timers.timer("collaborative-leadership").running
    assert page.timer.text() in ("45:00", "44:59")
    while page.position.condition == "collaborative-leadership":
        page.step(1)
    assert not timers.timer("collaborative-leadership").running
    assert timers.timer("balanced-assessments").running


def test_close_workshop_clears_the_view(page):
    page.step(1)
    seen = []
    page.position_changed.connect(lambda *a: seen.append(a))
    page.clear()
    assert seen[-1] == ("", 0, "")
    assert page.navigator.nav_model.rowCount() == 0
