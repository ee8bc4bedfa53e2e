"""Fixtures for the content-editor tests: a UiContext on the test database and data folder."""

from __future__ import annotations

import pytest


@pytest.fixture
def ui_ctx(qapp, db, app_paths):
    from PySide6.QtCore import QSettings

    from plworkshop.framework import load_default_pack
    from plworkshop.ui.context import UiContext

    settings = QSettings(str(app_paths.data_dir / "settings.ini"), QSettings.Format.IniFormat)
    return UiContext(db, app_paths, load_default_pack(), settings)


@pytest.fixture
def editor(qtbot, ui_ctx, monkeypatch):
    from plworkshop.ui.content_editor import ContentEditor

    window = ContentEditor(ui_ctx)
    qtbot.addWidget(window)
    window.warnings = []
    monkeypatch.setattr(window, "warn", window.warnings.append)
    monkeypatch.setattr(window, "confirm_discard", lambda: True)
    return window
