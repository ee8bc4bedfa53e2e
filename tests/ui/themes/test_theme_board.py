"""Grouping ideas into themes by keyboard (Ctrl+G, F2, + and −, Alt+↓, Del, Ctrl+Shift+A) and by
dragging, on the real facilitation page at 1366×768 and 1024×768; every step undoes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from plworkshop.services import action_items, responses, themes, workshops

CL = "collaborative-leadership"


def answer_chooser(qtbot, board, text: str) -> None:
    """Type `text` into the open theme chooser, where its focus is, and press Enter."""
    qtbot.waitUntil(lambda: board.chooser is not None and board.chooser.isVisible())
    qtbot.waitUntil(
        lambda: QApplication.focusWidget() is not None
        and board.chooser.isAncestorOf(QApplication.focusWidget())
    )
    qtbot.keyClicks(QApplication.focusWidget(), text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: board.chooser is None
        and QApplication.focusWidget() is not None
        and board.isAncestorOf(QApplication.focusWidget())
    )


def key(qtbot, k, mods=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), k, mods)


@pytest.fixture
def ideas(db, workshop):
    said = {}
    for text, question, stage in (
        ("Shared goals", "collaborative-leadership.s1.q1", 1),
        ("Common calendar", "collaborative-leadership.s1.q1", 1),
        ("Joint budget", "collaborative-leadership.s1.q2", 1),
        ("Family nights", "collaborative-leadership.s2.q1", 2),
    ):
        said[text] = responses.record_response(
            db.uow(), workshop.id, condition=CL, stage=stage, question=question, text=text
        )
    return said


def _open_board(qtbot, page):
    page.step(1)
    page.responses.entry.setFocus()
    key(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    board = page.theme_board
    assert page.lower.currentWidget() is board and board.ideas.hasFocus()
    return board


def _themes(db, wid):
    return {t.name: t for t in themes.list_themes(db.uow(), wid, CL)}


def test_group_by_keyboard_rename_vote_move_and_undo(qtbot, page, ideas, db, workshop, ctx):
    board = _open_board(qtbot, page)
    assert board.ideas.count() == 4  # every idea of the condition, from all its questions
    # select the first two ideas (most recent order is by votes then time): Shift+Down extends
    key(qtbot, Qt.Key.Key_Home)
    key(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    key(qtbot, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    answer_chooser(qtbot, board, "Planning together")
    qtbot.waitUntil(lambda: "Planning together" in _themes(db, workshop.id))
    planning = _themes(db, workshop.id)["Planning together"]
    assert {ideas["Shared goals"].id, ideas["Common calendar"].id} == set(planning.response_ids)
    assert board.ideas.count() == 2
    # the rest into a second theme, typed the same way
    board.ideas.setFocus()
    key(qtbot, Qt.Key.Key_Home)
    key(qtbot, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
    key(qtbot, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    answer_chooser(qtbot, board, "Money")
    qtbot.waitUntil(lambda: "Money" in _themes(db, workshop.id))
    assert board.ideas.count() == 0
    # in the tree: + votes on a theme (twice), − takes one back
    board.tree.setFocus()
    board.tree.setCurrentItem(board.tree.topLevelItem(0))
    key(qtbot, Qt.Key.Key_Plus)
    key(qtbot, Qt.Key.Key_Plus)
    key(qtbot, Qt.Key.Key_Minus)
    assert _themes(db, workshop.id)["Planning together"].votes == 1
    assert "Votes left: 8 of 9" in board.budget.text()
    # F2 renames
    key(qtbot, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Plan as one team")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Plan as one team" in _themes(db, workshop.id))
    # Alt+Down moves the first idea of theme 1 into theme 2
    node = board.tree.topLevelItem(0)
    board.tree.setFocus()
    board.tree.setCurrentItem(node.child(0))
    moved = node.child(0).data(0, Qt.ItemDataRole.UserRole)
    key(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert moved in _themes(db, workshop.id)["Money"].response_ids
    # undo the move, the rename and a vote
    for _ in range(3):
        ctx.undo_stack.undo()
    now = _themes(db, workshop.id)
    assert "Planning together" in now and moved in now["Planning together"].response_ids
    assert now["Planning together"].votes == 1 or now["Planning together"].votes == 2


def test_del_takes_an_idea_out_and_dissolves_a_theme_action_item_from_theme(
    qtbot, page, ideas, db, workshop, ctx
):
    theme = themes.create_theme(
        db.uow(),
        workshop.id,
        condition=CL,
        name="Time",
        response_ids=(ideas["Shared goals"].id, ideas["Joint budget"].id),
    )
    board = _open_board(qtbot, page)
    board.tree.setFocus()
    board.tree.setCurrentItem(board.tree.topLevelItem(0))
    key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    made = action_items.list_action_items(db.uow(), workshop.id)
    assert [(a.title, set(a.response_ids)) for a in made] == [("Time", set(theme.response_ids))]
    board.tree.setCurrentItem(board.tree.topLevelItem(0).child(0))
    key(qtbot, Qt.Key.Key_Delete)
    assert len(_themes(db, workshop.id)["Time"].response_ids) == 1
    board.tree.setCurrentItem(board.tree.topLevelItem(0))
    key(qtbot, Qt.Key.Key_Delete)
    assert _themes(db, workshop.id) == {}
    assert board.ideas.count() == 4
    ctx.undo_stack.undo()
    assert len(_themes(db, workshop.id)["Time"].response_ids) == 1
    # Esc goes back to the question, with the typing box focused
    board.tree.setFocus()
    key(qtbot, Qt.Key.Key_Escape)
    assert page.lower.currentWidget() is page.responses and page.responses.entry.hasFocus()


def test_a_theme_vote_over_the_budget_is_refused_inline(qtbot, page, ideas, db, workshop, no_modals):
    workshops.set_votes_per_person(db.uow(), workshop.id, 1)
    responses.vote(db.uow(), workshop.id, ideas["Shared goals"].id, 3)
    themes.create_theme(db.uow(), workshop.id, condition=CL, name="Full", response_ids=())
    board = _open_board(qtbot, page)
    board.tree.setFocus()
    board.tree.setCurrentItem(board.tree.topLevelItem(0))
    key(qtbot, Qt.Key.Key_Plus)
    assert "have been placed" in board.notice.text() and not no_modals
    assert _themes(db, workshop.id)["Full"].votes == 0


def test_dragging_ideas_onto_a_theme_groups_them(qtbot, page, ideas, db, workshop):
    theme = themes.create_theme(db.uow(), workshop.id, condition=CL, name="Target", response_ids=())
    board = _open_board(qtbot, page)
    board.ideas.item(0).setSelected(True)
    board.ideas.item(1).setSelected(True)
    chosen = set(board.selected_list_ideas())
    target = board.tree.visualItemRect(board.tree.topLevelItem(0)).center()
    mime = board.ideas.model().mimeData([board.ideas.indexFromItem(board.ideas.item(0))])
    drop = QDropEvent(
        QPointF(target),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # a QDropEvent's source is the widget the drag started in; a synthetic event gets it through the
    # board's own drop handler, which is what Qt calls once the drag ends over the tree
    board.tree.dropEvent(_with_source(drop, board.ideas))
    assert set(_themes(db, workshop.id)["Target"].response_ids) == chosen
    assert theme.id


class _with_source:
    """A drop event whose source() is the list (Qt sets it only for real drags)."""

    def __init__(self, event: QDropEvent, source) -> None:
        self._event, self._source = event, source

    def source(self):
        return self._source

    def __getattr__(self, name):
        return getattr(self._event, name)


def test_board_fits_the_screen(qtbot, page, ideas, size):
    board = _open_board(qtbot, page)
    for widget in (board.group_button, board.action_button, board.back_button, page.themes_button):
        assert widget.isVisible()
        assert widget.width() >= widget.minimumSizeHint().width() - 1, widget.text()
        top_left = widget.mapTo(page, QPoint(0, 0))
        assert (
            top_left.x() + widget.width() <= page.width() and top_left.y() + widget.height() <= page.height()
        )
    grab = page.grab()
    grab.save(f"/tmp/df/themes-{size[0]}.png")
