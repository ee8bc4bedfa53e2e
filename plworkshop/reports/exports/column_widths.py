"""Table column widths proportional to their content, for documents whose reader does not fit columns
itself (a DOCX table with fixed widths prints the same in Word and LibreOffice).

Text is measured with DejaVu Sans, the font the PDFs embed and among the widest an office may put in
place of a missing Calibri, so a word measured to fit also fits in the narrower fonts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

CELL_PADDING_PT = 13  # the cell's left and right margins together (Word's 0.08 inch each), and air
MIN_COLUMN_PT = 30  # no column is narrowed below this
TYPICAL_CHARS = 60  # a cell longer than this wraps anyway: it asks for no more room than this
_BREAKS = re.compile(r"(?<=[^\W\d]-)(?=[^\W\d])")  # a word breaks after a hyphen between letters


@lru_cache(maxsize=4096)
def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """The width of `text` in points at `size`, in DejaVu Sans (bold for header cells)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from plworkshop.reports import fonts

    fonts.register_fonts()
    return stringWidth(text, fonts.SANS_BOLD if bold else fonts.SANS, size)


def _pieces(text: str) -> list[str]:
    """The pieces a line of `text` may break between: its words, split after a hyphen between letters
    ("under-|represented"); a date such as 2027-03-04 stays whole."""
    return [piece for word in text.split() for piece in _BREAKS.split(word)] or [""]


def column_widths(
    headers: Sequence[str], rows: Sequence[Sequence[str]], available_pt: float, size: float = 9
) -> list[float]:
    """Widths in points that add up to `available_pt`.

    Every column first gets room for its longest unbreakable piece, so "Collaborative" or a date is
    never broken in two; the rest of the line goes to the columns whose text is long (their
    90th-percentile cell), so a short code column stays narrow and the titles get the room. When even
    the longest pieces do not fit, the columns with long pieces give up room first.
    """
    need, want = [], []
    for n, head in enumerate(headers):
        cells = [str(r[n] or "") for r in rows]
        longest = max(
            [text_width(x, size, bold=True) for x in _pieces(head)]
            + [text_width(x, size) for c in cells for x in _pieces(c)]
        )
        lengths = sorted(text_width(" ".join(c.split())[: TYPICAL_CHARS * 2], size) for c in cells) or [0.0]
        typical = min(lengths[int(len(lengths) * 0.9)], text_width("n" * TYPICAL_CHARS, size))
        need.append(longest + CELL_PADDING_PT)
        want.append(max(need[-1], typical + CELL_PADDING_PT))
    total_need = sum(need)
    if total_need >= available_pt:  # too many long pieces: narrow the wide columns, keep the short ones
        room = [max(0.0, x - MIN_COLUMN_PT) for x in need]
        cut = min(1.0, (total_need - available_pt) / (sum(room) or 1))
        widths = [x - r * cut for x, r in zip(need, room)]
        return [x * available_pt / sum(widths) for x in widths]  # exact, even when all are narrow
    extra, spare = [w - n for w, n in zip(want, need)], available_pt - total_need
    if sum(extra) <= spare:  # every cell fits on one line: share the whole line by the same measure
        return [w * available_pt / sum(want) for w in want]
    return [n + spare * e / sum(extra) for n, e in zip(need, extra)]
