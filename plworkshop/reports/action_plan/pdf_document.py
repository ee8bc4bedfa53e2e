"""The base document of the action plan: pages, fonts, styles, header/footer, contents and bookmarks.

Built in one pass: page numbers that are only known at the end ("of Y", and the page numbers in
the table of contents) are PDF form XObjects referenced while drawing and defined just before the
file is saved, so the document never has to be laid out twice.
"""

from __future__ import annotations

import io
import re
from contextlib import contextmanager
from contextvars import ContextVar

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Flowable, Frame, PageTemplate

from plworkshop.reports import fonts
from plworkshop.reports.action_plan.pdf_paragraph import Line, Para
from plworkshop.reports.action_plan.strings import Strings
from plworkshop.reports.text import MISSING, markup, needs_shaping

ACCENT = colors.HexColor("#1F4E79")
INK = colors.HexColor("#1F2328")
MUTED = colors.HexColor("#5B6470")
RULE = colors.HexColor("#C9D1DC")
ZEBRA = colors.HexColor("#F1F4F8")
BAR = colors.HexColor("#AEBBCC")

MARGIN_X = 0.9 * inch
MARGIN_TOP = 1.0 * inch
MARGIN_BOTTOM = 0.85 * inch
FOOTER_Y = 0.5 * inch


def make_styles() -> dict[str, ParagraphStyle]:
    """The stylesheet: one family, one accent colour, a clear hierarchy."""
    sans = fonts.register_fonts()
    # allowWidows=0: a paragraph never leaves its last line alone at the top of a page
    base = ParagraphStyle("body", fontName=sans, fontSize=10, leading=14.2, textColor=INK,
                          alignment=TA_LEFT, spaceAfter=5, bulletFontName=sans, allowWidows=0)
    s = {"body": base}

    def add(name, parent="body", **kw):
        s[name] = ParagraphStyle(name, parent=s[parent], **kw)

    add("small", fontSize=8.5, leading=11.5, textColor=MUTED)
    add("body_bold", fontName=fonts.SANS_BOLD)
    add("h1", fontName=fonts.SANS_BOLD, fontSize=20, leading=25, textColor=ACCENT, spaceAfter=12)
    add("h2", fontName=fonts.SANS_BOLD, fontSize=13.5, leading=17.5, spaceBefore=16, spaceAfter=6,
        keepWithNext=1)
    add("h3", fontName=fonts.SANS_BOLD, fontSize=10.5, leading=14, spaceBefore=10, spaceAfter=4,
        keepWithNext=1)
    # Headings over a table: kept with it by a CondPageBreak, not keepWithNext, which keeps the
    # heading with the WHOLE table and so pushes a long table to the next page, leaving a blank one.
    add("h2_table", parent="h2", keepWithNext=0)
    add("h3_table", parent="h3", keepWithNext=0)
    add("kicker", fontName=fonts.SANS_BOLD, fontSize=9, leading=12, textColor=ACCENT, spaceAfter=4)
    add("group", fontName=fonts.SANS_BOLD, fontSize=8, leading=11, textColor=ACCENT,
        spaceBefore=6, spaceAfter=3, leftIndent=12, keepWithNext=1)
    add("response", leftIndent=24, bulletIndent=12, spaceAfter=0)
    add("more", fontName=fonts.SANS_ITALIC, fontSize=8, leading=11, textColor=MUTED, leftIndent=24,
        spaceBefore=1, spaceAfter=5)
    add("response_meta", fontSize=8, leading=11, textColor=MUTED, leftIndent=24, spaceAfter=5)
    add("lead", fontName=fonts.SANS_ITALIC, fontSize=10.5, leading=15, textColor=MUTED, spaceAfter=8)
    add("cover_title", fontName=fonts.SANS_BOLD, fontSize=28, leading=34, textColor=INK, spaceAfter=8)
    add("cover_sub", fontSize=12.5, leading=17, textColor=MUTED, spaceAfter=24)
    add("cell", fontSize=8.5, leading=11, spaceAfter=0)
    add("cell_bold", parent="cell", fontName=fonts.SANS_BOLD)
    add("cell_head", parent="cell", fontName=fonts.SANS_BOLD, textColor=colors.white)
    add("cell_right", parent="cell", alignment=2)
    add("toc0", fontName=fonts.SANS_BOLD, fontSize=10.5, leading=14)
    add("toc1", fontSize=9.5, leading=13)
    return s


_CJK_RUN = re.compile(f'<font face="{fonts.CJK}">(.*?)</font>', re.DOTALL)


def para(text: str, style: ParagraphStyle, **kw) -> Para:
    """A Paragraph from already-escaped markup; shaping is switched on only where a script needs it.

    ReportLab 5.1 cannot shape a word whose glyphs come from the CJK fallback font (it crashes in
    `shapeFragWord`), so a paragraph that needs shaping prints its CJK characters as U+FFFD.
    """
    if needs_shaping(text):
        style = ParagraphStyle(style.name + "-shaped", parent=style, shaping=1)
        text = _CJK_RUN.sub(lambda m: MISSING * len(m.group(1)), text)
    return Para(text, style, **kw)


def text_para(text: str, style: ParagraphStyle, **kw) -> Para:
    """Plain user text (not markup) as a Para, printed as typed."""
    return para(markup(text), style, **kw)


def line(text: str, style: ParagraphStyle) -> Line:
    """Plain user text (not markup) in one style: drawn as one line when it fits, else a Para."""
    return Line(text, style, text_para)


class Heading(Para):
    """A heading that becomes a bookmark, an outline entry and (optionally) a contents line."""

    def __init__(self, text: str, style: ParagraphStyle, *, key: str, outline: str, level: int,
                 registry: dict[str, int]) -> None:
        super().__init__(text, style)
        self.key, self.outline, self.level, self.registry = key, outline, level, registry

    def draw(self) -> None:
        canv = self.canv
        canv.bookmarkHorizontal(self.key, 0, self.height + 6)
        canv.addOutlineEntry(self.outline, self.key, level=self.level, closed=self.level > 0)
        self.registry[self.key] = canv.getPageNumber()
        super().draw()

    def split(self, availWidth, availHeight):  # a heading never splits
        return []


class WithCaption(Flowable):
    """A paragraph and its one-line caption (who said it, votes), never parted by a page break.

    Cheaper than keepWithNext, which lays both out again inside a container: only the body splits
    (its last part keeps the caption).
    """

    def __init__(self, body: Flowable, caption: Flowable) -> None:
        super().__init__()
        self.body, self.caption = body, caption
        self.body_h = self.caption_h = 0.0

    def wrap(self, availWidth, availHeight):
        _, self.body_h = self.body.wrap(availWidth, availHeight)
        _, self.caption_h = self.caption.wrap(availWidth, availHeight)
        self.width, self.height = availWidth, self.body_h + self.caption_h
        return self.width, self.height

    def split(self, availWidth, availHeight):
        caption_h = self.caption.wrap(availWidth, availHeight)[1]
        parts = self.body.split(availWidth, availHeight - caption_h)
        if len(parts) < 2:
            return []
        return [parts[0], WithCaption(parts[1], self.caption)]

    def getSpaceBefore(self):
        return self.body.getSpaceBefore()

    def getSpaceAfter(self):
        return self.caption.getSpaceAfter()

    def draw(self) -> None:
        self.body.drawOn(self.canv, 0, self.caption_h)
        self.caption.drawOn(self.canv, 0, 0)


class ContentsTable(Flowable):
    """Contents with dotted leaders; page numbers are forms defined once the build is finished."""

    def __init__(self, entries: list[tuple[int, str, str]], styles: dict[str, ParagraphStyle]) -> None:
        super().__init__()
        self.entries, self.styles = entries, styles

    def _row_height(self, level: int) -> float:
        return 21 if level == 0 else 16

    def wrap(self, availWidth, availHeight):
        self.width = availWidth
        self.height = sum(self._row_height(level) for level, _, _ in self.entries)
        return availWidth, self.height

    def split(self, availWidth, availHeight):
        used, cut = 0.0, 0
        for i, (level, _, _) in enumerate(self.entries):
            if used + self._row_height(level) > availHeight:
                break
            used += self._row_height(level)
            cut = i + 1
        if cut in (0, len(self.entries)):
            return []
        return [ContentsTable(self.entries[:cut], self.styles),
                ContentsTable(self.entries[cut:], self.styles)]

    def draw(self) -> None:
        canv = self.canv
        y = self.height
        for level, title, key in self.entries:
            style = self.styles["toc0" if level == 0 else "toc1"]
            h = self._row_height(level)
            y -= h
            indent = 0 if level == 0 else 16
            room = self.width - indent - 40
            text = _fit(title, style.fontName, style.fontSize, room)
            canv.setFont(style.fontName, style.fontSize)
            canv.setFillColor(INK if level == 0 else MUTED)
            canv.drawString(indent, y + 5, text)
            end = indent + stringWidth(text, style.fontName, style.fontSize) + 6
            canv.setFillColor(RULE)
            dots = max(0, int((self.width - 34 - end) / 4.2))
            canv.drawString(end, y + 5, "." * dots)
            canv.setFillColor(INK)
            canv.saveState()
            canv.translate(self.width, y + 5)
            canv.doForm(f"toc-{key}")
            canv.restoreState()
            canv.linkRect("", key, (0, y, self.width, y + h), relative=1, thickness=0)


def _fit(text: str, font: str, size: float, width: float) -> str:
    """`text` on one line, cut with an ellipsis if it is wider than `width`."""
    text = " ".join(text.split())
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[: -max(1, len(text) // 8)] if len(text) > 80 else text[:-1]
    return text.rstrip() + "…"


PAPER = {"letter": letter, "a4": A4}
FRAME_PADDING = 6 + 6  # a Frame's default top and bottom padding

# The height an empty frame of the page being filled offers, while a document is built (else None):
# how a flowable knows a fresh page would give it no more room than it has now.
_PAGE_ROOM: ContextVar[float | None] = ContextVar("page_room", default=None)


def page_room() -> float | None:
    """What an empty frame of the current page holds, if a ReportDocument is being built."""
    return _PAGE_ROOM.get()


@contextmanager
def known_page_room(height: float | None):
    """Tell flowables what an empty frame holds while a story is built outside ReportDocument."""
    token = _PAGE_ROOM.set(height)
    try:
        yield
    finally:
        _PAGE_ROOM.reset(token)


LANDSCAPE_X = 0.7 * inch  # side margins of landscape pages (wide tables)
BAND_TOP = 0.5 * inch  # the cover's band stays inside what any printer prints (0.25 in and more)


class LateForms(Flowable):
    """The document's last flowable: once every page is laid out, defines the forms drawn before the
    total was known (running header and footer, "page X of Y", the contents' page numbers)."""

    def __init__(self, doc: ReportDocument) -> None:
        super().__init__()
        self.doc = doc
        self.width = self.height = 0

    def wrap(self, availWidth, availHeight):
        return 0, 0

    def draw(self) -> None:
        self.doc.define_late_forms(self.canv, pages=self.canv.getPageNumber())


class ReportDocument(BaseDocTemplate):
    """Letter or A4 pages (a landscape template for wide tables), running header and footer, bytes out."""

    def __init__(
        self,
        *,
        title: str,
        author: str,
        subject: str,
        header_left: str,
        header_right: str,
        footer_left: str,
        strings: Strings,
        paper: str = "letter",
    ) -> None:
        self.buffer = io.BytesIO()
        self.paper = paper
        size = PAPER[paper]
        super().__init__(
            self.buffer,
            pagesize=size,
            title=title,
            author=author,
            subject=subject,
            creator="plworkshop",
            producer="plworkshop (ReportLab)",
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            initialFontName=fonts.register_fonts(),
            initialFontSize=10,
        )
        self.header_left, self.header_right, self.footer_left = header_left, header_right, footer_left
        self.strings = strings
        self.headings: dict[str, int] = {}
        self.numbered: dict[int, float] = {}  # page number -> x of the footer's right end
        self.toc_keys: set[str] = set()
        self.styles = make_styles()
        pw, ph = self.portrait_size = size
        lw, lh = self.landscape_size = landscape(size)
        self.portrait_width = pw - 2 * MARGIN_X
        self.landscape_width = lw - 2 * LANDSCAPE_X
        # No side padding: text and tables line up with the running header's and footer's rules, and a
        # table as wide as the margins allow fits the frame instead of overhanging it.
        sides = dict(leftPadding=0, rightPadding=0)
        self.addPageTemplates(
            [
                PageTemplate(
                    "cover",
                    [
                        Frame(
                            MARGIN_X,
                            MARGIN_BOTTOM,
                            self.portrait_width,
                            ph - 1.5 * inch - MARGIN_BOTTOM,
                            id="cover",
                            **sides,
                        )
                    ],
                    onPage=self.cover_page,
                    pagesize=size,
                ),
                PageTemplate(
                    "portrait",
                    [
                        Frame(
                            MARGIN_X,
                            MARGIN_BOTTOM,
                            self.portrait_width,
                            ph - MARGIN_TOP - MARGIN_BOTTOM,
                            id="portrait",
                            **sides,
                        )
                    ],
                    onPage=self.portrait_page,
                    pagesize=size,
                ),
                PageTemplate(
                    "landscape",
                    [
                        Frame(
                            LANDSCAPE_X,
                            MARGIN_BOTTOM,
                            self.landscape_width,
                            lh - MARGIN_TOP - MARGIN_BOTTOM,
                            id="landscape",
                            **sides,
                        )
                    ],
                    onPage=self.landscape_page,
                    pagesize=landscape(size),
                ),
            ]
        )

    def cover_page(self, canv, doc) -> None:
        pw, ph = self.portrait_size
        _PAGE_ROOM.set(ph - 1.5 * inch - MARGIN_BOTTOM - FRAME_PADDING)
        canv.saveState()
        canv.setFillColor(ACCENT)
        canv.rect(MARGIN_X, ph - BAND_TOP - 0.22 * inch, pw - 2 * MARGIN_X, 0.22 * inch, stroke=0, fill=1)
        canv.rect(MARGIN_X, MARGIN_BOTTOM - 0.3 * inch, 0.9 * inch, 3, stroke=0, fill=1)
        canv.restoreState()

    def portrait_page(self, canv, doc) -> None:
        self.running_page(canv, landscape=False)

    def landscape_page(self, canv, doc) -> None:
        self.running_page(canv, landscape=True)

    def running_page(self, canv, *, landscape: bool) -> None:
        """Header and footer: the same on every page of one orientation, so one form each, defined
        once at the end; the page number is a form of its own (its total is known only then)."""
        pw, ph = self.landscape_size if landscape else self.portrait_size
        _PAGE_ROOM.set(ph - MARGIN_TOP - MARGIN_BOTTOM - FRAME_PADDING)
        number = canv.getPageNumber()
        self.numbered[number] = pw - (LANDSCAPE_X if landscape else MARGIN_X)
        canv.doForm("running-landscape" if landscape else "running-portrait")
        canv.doForm(f"page-{number}")

    def draw_running(self, canv, pw: float, ph: float) -> None:
        side = LANDSCAPE_X if pw > ph else MARGIN_X
        left, right = side, pw - side
        canv.setFont(fonts.SANS, 8)
        canv.setFillColor(MUTED)
        top = ph - 0.62 * inch
        date_w = stringWidth(self.header_right, fonts.SANS, 8)
        canv.drawString(left, top, _fit(self.header_left, fonts.SANS, 8, right - left - date_w - 24))
        canv.drawRightString(right, top, self.header_right)
        canv.setStrokeColor(ACCENT)
        canv.setLineWidth(0.8)
        canv.line(left, top - 6, right, top - 6)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(left, FOOTER_Y + 12, right, FOOTER_Y + 12)
        canv.drawString(left, FOOTER_Y, _fit(self.footer_left, fonts.SANS, 8, (right - left) * 0.6))

    def define_late_forms(self, canv, *, pages: int) -> None:
        for name, (pw, ph) in (
            ("running-portrait", self.portrait_size),
            ("running-landscape", self.landscape_size),
        ):
            canv.beginForm(name, lowerx=0, lowery=0, upperx=pw, uppery=ph)
            self.draw_running(canv, pw, ph)
            canv.endForm()
        for n, right in self.numbered.items():
            canv.beginForm(
                f"page-{n}", lowerx=right - 300, lowery=FOOTER_Y - 4, upperx=right + 2, uppery=FOOTER_Y + 12
            )
            canv.setFont(fonts.SANS, 8)
            canv.setFillColor(MUTED)
            canv.drawRightString(right, FOOTER_Y, self.strings.fmt("page_of", page=n, pages=pages))
            canv.endForm()
        for key in self.toc_keys | set(self.headings):
            page = self.headings.get(key, "")
            canv.beginForm(f"toc-{key}", lowerx=-60, lowery=-4, upperx=2, uppery=14)
            canv.setFont(fonts.SANS, 9.5)
            canv.setFillColor(INK)
            canv.drawRightString(0, 0, str(page))
            canv.endForm()
        canv.showOutline()

    def render(self, story: list) -> bytes:
        """Lay out the story once (its last flowable defines the late forms), return the PDF bytes."""
        with known_page_room(None):
            self.build([*story, LateForms(self)])
        return self.buffer.getvalue()

    def cols(self, *inches: float, landscape: bool = False, fill: bool = False) -> list[float]:
        """Column widths given in inches for Letter, narrowed to the frame on smaller paper (A4 portrait)
        or, with `fill`, stretched or narrowed to fill the frame exactly."""
        room = self.landscape_width if landscape else self.portrait_width
        total = sum(inches) * inch
        scale = room / total if fill or total > room else 1.0
        return [w * inch * scale for w in inches]

    def table_heading(self, text: str, style: str, *, need: float = 1.6 * inch) -> list:
        """A heading over a table: on a new page unless `need` points are left for it and the
        table's first rows (the table itself then splits where the page ends)."""
        return [CondPageBreak(need), para(text, self.styles[style + "_table"])]

    def contents(self, entries: list[tuple[int, str, str]]) -> ContentsTable:
        """The table of contents for (level, plain title, heading key) entries."""
        self.toc_keys.update(key for _, _, key in entries)
        return ContentsTable(entries, self.styles)

    def heading(self, text: str, style: str, *, key: str, outline: str, level: int) -> Heading:
        return Heading(
            text, self.styles[style], key=key, outline=outline, level=level, registry=self.headings
        )
