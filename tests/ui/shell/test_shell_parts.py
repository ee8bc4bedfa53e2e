"""The shell's parts: a feature's own workshop action, the status bar, the session's signals, the lazy
page stack and the database swap behind the context."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QLabel

from plworkshop.services import workshops
from plworkshop.ui.shell.pages import ACTIONS, HOME, SETUP

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def _focused():
    return QApplication.focusWidget()


def test_a_features_workshop_action_works_only_while_a_workshop_is_open(qtbot, window, workshop):
    started = []
    action = window.add_workshop_action(
        "room_session",
        "Start &room session",
        lambda: started.append(window.workshop_id),
        shortcut="Ctrl+Alt+R",
    )
    assert window.actions_by_name["room_session"] is action
    assert not action.isEnabled()
    tools = window.menus["tools"].actions()
    preferences = tools.index(window.actions_by_name["preferences"])
    assert tools.index(action) == preferences - 2 and tools[preferences - 1].isSeparator()
    assert action in window.workshop_toolbar.actions() and window.workshop_toolbar.isVisible()

    qtbot.keyClick(_focused(), Qt.Key.Key_R, CTRL_SHIFT)
    assert started == []  # no workshop open: nothing to start

    assert window.open_workshop(workshop.id, page=SETUP)
    assert action.isEnabled()
    qtbot.keyClick(_focused(), Qt.Key.Key_R, CTRL_SHIFT)
    assert started == [workshop.id]

    window.close_workshop()
    assert not action.isEnabled() and window.current_page_index() == HOME
    with pytest.raises(ValueError):
        window.add_workshop_action("room_session", "Again", lambda: None)


def test_a_status_widget_sits_beside_all_changes_saved(window):
    live = QLabel("Room: 3 devices", objectName="RoomStatus")
    window.add_status_widget(live)
    assert live.isVisible() and live.parent() is not None
    left_of = live.mapTo(window, live.rect().topLeft()).x()
    assert left_of < window.saved_label.mapTo(window, window.saved_label.rect().topLeft()).x()


def test_switching_workshops_closes_the_first_once_the_second_is_shown(qtbot, window, ctx, workshop):
    other = ctx.call(workshops.create_workshop, title="Second convening")
    heard = []
    window.session.workshop_opened.connect(lambda wid: heard.append(("opened", wid, window.session.title)))
    window.session.workshop_closed.connect(lambda wid: heard.append(("closed", wid, window.session.is_open)))
    window.open_workshop(workshop.id, page=SETUP)
    window.open_workshop(other.id, page=SETUP)
    assert heard == [
        ("opened", workshop.id, "Fixture convening"),
        ("closed", workshop.id, True),
        ("opened", other.id, "Second convening"),
    ]
    assert window.setup.workshop_id == other.id and window.current_page_index() == SETUP
    assert window.windowTitle() == "plworkshop — Second convening"


def test_a_workshop_deleted_while_open_is_closed_and_home_is_shown(qtbot, window, ctx, workshop):
    window.open_workshop(workshop.id, page=SETUP)
    with qtbot.waitSignal(window.session.workshop_closed) as closed:
        ctx.call(workshops.delete_workshop, workshop.id)
        ctx.changed(workshop.id, "workshop")
    assert closed.args == [workshop.id]
    assert window.workshop_id is None and window.current_page_index() == HOME
    assert window.windowTitle() == "plworkshop"
    assert window.setup.workshop_id is None


def test_pages_are_built_on_first_use_and_then_show_the_open_workshop(qtbot, window, workshop):
    assert not window.stack.is_built(ACTIONS)
    window.open_workshop(workshop.id, page=SETUP)
    assert not window.stack.is_built(ACTIONS)  # opening builds only the page it lands on
    qtbot.keyClick(_focused(), Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_index() == ACTIONS
    assert window.page(ACTIONS).workshop_id == workshop.id
    assert window.page(ACTIONS).model.rowCount() == 0  # the fixture has no action items yet


def test_replace_database_swaps_it_for_every_screen(qtbot, window, ctx, workshop, tmp_path):
    from plworkshop.storage.opening import open_database

    other = open_database(f"sqlite:///{tmp_path / 'other.db'}")
    try:
        workshops.create_workshop(other.uow(), title="From the other file")
        old_call = ctx.worker_call()
        window.open_workshop(workshop.id, page=SETUP)
        ctx.call(workshops.update_workshop, workshop.id, title="Renamed")
        ctx.undo_stack.push(QUndoCommand("Rename"))  # an edit of the database that is going away
        with qtbot.waitSignal(ctx.database_replaced):
            window.close_workshop()
            ctx.replace_database(SimpleNamespace(db=other))
        window.home.refresh()
        assert [window.home.model.index(r, 0).data() for r in range(window.home.model.rowCount())] == [
            "From the other file"
        ]
        assert ctx.undo_stack.count() == 0
        # work started before the swap keeps reading the database it started on
        assert [w.title for w in old_call(workshops.list_workshops)] == ["Renamed"]
    finally:
        other.dispose()
