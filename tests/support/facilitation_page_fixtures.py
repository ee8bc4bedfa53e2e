"""Fixtures shared by GUI tests: the real facilitation page at a laptop's size, with ideas."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from plworkshop.framework import load_default_pack


@pytest.fixture
def ctx(qtbot, db, app_paths):
    from plworkshop.ui.context import UiContext

    return UiContext(db, app_paths, load_default_pack())


@pytest.fixture(params=[(1366, 768), (1024, 768)], ids=["1366x768", "1024x768"])
def size(request):
    return request.param


@pytest.fixture
def page(qtbot, ctx, workshop, size):
    from plworkshop.ui.facilitation.facilitation_page import FacilitationPage

    widget = FacilitationPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    widget.show_workshop(workshop.id)
    return widget


def answer_chooser(qtbot, board, text: str) -> None:
    """Type `text` into the open theme chooser, where its focus is, and press Enter."""
    from PySide6.QtCore import Qt

    qtbot.waitUntil(lambda: board.chooser is not None and board.chooser.isVisible())
    qtbot.waitUntil(
        lambda: QApplication.focusWidget() is not None
        and board.chooser.isAncestorOf(QApplication.focusWidget())
    )
    qtbot.keyClicks(QApplication.focusWidget(), text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: board.chooser is None
        and QApplication.focusWidget() is not None
        and board.isAncestorOf(QApplication.focusWidget())
    )


@pytest.fixture
def no_modals(monkeypatch):
    """Fail loudly instead of blocking if any message box would open; records what it said."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []

    def fake(_parent, _title, text, *args, **kwargs):
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", fake)
    monkeypatch.setattr(QMessageBox, "critical", fake)
    return shown
