"""Fixtures shared by GUI tests: a UiContext on the test database and a real main window."""

from __future__ import annotations

import pytest


@pytest.fixture
def ctx(qapp, db, app_paths):
    from PySide6.QtCore import QSettings

    from plworkshop.app import build_context

    settings = QSettings(str(app_paths.data_dir / "settings.ini"), QSettings.Format.IniFormat)
    context = build_context(app_paths, db=db, settings=settings)
    yield context
    context.undo_stack.clear()


@pytest.fixture
def window(qtbot, ctx):
    from plworkshop.app import build_main_window

    win = build_main_window(ctx, first_run_demo=False)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def no_dialogs(monkeypatch):
    """Every question a test does not answer itself fails loudly instead of blocking."""
    from plworkshop.ui.home.dialogs import ConfirmDelete, Notice
    from plworkshop.ui.setup.roster_editor import ConfirmRemovePeople, PasteProblems

    def refuse(*_args, **_kwargs):
        raise AssertionError("a dialog was shown that the test did not expect")

    for seam, name in (
        (ConfirmDelete, "ask"),
        (ConfirmRemovePeople, "ask"),
        (Notice, "info"),
        (PasteProblems, "show"),
    ):
        monkeypatch.setattr(seam, name, classmethod(lambda cls, *a, **k: refuse()))
    from PySide6.QtWidgets import QMessageBox

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *a, **k: refuse()))
