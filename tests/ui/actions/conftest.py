"""Fixtures for the action-items tests: a UiContext and the real page at laptop sizes."""

from __future__ import annotations

import pytest

from plworkshop.framework import load_default_pack


@pytest.fixture
def ctx(qtbot, db, app_paths):
    from plworkshop.ui.context import UiContext

    return UiContext(db, app_paths, load_default_pack())


@pytest.fixture(params=[(1366, 768), (1024, 768)], ids=["1366x768", "1024x768"])
def actions_page(request, qtbot, ctx, workshop):
    from plworkshop.ui.actions.action_items_page import ActionItemsPage

    page = ActionItemsPage(ctx)
    qtbot.addWidget(page)
    page.resize(*request.param)
    page.show()
    qtbot.waitExposed(page)
    page.show_workshop(workshop.id)
    return page
