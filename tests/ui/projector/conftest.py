"""Fixtures for the projector tests: the real main window at the laptop sizes a facilitator has."""

from __future__ import annotations

import pytest

LAPTOP_SIZES = [(1366, 768), (1024, 768)]


@pytest.fixture
def ctx(qapp, db, app_paths):
    from PySide6.QtCore import QSettings

    from plworkshop.app import build_context

    settings = QSettings(str(app_paths.data_dir / "settings.ini"), QSettings.Format.IniFormat)
    context = build_context(app_paths, db=db, settings=settings)
    yield context
    context.undo_stack.clear()


@pytest.fixture(params=LAPTOP_SIZES, ids=["1366x768", "1024x768"])
def window(request, qtbot, ctx):
    from plworkshop.app import build_main_window

    win = build_main_window(ctx, first_run_demo=False)
    qtbot.addWidget(win)
    win.resize(*request.param)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win
