"""Fixtures for the room in the desktop app: the real main window on a workshop in a temp SQLite file."""

from __future__ import annotations

import pytest

from plworkshop.framework import load_default_pack


@pytest.fixture
def ctx(qtbot, db, app_paths):
    from plworkshop.ui.context import UiContext

    context = UiContext(db, app_paths, load_default_pack())
    yield context
    context.undo_stack.clear()  # while the window that listens to it is still there


@pytest.fixture
def window(qtbot, ctx, workshop):
    from plworkshop.app import build_main_window

    win = build_main_window(ctx, first_run_demo=False)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.open_workshop(workshop.id)
    yield win
    if win.room is not None:
        win.room.stop()


@pytest.fixture
def started(window, qtbot, workshop):
    """The room started on 127.0.0.1 the way the dialog starts it, facilitating the first question."""
    from plworkshop.ui.shell.pages import FACILITATE

    window.show_page(FACILITATE)
    facilitation = window.page(FACILITATE)
    facilitation.step(1)
    room = window.room_controller()
    room.start(workshop.id, host="127.0.0.1", port=0)
    position = facilitation.position
    window._room_follow(position.condition, position.stage or 0, position.question or "")
    base = f"http://127.0.0.1:{room.server.port}/api/{room.server.code}"
    return window, facilitation, room, base
