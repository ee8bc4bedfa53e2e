"""Heat-map colours and cell wording shared by the rollup PDF, the XLSX and the State view.

One sequential scale for every output, safe for red-green colour blindness and in greyscale print
(ColorBrewer YlGnBu): stage 0 (not yet started) is pale yellow, stage 3 (statewide transformation)
deep blue; a cell hidden by the small-group rule is neutral grey, an empty one white. No stage is
"bad", so the scale avoids red. Colour is never the only signal: every cell also prints
its numbers or "fewer than 5".
"""

from __future__ import annotations

from plworkshop.domain.rollup.models import FEWER_THAN, StageCell

SCALE = (
    (0.0, (0xFF, 0xFF, 0xCC)),
    (1.0, (0xA1, 0xDA, 0xB4)),
    (2.0, (0x41, 0xB6, 0xC4)),
    (3.0, (0x22, 0x5E, 0xA8)),
)
SUPPRESSED = "#D9DCE1"
EMPTY = "#FFFFFF"


def blend(mean: float) -> tuple[int, int, int]:
    mean = min(3.0, max(0.0, mean))
    for (low, a), (high, b) in zip(SCALE, SCALE[1:]):
        if mean <= high:
            t = (mean - low) / (high - low)
            return tuple(round(x + (y - x) * t) for x, y in zip(a, b))  # type: ignore[return-value]
    return SCALE[-1][1]


def heat_colour(cell: StageCell) -> str:
    """'#RRGGBB' for the cell's background."""
    if cell.suppressed:
        return SUPPRESSED
    if not cell.people or cell.mean is None:
        return EMPTY
    return "#{:02X}{:02X}{:02X}".format(*blend(cell.mean))


def ink_colour(background: str) -> str:
    """Black or white, whichever reads better on `background`."""
    r, g, b = (int(background[i : i + 2], 16) for i in (1, 3, 5))
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return "#000000" if luminance > 140 else "#FFFFFF"


def short_label(cell: StageCell) -> str:
    """Two lines for a heat-map square: '1.8 ± 0.7' / 'n = 23', or 'fewer than 5', or '—'."""
    if cell.suppressed:
        return FEWER_THAN
    if not cell.people:
        return "—"
    return f"{cell.mean:.1f} ± {cell.spread:.1f}\nn = {cell.people}"


def distribution(cell: StageCell) -> str:
    """'0: 12 · 1: <5 · 2: 30 · 3: 8' (a count of 1–4 people is never printed)."""
    if cell.suppressed:
        return FEWER_THAN
    if not cell.people:
        return "—"
    return " · ".join(f"{stage}: {'<5' if n is None else n}" for stage, n in enumerate(cell.counts))


def consensus_label(cell: StageCell) -> str:
    """The rooms' consensus placements: 'consensus 2' or 'consensus 1, 2'; '' if none recorded."""
    if not cell.consensus:
        return ""
    return "consensus " + ", ".join(str(s) for s in cell.consensus)
