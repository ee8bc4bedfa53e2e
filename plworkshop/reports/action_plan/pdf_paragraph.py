"""Plain user text laid out and drawn with less work than ReportLab's Paragraph, with the same result.

- Para breaks its lines once per width, however often the layout asks: platypus wraps the same
  paragraph several times at the same width (a table sizes its rows and wraps every cell again to
  draw it, a keep-together group wraps its content and the frame wraps each piece again, a split
  measures before it cuts). For plain text (Para.of_text) it also skips the markup parser, breaks
  lines with ReportLab's own loop over a table of word widths, and draws its lines as one text object.
- Line is short text drawn as one line when it fits (captions, table cells), a Para when it does not.
- draw_with_caption draws a response, its bullet and its caption as one text object.
tests/reports/action_plan/test_pdf_fast_paths.py compares each with what ReportLab itself prints.
"""

from __future__ import annotations

import copy
import weakref
from functools import lru_cache

from reportlab.lib.enums import TA_LEFT
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.paragraph import _handleBulletWidth
from reportlab.platypus.paraparser import ParaParser

from plworkshop.reports import fonts
from plworkshop.reports.text import needs_shaping

# What Paragraph.wrap / breakLines leave on the instance, restored together on a hit.
_STATE = ("width", "height", "blPara", "frags", "_wrapWidths", "_width_max", "_splitLongWordCount",
          "_hyphenations")


# One parsed fragment per style: what ReportLab's parser makes of plain text in that style.
_PLAIN_FRAGS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _plain_frag(style):
    frag = _PLAIN_FRAGS.get(style)
    if frag is None:
        parsed_style, frags, _ = ParaParser().parse("x", style)
        if parsed_style is not style or frags is None or len(frags) != 1:
            raise AssertionError(f"unexpected parse of plain text in style {style.name!r}")
        frag = _PLAIN_FRAGS[style] = frags[0]
    return frag


class Para(Paragraph):
    """Paragraph with its line breaking remembered per available width (same output, less work)."""

    @classmethod
    def of_text(cls, text: str, style, bulletText=None) -> Para | None:
        """A Para printing plain `text` exactly as typed, built without the markup parser, or None
        if the text needs what only markup gives (line breaks, tabs, a fallback font, shaping).

        The fragment is the one ReportLab's parser makes for escaped plain text in this style, with
        the text whitespace-folded as the parser folds it; tests compare the two.
        """
        if (not text or not text.isprintable() or getattr(style, "textTransform", None)
                or not _printable_chars(fonts.register_fonts()).issuperset(text) or needs_shaping(text)):
            return None
        # printable text has no white space but " ", so this is what cleanBlockQuotedText makes of it
        clean = text if "  " not in text and text[0] != " " and text[-1] != " " else " ".join(text.split())
        if not clean:
            return None
        frag = copy.copy(_plain_frag(style))
        frag.text, frag.link, frag.us_lines = clean, [], []
        made = cls(text, style, bulletText=bulletText, frags=[frag])
        made._plain = True
        return made

    def breakLines(self, width):
        """ReportLab's line breaking for one plain fragment (its "kind 0" loop), word widths looked
        up in a table; anything that loop would treat specially goes to ReportLab itself."""
        st = self.style
        if (not self.__dict__.get("_plain") or len(self.frags) != 1 or not hasattr(self.frags[0], "text")
                or st.wordWrap or st.shaping or st.endDots or st.hyphenationLang or st.uriWasteReduce
                or st.embeddedHyphenation or not isinstance(width, list)
                or getattr(self, "autoLeading", getattr(st, "autoLeading", "")) not in ("", "off")):
            return super().breakLines(width)
        f = self.frags[0]
        words = f.text.split()
        if not words:
            return super().breakLines(width)
        font, size = f.fontName, f.fontSize
        widths = _word_widths(words, font, size)
        max_widths = list(width)
        _handleBulletWidth(self.bulletText, st, max_widths)
        if max(widths) > min(max_widths):  # a word wider than a line: ReportLab splits it
            return super().breakLines(width)
        width[0] = max_widths[0]  # what ReportLab's own call leaves in the list
        self._width_max = self.height = self._splitLongWordCount = self._hyphenations = 0
        space = stringWidth(" ", font, size)
        shrink = st.spaceShrinkage * space
        last = len(max_widths) - 1
        lines, line, lineno = [], [], 0
        current, max_width = -space, max_widths[0]
        for word, word_width in zip(words, widths):
            new_width = current + space + word_width
            if new_width <= max_width + shrink * len(line) or not line:
                line.append(word)
                current = new_width
            else:
                if current > self._width_max:
                    self._width_max = current
                lines.append((max_width - current, line))
                line, current = [word], word_width
                lineno += 1
                max_width = max_widths[min(last, lineno)]
        if current > self._width_max:
            self._width_max = current
        lines.append((max_width - current, line))
        ascent, descent = getAscentDescent(font, size)
        return f.clone(kind=0, lines=lines, ascent=ascent, descent=descent, fontSize=size)

    def wrap(self, availWidth, availHeight):
        d = self.__dict__
        if d.get("_laid_out_at") == availWidth and "blPara" in d:  # asked again, nothing changed since
            return self.width, self.height
        memo = d.get("_memo")
        if memo is None:
            memo = self._memo = {}
        state = memo.get(availWidth)
        if state is not None:
            d.update(state)
            d["_laid_out_at"] = availWidth
            return self.width, self.height
        d.pop("_laid_out_at", None)
        size = super().wrap(availWidth, availHeight)
        if "blPara" in d:  # a real layout (not "too narrow to fit")
            memo[availWidth] = {k: d[k] for k in _STATE if k in d}
            d["_laid_out_at"] = availWidth
        return size

    def draw(self) -> None:
        """Plain lines in one font (user text) as one text object; anything else as Paragraph does.

        Always called inside drawOn's saved graphics state, so drawPara's own save is not needed.
        """
        bl = None if self.bulletText else _plain_lines(self)
        if bl is None:
            return super().draw()
        st = self.style
        tx = self.canv.beginText(st.leftIndent, self.height - bl.fontSize)
        tx.setFillColor(bl.textColor)
        tx.setFont(bl.fontName, bl.fontSize, st.leading)
        for _, words in bl.lines:
            tx._textOut(" ".join(words), 1)
        self.canv.drawText(tx)


_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}


def _word_widths(words: list[str], font: str, size: float) -> list[float]:
    """Each word's width, from a table per font and size (text repeats its words)."""
    table = _WIDTHS.get((font, size))
    if table is None or len(table) > 50_000:  # bounded: a new table now and then
        table = _WIDTHS[font, size] = {}
    out = []
    for word in words:
        w = table.get(word)
        if w is None:
            w = table[word] = stringWidth(word, font, size)
        out.append(w)
    return out


@lru_cache(maxsize=None)
def _printable_chars(font_name: str) -> frozenset[str]:
    """The characters `font_name` draws itself (no fallback font, no replacement needed)."""
    return frozenset(map(chr, fonts.coverage(font_name)))


def _one_style_line(text: str, style) -> bool:
    """True if `text` prints as typed in `style`'s own font on one line: no line breaks, no runs of
    spaces (a Paragraph would fold them), nothing that needs shaping or another font."""
    return (bool(text) and "  " not in text and text[0] != " " and text[-1] != " "
            and _printable_chars(style.fontName).issuperset(text)
            and _printable_chars(fonts.register_fonts()).issuperset(text) and not needs_shaping(text)
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

    def fits(self, width: float) -> bool:
        """True if the text is drawn as one line at this available width (not as a Para)."""
        return self._para is None and self._fits_below is not None and self._fits_below <= width

    def _fallback(self) -> Flowable:
        if self._para is None:
            self._para = self._make_para(self.text, self.style)
        return self._para

    def wrap(self, availWidth, availHeight):
        if self.fits(availWidth):
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


def _plain_lines(p: Flowable):
    """The broken lines of `p` if it is a laid-out Para drawn as plain left-aligned lines in one
    font and colour (what Para.of_text makes for user text), else None."""
    if not isinstance(p, Para):
        return None
    bl, st = p.__dict__.get("blPara"), p.style
    if (bl is None or bl.kind != 0 or not bl.lines or st.alignment != TA_LEFT or st.wordWrap or st.backColor
            or (st.borderWidth and st.borderColor) or st.endDots or st.firstLineIndent
            or getattr(st, "autoLeading", "") not in ("", "off") or getattr(p, "autoLeading", "") not in ("", "off")
            or getattr(p, "_offsets", None) or getattr(bl, "us_lines", None) or getattr(bl, "link", None)
            or getattr(st, "bulletOffsetY", 0) or st.bulletAnchor != "start"
            or not (p.bulletText is None or isinstance(p.bulletText, str))
            or any(extra <= -1e-8 for extra, _ in bl.lines)):
        return None
    return bl


def draw_with_caption(canv, body: Flowable, caption: Flowable, caption_h: float) -> bool:
    """Draw a one-style paragraph, its bullet and its one-line caption as a single text object.

    The same glyphs at the same places as Paragraph.drawPara (bullet, first-line offset, lines)
    followed by Line.draw, without their three text objects and nested graphics states. Returns
    False, drawing nothing, for anything else (markup, justification, a caption that wraps...).
    """
    bl = _plain_lines(body)
    if bl is None or not isinstance(caption, Line) or caption._para is not None:
        return False
    st, bullet = body.style, body.bulletText
    y = caption_h + body.height - bl.fontSize  # drawPara's first baseline (paraFontSizeHeightOffset)
    offset = 0.0
    if bullet:
        tx = canv.beginText(st.bulletIndent, y)
        tx.setFont(st.bulletFontName, st.bulletFontSize)
        tx.setFillColor(getattr(st, "bulletColor", st.textColor))
        tx.textOut(bullet)
        offset = max(0.0, tx.getX() + st.bulletFontSize * 0.6 - st.leftIndent)
        tx.setTextOrigin(st.leftIndent, y)
    else:
        tx = canv.beginText(st.leftIndent, y)
    tx.setFillColor(bl.textColor)
    tx.setFont(bl.fontName, bl.fontSize, st.leading)
    for i, (_, words) in enumerate(bl.lines):
        shift = offset if i == 0 and (offset > 1e-6 or offset < -1e-6) else 0.0
        if shift:
            tx.setXPos(shift)
        tx._textOut(" ".join(words), 1)
        if shift:
            tx.setXPos(-shift)
    cs = caption.style
    tx.setTextOrigin(caption._indent, caption.height - cs.fontSize)
    tx.setFillColor(cs.textColor)
    tx.setFont(cs.fontName, cs.fontSize, cs.leading)
    tx._textOut(caption.text, 1)
    canv.drawText(tx)
    return True
