"""Fixtures for the facilitation, action-item and projector tests: a UiContext and the real pages."""

from __future__ import annotations

import pytest

from plworkshop.framework import load_default_pack


@pytest.fixture
def ctx(qtbot, db, app_paths):
    from plworkshop.ui.context import UiContext

    return UiContext(db, app_paths, load_default_pack())


@pytest.fixture
def page(qtbot, ctx, workshop):
    from plworkshop.ui.facilitation.facilitation_page import FacilitationPage

    widget = FacilitationPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1440, 900)
    widget.show()
    widget.show_workshop(workshop.id)
    return widget


@pytest.fixture
def people(db, workshop):
    from plworkshop.services import roster

    return {p.name: p for p in roster.list_participants(db.uow(), workshop.id)}


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
