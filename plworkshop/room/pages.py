"""The participant page's files, shipped in the package: one HTML page, its script and its style sheet.

Only the files named in ASSETS are ever served (no directory listing, nothing else from the disk).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

ASSETS = {
    "app.js": "application/javascript",
    "i18n.js": "application/javascript",
    "style.css": "text/css",
    "icon.svg": "image/svg+xml",
}


@cache
def _read(name: str) -> bytes:
    return resources.files("plworkshop.room").joinpath("static", name).read_bytes()


def page_html(code: str) -> str:
    """The page with the session's code in its asset addresses (the code is URL-safe base64)."""
    return _read("page.html").decode("utf-8").replace("{{code}}", code)


def asset(name: str) -> tuple[bytes, str] | None:
    content_type = ASSETS.get(name)
    if content_type is None:
        return None
    return _read(name), content_type
