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

    def __init__(self, inner: Flowable, element: Element | None, tree: TagTree | None) -> None:
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
        # through wrapOn/splitOn, so the wrapped flowable sees the canvas the layout gave this one
        self.width, self.height = self.inner.wrapOn(getattr(self, "canv", None), availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth, availHeight):
        parts = self.inner.splitOn(getattr(self, "canv", None), availWidth, availHeight)
        return [Tagged(part, self.element, self.tree) for part in parts]

    def getSpaceBefore(self):
        return self.inner.getSpaceBefore()

    def getSpaceAfter(self):
        return self.inner.getSpaceAfter()

    def getKeepWithNext(self):
        # ReportLab switches keepWithNext off on the flowables it has grouped (an attribute of
        # their own): the wrapper must honour that, or the same group is made again and again
        if "keepWithNext" in self.__dict__:
            return self.keepWithNext
        return self.inner.getKeepWithNext()

    def minWidth(self):
        return self.inner.minWidth()

    def identity(self, maxLen=None):
        return f"Tagged({self.element.tag if self.element else 'Artifact'}, {self.inner.identity(maxLen)})"

    def draw(self) -> None:
        begin_marked(self, self.canv)
        self.inner.drawOn(self.canv, 0, 0)
        self.canv.addLiteral(END)


def begin_marked(piece, canvas) -> None:
    """Open the marked-content sequence for `piece`: tagged the first time it is drawn, an artifact
    after that (a table's header row repeated on the next page) or when it belongs to no element."""
    if piece.element is None or piece.tree is None or piece.drawn:
        canvas.addLiteral(ARTIFACT_BEGIN)
    else:
        mcid = piece.tree.mark(piece.element, canvas.getPageNumber())
        canvas.addLiteral(f"/{piece.element.tag} <</MCID {mcid}>> BDC")
    piece.drawn = True


class TaggedCellText(Flowable):
    """Plain text in a table cell (one line per newline), tagged as the cell's content; drawn with
    `drawString`, which is much cheaper than a Paragraph for the short values most cells hold."""

    def __init__(
        self,
        text: str,
        font: str,
        size: float,
        colour,
        element: Element | None,
        tree: TagTree | None,
        *,
        leading: float | None = None,
    ) -> None:
        super().__init__()
        self.lines = text.split("\n")
        self.font, self.size, self.colour = font, size, colour
        self.leading = leading or size * 1.2
        self.element, self.tree = element, tree
        self.drawn = False

    def minWidth(self):
        return max(stringWidth(line, self.font, self.size) for line in self.lines)

    def wrap(self, availWidth, availHeight):
        self.width = min(availWidth, self.minWidth())
        self.height = self.leading * len(self.lines)
        return self.width, self.height

    def getPlainText(self) -> str:
        return " ".join(self.lines)

    def draw(self) -> None:
        canvas = self.canv
        begin_marked(self, canvas)
        canvas.setFont(self.font, self.size)
        if self.colour is not None:
            canvas.setFillColor(self.colour)
        y = self.height - self.size
        for line in self.lines:
            canvas.drawString(0, y, line)
            y -= self.leading
        canvas.addLiteral(END)


class MarkedPiece:
    """Marked content drawn by a flowable's own `draw` (a contents line, a legend): `with` it around
    the drawing calls for one piece of `element`; with no element or tree, the piece is an artifact."""

    def __init__(self, canvas, element: Element | None, tree: TagTree | None) -> None:
        self.canvas, self.element, self.tree, self.drawn = canvas, element, tree, False

    def __enter__(self) -> MarkedPiece:
        begin_marked(self, self.canvas)
        return self

    def __exit__(self, *exc) -> None:
        self.canvas.addLiteral(END)
