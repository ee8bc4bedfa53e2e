"""A ReportLab Paragraph that breaks its lines once per width, however often the layout asks.

Platypus wraps the same paragraph several times at the same width: a table sizes its rows and
wraps every cell again when it draws them (and again in each part after a page break), a
KeepTogether or keep-with-next group wraps its content and the frame then wraps each piece again,
a split measures before it cuts. Line breaking is a pure function of the text, the style and the
available width, so its result is kept per width and handed back unchanged.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from plworkshop.reports import fonts
from plworkshop.reports.text import needs_shaping

# What Paragraph.wrap / breakLines leave on the instance, restored together on a hit.
_STATE = ("width", "height", "blPara", "frags", "_wrapWidths", "_width_max", "_splitLongWordCount",
          "_hyphenations")


class Para(Paragraph):
    """Paragraph with its line breaking remembered per available width (same output, less work)."""

    def wrap(self, availWidth, availHeight):
        memo = self.__dict__.get("_memo")
        if memo is None:
            memo = self._memo = {}
        state = memo.get(availWidth)
        if state is not None:
            self.__dict__.update(state)
            return self.width, self.height
        size = super().wrap(availWidth, availHeight)
        if "blPara" in self.__dict__:  # a real layout (not "too narrow to fit")
            memo[availWidth] = {k: self.__dict__[k] for k in _STATE if k in self.__dict__}
        return size


@lru_cache(maxsize=None)
def _printable_chars(font_name: str) -> frozenset[str]:
    """The characters `font_name` draws itself (no fallback font, no replacement needed)."""
    return frozenset(map(chr, fonts.coverage(font_name)))


def _one_style_line(text: str, style) -> bool:
    """True if `text` prints as typed in `style`'s own font on one line: no line breaks, no runs of
    spaces (a Paragraph would fold them), nothing that needs shaping or another font."""
    return (bool(text) and "  " not in text and text[0] != " " and text[-1] != " "
            and _printable_chars(style.fontName).issuperset(text) and not needs_shaping(text)
            and text.isprintable())


class Line(Flowable):
    """Short user text in one style (a caption, a label), drawn as one line of text when it fits.

    It looks exactly like a one-line Para in the same style (same baseline, indent, colour), but
    skips markup parsing, line breaking and the paragraph machinery. Text that would wrap, or that
    needs another font or shaping, is laid out by a Para instead.
    """

    def __init__(self, text: str, style, make_para) -> None:
        super().__init__()
        self.text, self.style, self._make_para = text, style, make_para
        self._para: Flowable | None = None
        st = style
        self._indent = st.leftIndent + st.firstLineIndent
        self._fits_below = (stringWidth(text, st.fontName, st.fontSize) + self._indent + st.rightIndent
                            if _one_style_line(text, st) else None)

    def _fallback(self) -> Flowable:
        if self._para is None:
            self._para = self._make_para(self.text, self.style)
        return self._para

    def wrap(self, availWidth, availHeight):
        if self._para is None and self._fits_below is not None and self._fits_below <= availWidth:
            self.width, self.height = availWidth, self.style.leading
            return self.width, self.height
        self.width, self.height = self._fallback().wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth, availHeight):
        return self._fallback().split(availWidth, availHeight) if self._para is not None else []

    def getSpaceBefore(self):
        return self.style.spaceBefore

    def getSpaceAfter(self):
        return self.style.spaceAfter

    def draw(self) -> None:
        if self._para is not None:
            self._para.drawOn(self.canv, 0, 0)
            return
        st, canv = self.style, self.canv
        canv.setFillColor(st.textColor)
        canv.setFont(st.fontName, st.fontSize, st.leading)
        canv.drawString(self._indent, self.height - st.fontSize, self.text)
