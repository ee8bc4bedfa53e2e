"""User text made safe for ReportLab Paragraph markup, and printable with the fonts we embed.

Paragraph text is markup: `<b>`, `&` or `<img src=...>` typed by a person must print as typed, so
every piece of user text goes through `markup()`. Characters DejaVu Sans lacks are drawn with the
system CJK font when one exists and covers them, else replaced by U+FFFD so they never print as an
empty box or crash the layout.
"""

from __future__ import annotations

import re
from functools import lru_cache
from xml.sax.saxutils import escape

from plworkshop.reports import fonts

MISSING = "\ufffd"
_NEWLINES = re.compile(r"\r\n?|\n")
# Scripts that need shaping (joining, reordering marks): Hebrew, Arabic, Syriac, Thaana, NKo,
# Indic scripts, and the Arabic/Hebrew presentation forms.
_COMPLEX = re.compile("[\u0590-\u08ff\u0900-\u0dff\ufb1d-\ufdff\ufe70-\ufefc]")


def _ranges(points: frozenset[int]) -> str:
    """A regex character class body for a set of code points, as ranges."""
    out, ordered = [], sorted(points)
    start = prev = ordered[0]
    for cp in ordered[1:] + [None]:  # type: ignore[list-item]
        if cp is not None and cp == prev + 1:
            prev = cp
            continue
        out.append(re.escape(chr(start)) + ("-" + re.escape(chr(prev)) if prev > start else ""))
        if cp is not None:
            start = prev = cp
    return "".join(out)


@lru_cache(maxsize=1)
def _uncovered() -> re.Pattern[str]:
    covered = fonts.coverage(fonts.register_fonts()) | {0x09, 0x0A, 0x0D}
    return re.compile("[^" + _ranges(frozenset(covered)) + "]+")


def _fallback(match: re.Match[str]) -> str:
    run = match.group(0)
    cjk = fonts.cjk_font()
    have = fonts.coverage(cjk) if cjk else frozenset()
    out, inside = [], False
    for ch in run:
        ok = ord(ch) in have
        if ok and not inside:
            out.append(f'<font face="{cjk}">')
        elif not ok and inside:
            out.append("</font>")
        inside = ok
        out.append(escape(ch) if ok else MISSING)
    if inside:
        out.append("</font>")
    return "".join(out)


def printable(text: str) -> str:
    """The text as it will appear (characters no font has replaced by U+FFFD); no markup."""
    cjk = fonts.cjk_font() if _uncovered().search(text) else None
    have = fonts.coverage(cjk) if cjk else frozenset()
    return _uncovered().sub(lambda m: "".join(c if ord(c) in have else MISSING for c in m.group(0)), text)


def markup(text: str) -> str:
    """Escaped Paragraph markup for `text`: printed exactly as typed, line breaks kept."""
    if not text:
        return ""
    text = text.replace("\t", "    ")
    parts = []
    pattern = _uncovered()
    pos = 0
    for m in pattern.finditer(text):
        parts.append(escape(text[pos : m.start()]))
        parts.append(_fallback(m))
        pos = m.end()
    parts.append(escape(text[pos:]))
    return _NEWLINES.sub("<br/>", "".join(parts))


def needs_shaping(text: str) -> bool:
    """True if the text holds a script that must be shaped (Arabic, Hebrew, Indic...)."""
    return bool(_COMPLEX.search(text))
