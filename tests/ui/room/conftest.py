"""Fixtures for the room in the desktop app: the real main window on a workshop in a temp SQLite file."""

from __future__ import annotations

import pytest

from plworkshop.framework import load_default_pack


@pytest.fixture
def ctx(qtbot, db, app_paths):
    from plworkshop.ui.context import UiContext

    return UiContext(db, app_paths, load_default_pack())


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
