"""The Content editor: a facilitator edits framework text and saves it as a pack of their own."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from plworkshop.ui.content_editor.editor_window import ContentEditor
from plworkshop.ui.context import UiContext

__all__ = ["ContentEditor", "open_content_editor"]


def open_content_editor(ctx: UiContext, parent: QWidget | None = None) -> QWidget:
    """Open (or bring forward) the Content editor window for this GUI and return it."""
    existing = getattr(ctx, "_content_editor", None)
    if existing is not None and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        return existing
    editor = ContentEditor(ctx, parent)
    ctx._content_editor = editor
    editor.show()
    return editor
