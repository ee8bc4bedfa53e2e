"""The stored display choices read while starting, kept apart from the dialog so they import only Qt Core."""

from __future__ import annotations

from PySide6.QtCore import QSettings

HIGH_CONTRAST_KEY = "ui/high_contrast"


def high_contrast_enabled(settings: QSettings | None) -> bool:
    """Whether the high-contrast, large-type theme is chosen."""
    if settings is None:
        return False
    return str(settings.value(HIGH_CONTRAST_KEY, "false")).lower() in ("true", "1")
