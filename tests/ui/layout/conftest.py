"""Fixtures for the laptop-size tests: the real main window with a workshop that has input."""

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
