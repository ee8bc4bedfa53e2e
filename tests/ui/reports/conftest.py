"""Fixtures for the report and export dialogs: a UiContext on the test database."""

from __future__ import annotations

import pytest


@pytest.fixture
def export_ctx(qapp, db, app_paths):
    """A UiContext on the test database, for the Export… dialog tests."""
    from PySide6.QtCore import QSettings

    from plworkshop.framework import load_default_pack
    from plworkshop.ui.context import UiContext

    settings = QSettings(str(app_paths.data_dir / "settings.ini"), QSettings.Format.IniFormat)
    context = UiContext(db, app_paths, load_default_pack(), settings=settings)
    yield context
    context.undo_stack.clear()
