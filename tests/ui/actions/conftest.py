"""Fixtures for the action-items page tests: a UiContext over the test database."""

from __future__ import annotations

import pytest

from plworkshop.framework import load_default_pack


@pytest.fixture
def ctx(qtbot, db, app_paths):
    from plworkshop.ui.context import UiContext

    return UiContext(db, app_paths, load_default_pack())
