"""Fixtures for the accessibility tests: a main window on a workshop, and the focus-chain walk."""

from __future__ import annotations

import pytest


@pytest.fixture
def a11y_ctx(qapp, db, app_paths):
    from PySide6.QtCore import QSettings

    from plworkshop.app import build_context

    settings = QSettings(str(app_paths.data_dir / "settings.ini"), QSettings.Format.IniFormat)
    context = build_context(app_paths, db=db, settings=settings)
    yield context
    context.undo_stack.clear()


@pytest.fixture
def a11y_window(qtbot, a11y_ctx, workshop):
    from plworkshop.app import build_main_window

    win = build_main_window(a11y_ctx, first_run_demo=False)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    win.open_workshop(workshop.id)
    return win
