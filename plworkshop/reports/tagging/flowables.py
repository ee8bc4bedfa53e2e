"""Flowables that tag what they draw: a wrapper for any flowable, and a one-line text cell for tables.

Only public ReportLab API is used: `wrap`, `split`, `drawOn` and `draw` of the flowable protocol, and
`Canvas.addLiteral` to place the marked-content operators around the wrapped flowable's drawing.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from plworkshop.reports.tagging.tree import Element, TagTree

ARTIFACT_BEGIN = "/Artifact BMC"
PAGINATION_BEGIN = "/Artifact <</Type /Pagination>> BDC"
END = "EMC"


def tag_artifact(canvas, draw, *, pagination: bool = False) -> None:
    """Call `draw()` inside an artifact sequence (running headers, footers, page numbers, decoration)."""
    canvas.addLiteral(PAGINATION_BEGIN if pagination else ARTIFACT_BEGIN)
    draw()
    canvas.addLiteral(END)


class Tagged(Flowable):
    """Draws `inner` as content of `element`; a piece drawn a second time (a repeated table header) is
    an artifact, so a screen reader reads it once."""

    def __init__(self, inner: Flowable, element: Element | None, tree: TagTree) -> None:
        super().__init__()
        self.inner, self.element, self.tree = inner, element, tree
        self.drawn = False
        if element is not None and element.actual_text is None and hasattr(inner, "getPlainText"):
            # a paragraph's lines are drawn without the space that ended each line
            element.actual_text = " ".join(inner.getPlainText().split())
        for name in ("hAlign", "vAlign"):
            if hasattr(inner, name):
                setattr(self, name, getattr(inner, name))

    def wrap(self, availWidth, availHeight):
        self.width, self.height = self.inner.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth, availHeight):
        return [Tagged(part, self.element, self.tree) for part in self.inner.split(availWidth, availHeight)]

    def getSpaceBefore(self):
        return self.inner.getSpaceBefore()

    def getSpaceAfter(self):
        return self.inner.getSpaceAfter()

    def getKeepWithNext(self):
        return self.inner.getKeepWithNext()

    def minWidth(self):
        return self.inner.minWidth()

    def identity(self, maxLen=None):
        return f"Tagged({self.element.tag if self.element else 'Artifact'}, {self.inner.identity(maxLen)})"

    def draw(self) -> None:
        canvas = self.canv
        if self.element is None or self.drawn:
            canvas.addLiteral(ARTIFACT_BEGIN)
        else:
            mcid = self.tree.mark(self.element, canvas.getPageNumber())
            canvas.addLiteral(f"/{self.element.tag} <</MCID {mcid}>> BDC")
        self.drawn = True
        self.inner.drawOn(canvas, 0, 0)
        canvas.addLiteral(END)


class TaggedCellText(Flowable):
    """One line of plain text in a table cell, tagged as the cell's content (cheaper than a Paragraph)."""

    def __init__(self, text: str, font: str, size: float, colour, element: Element | None,
                 tree: TagTree, *, align: str = "left") -> None:
        super().__init__()
        self.text, self.font, self.size, self.colour, self.align = text, font, size, colour, align
        self.element, self.tree = element, tree
        self.drawn = False

    def wrap(self, availWidth, availHeight):
        self.width = min(availWidth, stringWidth(self.text, self.font, self.size))
        self.avail = availWidth
        self.height = self.size * 1.2
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        if self.element is None or self.drawn:
            canvas.addLiteral(ARTIFACT_BEGIN)
        else:
            mcid = self.tree.mark(self.element, canvas.getPageNumber())
            canvas.addLiteral(f"/{self.element.tag} <</MCID {mcid}>> BDC")
        self.drawn = True
        canvas.setFont(self.font, self.size)
        canvas.setFillColor(self.colour)
        baseline = self.size * 0.25
        if self.align == "right":
            canvas.drawRightString(self.width, baseline, self.text)
        else:
            canvas.drawString(0, baseline, self.text)
        canvas.addLiteral(END)
