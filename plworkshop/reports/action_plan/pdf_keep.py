"""KeepTogether without its two costs: a deep copy of the frame, and placing every piece twice."""

from __future__ import annotations

from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table
from reportlab.rl_config import _FUZZ

from plworkshop.reports.action_plan.pdf_paragraph import Line


def _measured_in_place(f) -> bool:
    """True for flowables whose wrap never adds content to the frame (see KeepTogetherLean)."""
    return (isinstance(f, (Paragraph, Table, Spacer, Line, KeepTogetherLean))
            or getattr(f, "measured_in_place", False)) \
        and not hasattr(f, "frameAction")


class KeepTogetherLean(KeepTogether):
    """KeepTogether that measures its content in place and, when it fits, draws it as one piece.

    ReportLab copies the frame before measuring, so that content which adds frame breaks while it
    is measured (CondPageBreak and the like) cannot disturb the real one, and then always "splits"
    into its pieces, which the frame measures and places again one by one. Paragraphs, tables,
    spacers and the report's own flowables add nothing to the frame, so for them the measuring is
    done in place (the same sum), and content that fits is drawn right here, each piece where the
    frame would have put it (spaces merged the same way). Content that does not fit splits exactly
    as KeepTogether's does.
    """

    _placed: list | None = None

    def wrap(self, aW, aH):
        content = self._content
        self._placed = None
        if not all(_measured_in_place(f) for f in content):
            return super().wrap(aW, aH)
        width = height = space_after = 0.0
        dims, at_top, plain, placed = [], True, True, []
        for f in content:  # flowables._listWrapOn's sum, spaces merged the same way
            w, h = f.wrapOn(self.canv, aW, 0xfffffff)
            dims.append((w, h))
            transfer = getattr(f, "_SPACETRANSFER", False)
            plain = plain and h > _FUZZ and not transfer
            if h <= _FUZZ:
                continue
            width = max(width, min(w, aW))
            gap = 0.0
            if not at_top:
                before = space_after if transfer else f.getSpaceBefore()
                gap = space_after + max(before - space_after, 0)
            height += gap + h
            placed.append((f, w, height))  # the piece's bottom, measured down from the top
            at_top = False
            space_after = space_after if transfer else f.getSpaceAfter()
        self._H = height
        self._H0 = dims[0][1] if dims else 0
        self._wrapInfo = aW, aH
        if plain and placed and height <= aH:
            self._placed, self._aW = placed, aW
            self.width, self.height = width, height
            return width, height
        return width, 0xffffff  # force a split, as KeepTogether does

    def draw(self) -> None:
        for f, w, bottom in self._placed or ():
            f.drawOn(self.canv, 0, self.height - bottom, _sW=self._aW - w)
