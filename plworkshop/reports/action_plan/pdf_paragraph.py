"""Text flowables of the action plan, built on ReportLab's public Flowable and Paragraph API only.

- Para is a Paragraph that does not break its lines again when the layout asks for the same width
  twice in a row: a table wraps every cell to size its rows and again to draw them, a keep-together
  group wraps its content and the frame wraps each piece again. Nothing of ReportLab's own is read.
- Line is short text in one style (a caption, a table label) drawn with `drawString` when it fits on
  one line, and laid out by a Para when it does not.
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from plworkshop.reports import fonts
from plworkshop.reports.text import needs_shaping


class Para(Paragraph):
    """Paragraph whose last layout is reused while the width stays the same and it was not split."""

    laid_out_at: float | None = None

    def wrap(self, availWidth, availHeight):
        if self.laid_out_at == availWidth:
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        self.laid_out_at = availWidth
        return size

    def split(self, availWidth, availHeight):
        self.laid_out_at = None  # splitting may discard the layout; the next wrap redoes it
        return super().split(availWidth, availHeight)


@cache
def _printable_chars(font_name: str) -> frozenset[str]:
    """The characters `font_name` draws itself (no fallback font, no replacement needed)."""
    return frozenset(map(chr, fonts.coverage(font_name)))


def _one_style_line(text: str, style) -> bool:
    """True if `text` prints as typed in `style`'s own font on one line: no line breaks, no runs of
    spaces (a paragraph would fold them), nothing that needs shaping or another font."""
    return (bool(text) and "  " not in text and text[0] != " " and text[-1] != " "
            and _printable_chars(style.fontName).issuperset(text)
            and _printable_chars(fonts.register_fonts()).issuperset(text) and not needs_shaping(text)
            and text.isprintable())


class Line(Flowable):
    """Short user text in one style, drawn as one line of text when it fits.

    It is placed like a one-line paragraph in the same style (baseline one font size below the top,
    the style's indent and colour). Text that would wrap, or that needs another font or shaping, is
    laid out by the paragraph `make_para` builds instead.
    """

    def __init__(self, text: str, style, make_para) -> None:
        super().__init__()
        self.text, self.style, self.make_para = text, style, make_para
        self.para: Flowable | None = None
        st = style
        self.indent = st.leftIndent + st.firstLineIndent
        self.needs = (stringWidth(text, st.fontName, st.fontSize) + self.indent + st.rightIndent
                      if _one_style_line(text, st) else None)

    def fits(self, width: float) -> bool:
        """True if the text is drawn as one line at this available width (not as a paragraph)."""
        return self.para is None and self.needs is not None and self.needs <= width

    def fallback(self) -> Flowable:
        if self.para is None:
            self.para = self.make_para(self.text, self.style)
        return self.para

    def wrap(self, availWidth, availHeight):
        if self.fits(availWidth):
            self.width, self.height = availWidth, self.style.leading
        else:
            self.width, self.height = self.fallback().wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth, availHeight):
        return self.fallback().split(availWidth, availHeight) if self.para is not None else []

    def getSpaceBefore(self):
        return self.style.spaceBefore

    def getSpaceAfter(self):
        return self.style.spaceAfter

    def draw(self) -> None:
        if self.para is not None:
            self.para.drawOn(self.canv, 0, 0)
            return
        st, canv = self.style, self.canv
        canv.setFillColor(st.textColor)
        canv.setFont(st.fontName, st.fontSize, st.leading)
        canv.drawString(self.indent, self.height - st.fontSize, self.text)
