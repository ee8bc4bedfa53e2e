"""Setup → Roster → Forget: a person's details are erased everywhere; their input stays with their group."""

from __future__ import annotations

from plworkshop.services import responses, roster, workshops
from plworkshop.ui.setup.participant_table_model import NAME
from plworkshop.ui.setup.roster_editor import ConfirmForget
from plworkshop.ui.shell.pages import SETUP


def test_forget_erases_the_name_keeps_the_input_and_clears_undo(window, ctx, workshop, monkeypatch):
    ana = ctx.call(roster.list_participants, workshop.id)[0]
    said = ctx.call(
        responses.record_response,
        workshop.id,
        condition="collaborative-leadership",
        stage=1,
        question="collaborative-leadership.s1.q1",
        text="Families first",
        participant_id=ana.id,
    )
    window.open_workshop(workshop.id, page=SETUP)
    window.setup.show_tab(1)
    editor = window.setup.roster
    editor.table.setCurrentIndex(editor.model.index(0, NAME))
    asked = []
    monkeypatch.setattr(
        ConfirmForget, "ask", classmethod(lambda cls, parent, names: asked.append(names) or True)
    )
    ctx.undo_stack.push(__import__("PySide6.QtGui", fromlist=["QUndoCommand"]).QUndoCommand("earlier edit"))
    editor.forget_button.click()

    assert asked == [["Ana Ruiz"]]
    snap = ctx.call(workshops.snapshot, workshop.id)
    assert all("Ana Ruiz" not in p.name for p in snap.participants)
    kept = next(r for r in snap.responses if r.id == said.id)
    assert kept.text == "Families first" and kept.stakeholder_group == "families"
    assert ctx.undo_stack.count() == 0
    assert "Ana Ruiz" not in editor.model.index(0, NAME).data()


def test_forget_asks_first_and_does_nothing_when_declined(window, ctx, workshop, monkeypatch):
    window.open_workshop(workshop.id, page=SETUP)
    window.setup.show_tab(1)
    editor = window.setup.roster
    editor.table.setCurrentIndex(editor.model.index(0, NAME))
    monkeypatch.setattr(ConfirmForget, "ask", classmethod(lambda cls, parent, names: False))
    editor.forget_button.click()
    assert ctx.call(roster.list_participants, workshop.id)[0].name == "Ana Ruiz"
