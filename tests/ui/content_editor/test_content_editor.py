"""The Content editor window: edit a strategic question, save as one's own pack, use it for a workshop."""

from __future__ import annotations

import json

from plworkshop.framework import load_default_pack
from plworkshop.framework.user_packs import list_packs
from plworkshop.services import packs, workshops
from plworkshop.ui.content_editor.new_condition_dialog import NewConditionDialog
from plworkshop.ui.content_editor.text_list import KEY_ROLE

SHIPPED = load_default_pack()
QUESTION = SHIPPED.condition("collaborative-leadership").stage(1).questions[0]
NEW_TEXT = "Which North Dakota leaders will convene the first design team?"


def _edit_first_question(editor, text=NEW_TEXT):
    editor.select("collaborative-leadership", 1)
    item = editor.stage_form.questions.list.item(0)
    assert item.text() == QUESTION.text
    item.setText(text)


def test_opens_on_the_shipped_pack(editor):
    assert editor.is_shipped and not editor.dirty
    assert editor.tree.topLevelItemCount() == len(SHIPPED.conditions)
    labels = [editor.tree.topLevelItem(i).text(0) for i in range(editor.tree.topLevelItemCount())]
    assert "Collaborative Leadership  [official]" in labels
    assert "Vision for Student Success  [adapted]" in labels
    assert not editor.save_button.isEnabled()


def test_edit_a_question_save_as_own_pack_and_run_a_workshop_with_it(editor, ui_ctx, monkeypatch):
    _edit_first_question(editor)
    assert editor.dirty
    assert editor.tree.currentItem().parent().text(0) == "Collaborative Leadership  [adapted]"
    monkeypatch.setattr(editor, "ask_pack_name", lambda suggestion: "North Dakota 2026")
    assert editor.save_as()
    assert editor.warnings == []
    assert [(i.id, i.shipped) for i in list_packs(ui_ctx.paths)][1] == ("north-dakota-2026", False)
    assert editor.draft.id == "north-dakota-2026" and not editor.dirty
    assert load_default_pack() == SHIPPED  # the shipped pack is untouched
    editor.use_for_new_workshops()

    w = packs.new_workshop(ui_ctx.db.uow(), ui_ctx.paths, title="Bismarck convening")
    snap = workshops.snapshot(ui_ctx.db.uow(), w.id)
    condition = snap.conditions["collaborative-leadership"]
    assert condition.stage(1).questions[0] == QUESTION.__class__(QUESTION.key, NEW_TEXT)
    assert not condition.official  # shown as adapted wherever the workshop is shown


def test_a_workshop_keeps_its_content_when_the_pack_changes_later(editor, ui_ctx, monkeypatch):
    _edit_first_question(editor)
    monkeypatch.setattr(editor, "ask_pack_name", lambda suggestion: "Mine")
    editor.save_as()
    w = packs.new_workshop(ui_ctx.db.uow(), ui_ctx.paths, pack=editor.draft, title="First run")
    editor.select("collaborative-leadership", 1)
    editor.stage_form.questions.list.item(0).setText("A later wording.")
    assert editor.save_button.isEnabled()
    assert editor.save()
    assert editor.draft.version == "2"
    later = packs.new_workshop(ui_ctx.db.uow(), ui_ctx.paths, pack=editor.draft, title="Second run")
    first = workshops.snapshot(ui_ctx.db.uow(), w.id).conditions["collaborative-leadership"]
    second = workshops.snapshot(ui_ctx.db.uow(), later.id).conditions["collaborative-leadership"]
    assert first.stage(1).questions[0].text == NEW_TEXT
    assert second.stage(1).questions[0].text == "A later wording."


def test_add_and_remove_strategic_questions_with_new_keys(editor, monkeypatch):
    editor.select("balanced-assessments", 2)
    before = editor.draft.condition("balanced-assessments").stage(2).questions
    item = editor.stage_form.questions.add_row()
    item.setText("How will families see the results?")
    after = editor.draft.condition("balanced-assessments").stage(2).questions
    assert after[:-1] == before and after[-1].text == "How will families see the results?"
    assert after[-1].key not in {key for c in SHIPPED.conditions for key in c.question_keys()}
    assert after[-1].key.startswith("balanced-assessments.s2.q")
    editor.stage_form.questions.list.setCurrentRow(0)
    editor.stage_form.questions.remove_selected()
    assert editor.draft.condition("balanced-assessments").stage(2).questions == after[1:]
    # a removed key is not handed out again in this session
    again = editor.stage_form.questions.add_row()
    assert again.data(KEY_ROLE) != after[-1].key and again.data(KEY_ROLE) not in {q.key for q in before}


def test_empty_text_is_refused_with_a_clear_message(editor, ui_ctx, monkeypatch):
    editor.select("collaborative-leadership", 2)
    editor.stage_form.goal.setPlainText("   ")
    monkeypatch.setattr(editor, "ask_pack_name", lambda suggestion: "Broken")
    assert not editor.save_as()
    assert editor.warnings == [
        "“Collaborative Leadership”, stage 2 (Replication): the goal must be non-empty text."
    ]
    assert list_packs(ui_ctx.paths)[1:] == []


def test_add_a_condition_of_ones_own(editor, qtbot, monkeypatch):
    dialog = NewConditionDialog(editor.draft, editor)
    qtbot.addWidget(dialog)
    dialog.title.setText("Rural broadband")
    dialog.summary.setPlainText("Every learner is connected.")
    dialog.accept()
    assert "needs a goal for stage 1 (Exploration)" in dialog.problem.text()
    for number, (goal, actions, questions) in enumerate(dialog.stage_boxes, start=1):
        goal.setPlainText(f"Goal {number}")
        actions.setPlainText(f"Action {number}a\nAction {number}b")
        questions.setPlainText(f"Question {number}?")
    dialog.accept()
    assert dialog.condition is not None and dialog.condition.key == "rural-broadband"
    monkeypatch.setattr(
        NewConditionDialog, "ask", classmethod(lambda cls, pack, parent=None: dialog.condition)
    )
    editor.add_condition()
    assert editor.draft.conditions[-1].key == "rural-broadband"
    assert editor.tree.currentItem().text(0) == "Rural broadband  [custom]"
    assert editor.condition_form.remove_button.isVisibleTo(editor)
    editor.remove_condition("rural-broadband")
    assert not editor.draft.has_condition("rural-broadband")


def test_export_and_import_a_pack_file(editor, ui_ctx, tmp_path, monkeypatch):
    _edit_first_question(editor)
    monkeypatch.setattr(editor, "ask_pack_name", lambda suggestion: "To share")
    editor.save_as()
    target = tmp_path / "share.json"
    monkeypatch.setattr(editor, "ask_save_path", lambda suggestion: target)
    editor.export()
    assert json.loads(target.read_text(encoding="utf-8"))["id"] == "to-share"
    (ui_ctx.paths.packs_dir / "to-share.json").unlink()
    monkeypatch.setattr(editor, "ask_open_path", lambda: target)
    editor.import_file()
    assert editor.warnings == []
    assert editor.draft.id == "to-share"
    assert editor.draft.condition("collaborative-leadership").stage(1).questions[0].text == NEW_TEXT


def test_importing_a_bad_file_says_why(editor, tmp_path, monkeypatch):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "plworkshop-framework", "format_version": 9}', encoding="utf-8")
    monkeypatch.setattr(editor, "ask_open_path", lambda: bad)
    editor.import_file()
    assert len(editor.warnings) == 1 and "newer than this version of plworkshop" in editor.warnings[0]
