"""Setup → Details: every field is stored when the person leaves it, and each change can be undone."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from plworkshop.services import workshops
from plworkshop.ui.shell.pages import SETUP


@pytest.fixture
def details(window, workshop):
    window.open_workshop(workshop.id, page=SETUP)
    return window.setup.details


def stored(ctx, workshop):
    return ctx.call(workshops.get_workshop, workshop.id)


@pytest.mark.parametrize(
    "field, value",
    [
        ("title", "Bismarck convening"),
        ("location", "Capitol, Room 3"),
        ("state", "Montana"),
        ("district", "Helena"),
        ("facilitator", "Jo Park"),
    ],
)
def test_each_text_field_is_saved_on_editing_finished_and_undone(
    qtbot, ctx, workshop, details, field, value, no_dialogs
):
    before = getattr(stored(ctx, workshop), field)
    edit = details.edits[field]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, value)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert getattr(stored(ctx, workshop), field) == value
    ctx.undo_stack.undo()
    assert getattr(stored(ctx, workshop), field) == before
    assert edit.text() == before  # the form shows the undone value
    ctx.undo_stack.redo()
    assert getattr(stored(ctx, workshop), field) == value and edit.text() == value


def test_unchanged_field_makes_no_undo_step(ctx, details, no_dialogs):
    details.edits["state"].editingFinished.emit()
    assert ctx.undo_stack.count() == 0


def test_date_votes_and_notes(qtbot, ctx, workshop, details, no_dialogs):
    details.date.line.setText("1 March 2027")
    details.date.line.editingFinished.emit()
    assert stored(ctx, workshop).date == dt.date(2027, 3, 1)

    details.votes.setValue(5)
    details.votes.editingFinished.emit()
    assert stored(ctx, workshop).votes_per_person == 5

    details.notes.setFocus()
    details.notes.setPlainText("Lunch at noon.\nBring the flip charts.")
    details.edits["title"].setFocus()  # leaving the notes saves them
    qtbot.waitUntil(lambda: stored(ctx, workshop).notes == "Lunch at noon.\nBring the flip charts.")

    details.date.line.clear()  # "No date yet"
    details.date.line.editingFinished.emit()
    assert stored(ctx, workshop).date is None

    ctx.undo_stack.undo()
    assert stored(ctx, workshop).date == dt.date(2027, 3, 1)
    ctx.undo_stack.undo()
    assert stored(ctx, workshop).notes == ""
    ctx.undo_stack.undo()
    assert stored(ctx, workshop).votes_per_person == workshop.votes_per_person
    assert details.votes.value() == workshop.votes_per_person
    ctx.undo_stack.undo()
    assert stored(ctx, workshop).date == workshop.date


def test_a_refused_value_is_explained_and_the_field_shows_what_is_stored(ctx, workshop, details, monkeypatch):
    shown = []
    monkeypatch.setattr(type(ctx), "report_error", lambda self, parent, exc: shown.append(str(exc)))
    details.edits["title"].setText("")
    details.edits["title"].editingFinished.emit()
    assert shown and "title" in shown[0].lower()
    assert stored(ctx, workshop).title == "Fixture convening"
    assert details.edits["title"].text() == "Fixture convening"
    assert ctx.undo_stack.count() == 0
