"""The app's own icons (simple SVGs in resources/icons), loaded once and cached."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from plworkshop.paths import resources_dir

NAMES = ("app", "home", "setup", "facilitate", "actions")


@cache
def icon(name: str) -> QIcon:
    """The icon called `name` (one of NAMES); an empty icon if the file is missing."""
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()
