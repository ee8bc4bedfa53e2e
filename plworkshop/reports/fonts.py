"""The fonts every PDF embeds: DejaVu Sans from resources/fonts, plus a system CJK font if present.

DejaVu Sans covers Latin, Greek, Cyrillic, Arabic, Hebrew and many symbols. No font is shipped for
Chinese, Japanese or Korean (a good one is ~17 MB): if the machine has a TrueType CJK font, CJK text
uses it; otherwise those characters print as U+FFFD (see `plworkshop.reports.text`).
Registration is global in ReportLab and done once per process.
"""

from __future__ import annotations

import threading
from functools import cache, lru_cache
from pathlib import Path

from plworkshop.paths import resources_dir

SANS = "PLW-Sans"
SANS_BOLD = "PLW-Sans-Bold"
SANS_ITALIC = "PLW-Sans-Oblique"
SANS_BOLD_ITALIC = "PLW-Sans-BoldOblique"
CJK = "PLW-CJK"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    SANS_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

# TrueType (not CFF/OpenType) CJK fonts ReportLab can embed, in order of preference.
CJK_CANDIDATES = (
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "C:/Windows/Fonts/msyh.ttc",
    "C:/Windows/Fonts/simsun.ttc",
    "/Library/Fonts/Arial Unicode.ttf",
)

_lock = threading.Lock()


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the DejaVu family (idempotent); returns the regular face's name."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    with _lock:
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(fonts_dir() / filename)))
        pdfmetrics.registerFontFamily(
            SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC, boldItalic=SANS_BOLD_ITALIC
        )
        for bold, italic, face in (
            (0, 0, SANS),
            (1, 0, SANS_BOLD),
            (0, 1, SANS_ITALIC),
            (1, 1, SANS_BOLD_ITALIC),
        ):
            addMapping(SANS, bold, italic, face)
    return SANS


@cache
def coverage(font_name: str) -> frozenset[int]:
    """The code points a registered TrueType font has glyphs for, in the Basic Multilingual Plane.

    Characters above U+FFFF (most emoji) are left out on purpose: ReportLab 5.1 writes them into the
    PDF's ToUnicode map as odd-length hex, so they could not be copied, searched or read aloud.
    """
    from reportlab.pdfbase import pdfmetrics

    return frozenset(c for c in pdfmetrics.getFont(font_name).face.charToGlyph if c <= 0xFFFF)


@lru_cache(maxsize=1)
def cjk_font() -> str | None:
    """Register a system CJK TrueType font the first time CJK text is met; None if there is none."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for candidate in CJK_CANDIDATES:
        if Path(candidate).is_file():
            try:
                with _lock:
                    pdfmetrics.registerFont(TTFont(CJK, candidate, subfontIndex=0))
            except Exception:  # noqa: BLE001 - an unreadable font is simply not used
                continue
            return CJK
    return None
