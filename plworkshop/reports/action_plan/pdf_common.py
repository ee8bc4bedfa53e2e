"""Shared pieces of the action-plan layout: zebra tables, cells and short labels."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.platypus import Flowable, Table, TableStyle

from plworkshop.reports import fonts
from plworkshop.reports.action_plan.pdf_document import ACCENT, INK, RULE, ZEBRA, line, page_room, text_para
from plworkshop.reports.action_plan.pdf_paragraph import Line

SUMMARY_CUT = 400
MIN_SLICE = 48  # points: the least of a long row worth printing at the foot of a page (about 4 lines)


class FlowingTable(Flowable):
    """A table that splits a long row where the page ends, and moves a short row to the next page whole.

    ReportLab's own split cuts between rows and then tries the rest of the table, repeated header and
    all, in the space left on the same page, where it splits inside the next row: a second header
    appears mid-page above a slice of a row. This flowable keeps the rows and splits them itself
    (public Paragraph.wrap/split for the cells): inside a row when both slices would be worth printing
    (MIN_SLICE each), else between rows, and the rest then waits for the next page. So a header only
    ever repeats at the top of a page and no page starts with a sliver of a row. Each piece is drawn
    as a ReportLab Table, left-aligned, its zebra stripes continuing where the last piece stopped; the
    Table is built only for the pieces drawn, so a long table is not restyled once per page.
    """

    def __init__(self, rows: list[list], widths: list[float], commands: list[tuple], *, header: int,
                 padding: tuple[float, float, float, float], leading: float,
                 stripes: list | None = None, continued: bool = False,
                 heights: list[float] | None = None) -> None:
        super().__init__()
        self.rows, self.col_widths, self.commands = rows, widths, commands
        self.header, self.padding, self.leading, self.stripes = header, padding, leading, stripes
        self.continued = continued  # the rest of a table cut between rows: it starts on the next page
        self.refused = False  # ReportLab moves a flowable on once; the next call is on a fresh page
        self.heights = heights
        self.hAlign = "LEFT"

    def table(self) -> Table:
        """This piece as a ReportLab Table."""
        style = list(self.commands)
        if self.stripes:
            style.append(("ROWBACKGROUNDS", (0, self.header), (-1, -1), self.stripes))
        return Table(self.rows, colWidths=self.col_widths, hAlign="LEFT", style=TableStyle(style))

    def row_heights(self) -> list[float]:
        if self.heights is None:
            self.heights = [self.row_height(row) for row in self.rows]
        return self.heights

    def row_height(self, row: list) -> float:
        """The height ReportLab gives `row`: its tallest cell plus the vertical padding."""
        top, bottom, left, right = self.padding
        tallest = 0.0
        for value, width in zip(row, self.col_widths):
            if isinstance(value, Flowable):
                tallest = max(tallest, value.wrap(width - left - right, 0x7FFFFFFF)[1])
            else:
                tallest = max(tallest, self.leading * (str(value).count("\n") + 1))
        return tallest + top + bottom

    def wrap(self, availWidth, availHeight):
        self.width, self.height = sum(self.col_widths), sum(self.row_heights())
        return self.width, self.height

    def draw(self) -> None:
        table = self.table()
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)

    def split(self, availWidth, availHeight):
        room_at_top = page_room()
        fresh = self.refused or (room_at_top is not None and availHeight >= room_at_top - 0.5)
        if self.continued and not fresh:  # in the space its head left on the page: start on the next
            self.continued, self.refused = False, True
            return []
        heads = self.rows[:self.header]
        heights = self.row_heights()
        used, n = sum(heights[:self.header]), self.header
        while n < len(self.rows) and used + heights[n] <= availHeight:
            used += heights[n]
            n += 1
        if n == len(self.rows):
            return []
        room = availHeight - used
        worth = room >= MIN_SLICE and heights[n] - room >= MIN_SLICE
        cut = self.cut_row(self.rows[n], room) if worth or (fresh and n == self.header) else None
        total = len(self.rows)
        if cut is not None:
            top, rest = cut
            return [self.piece(heads + self.rows[self.header:n] + [top], self.header, n + 1),
                    self.piece(heads + [rest] + self.rows[n + 1:], n, total)]
        if n > self.header:
            return [self.piece(self.rows[:n], self.header, n, heights[:n]),
                    self.piece(heads + self.rows[n:], n, total, heights[:self.header] + heights[n:],
                               continued=True)]
        self.refused = True
        return []

    def cut_row(self, row: list, room: float) -> tuple[list, list] | None:
        """`row` cut into what fits in `room` points and the rest, or None if nothing fits."""
        top_pad, bottom_pad, left, right = self.padding
        space = room - top_pad - bottom_pad
        top: list = []
        rest: list = []
        for value, width in zip(row, self.col_widths):
            if not isinstance(value, Flowable):
                lines = str(value).split("\n")
                keep = max(0, int(space // self.leading))
                top.append("\n".join(lines[:keep]))
                rest.append("\n".join(lines[keep:]))
                continue
            inner = width - left - right
            if value.wrap(inner, space)[1] <= space:
                top.append(value)
                rest.append("")
                continue
            parts = value.split(inner, space)
            top.append(parts[0] if parts else "")
            rest.append(parts[1] if len(parts) > 1 else (value if not parts else ""))
        if all(isinstance(v, str) and not v for v in top):
            return None
        return top, rest

    def piece(self, rows: list[list], start: int, stop: int, heights: list[float] | None = None, *,
              continued: bool = False) -> FlowingTable:
        """A table of `rows`: the header rows, then what became of the original rows start..stop-1."""
        stripes = self.stripes
        if stripes and (start - self.header) % 2:
            stripes = stripes[1:] + stripes[:1]
        return FlowingTable(
            rows,
            self.col_widths,
            _moved(self.commands, self.header, start, stop, len(self.rows)),
            header=self.header,
            padding=self.padding,
            leading=self.leading,
            stripes=stripes,
            continued=continued,
            heights=heights,
        )


def _moved(commands: list[tuple], header: int, start: int, stop: int, total: int) -> list[tuple]:
    """Commands of a table of `total` rows for a piece holding its header rows, then rows start..stop-1.

    Commands over the header rows, or over every row from the header down, stay as they are; those
    for particular body rows move up with them and are dropped for rows the piece does not hold.
    """
    out = []
    shift = header - start
    for command in commands:
        name, (c0, r0), (c1, r1), *rest = command
        r0, r1 = (r0 + total if r0 < 0 else r0), (r1 + total if r1 < 0 else r1)
        if r1 < header or (r0 <= header and r1 == total - 1):
            out.append(command)
            continue
        if r0 < header:
            out.append((name, (c0, r0), (c1, header - 1), *rest))
        lo, hi = max(r0, header, start), min(r1, stop - 1)
        if lo <= hi:
            out.append((name, (c0, lo + shift), (c1, hi + shift), *rest))
    return out


def cell(text: str, style, *, cut: int | None = None) -> Flowable:
    """User text as a table cell, escaped; `cut` shortens it (the full text is printed elsewhere)."""
    text = text or "—"
    if cut and len(text) > cut:
        text = text[:cut].rstrip() + "…"
    return line(text, style) if style.alignment == TA_LEFT else text_para(text, style)


def plain(text: str) -> str:
    """A short fixed-vocabulary cell (a number, a date, a status) as a plain string: drawn without
    Paragraph layout, which is most of a large table's cost. Never use it for free text."""
    return text or "—"


def zebra_table(
    rows: list[list], widths: list[float], *, header: bool = True, align_right: tuple[int, ...] = ()
) -> Table:
    """A readable table: accent header repeated on every page, zebra rows, hairline rules.

    Rows may split across pages, so a very long cell never stops the layout.
    """
    first = 1 if header else 0
    text_commands = _cells_as_strings(rows, widths, first, skip_columns=align_right)
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("LEADING", (0, 0), (-1, -1), 11),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), ACCENT), ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT)]
    for col in align_right:
        commands.append(("ALIGN", (col, 0), (col, -1), "RIGHT"))
    return FlowingTable(
        rows,
        widths,
        commands + text_commands,
        header=first,
        padding=(4, 5, 5, 5),
        leading=_CELL_SIZE[1],
        stripes=[colors.white, ZEBRA],
    )


_CELL_PADDING = 5 + 5  # LEFTPADDING + RIGHTPADDING below
_CELL_SIZE = (8.5, 11)  # FONTSIZE, LEADING below


def _cells_as_strings(
    rows: list[list], widths: list[float], first: int, *, skip_columns: tuple[int, ...] = ()
) -> list[tuple]:
    """Turn every one-line text cell into a plain string, which the table draws itself.

    A string cell is drawn at the same baseline as a one-line paragraph in the same font (the top
    padding plus the font size), so the page looks the same, but the table no longer wraps and
    places a flowable for it: most of a large table's cost. The cells' fonts and colours become
    table commands, one per column (body) or per row (header) where the cells agree, else per cell.
    Right-aligned columns keep their paragraphs (their headers stay left-aligned).
    Changes `rows` in place; returns the commands.
    """
    default = (fonts.SANS, INK.hexval())
    faces: dict[tuple[int, int], tuple] = {}
    strings_before = {
        (r, c) for r, row in enumerate(rows) for c, value in enumerate(row) if isinstance(value, str)
    }
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if c in skip_columns or not isinstance(value, Line) or not value.fits(widths[c] - _CELL_PADDING):
                continue
            st = value.style
            if (st.fontSize, st.leading) != _CELL_SIZE or st.leftIndent or st.firstLineIndent:
                continue
            row[c] = value.text
            faces[r, c] = (st.fontName, st.textColor)
    commands: list[tuple] = []

    def add(face, start, stop):
        if (face[0], face[1].hexval()) != default:
            commands.extend([("FONTNAME", start, stop, face[0]), ("TEXTCOLOR", start, stop, face[1])])

    bands = [((r, None), [k for k in faces if k[0] == r]) for r in range(first)]
    bands += [((None, c), [k for k in faces if k[1] == c and k[0] >= first]) for c in range(len(widths))]
    for (row, col), cells in bands:
        kinds = {(faces[k][0], faces[k][1].hexval()) for k in cells}
        shared = not any(r == row if col is None else (c == col and r >= first) for r, c in strings_before)
        if len(kinds) == 1 and shared:
            add(
                faces[cells[0]],
                (0, row) if col is None else (col, first),
                (-1, row) if col is None else (col, -1),
            )
        else:
            for r, c in cells:
                add(faces[r, c], (c, r), (c, r))
    return commands


def header_row(labels: list[str], style) -> list[Flowable]:
    return [line(label, style) for label in labels]


def no_border_table(rows: list[list], widths: list[float]) -> Table:
    return FlowingTable(
        rows,
        widths,
        [
            ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("BACKGROUND", (0, 0), (-1, -1), colors.white),
        ],
        header=0,
        padding=(3, 3, 0, 8),
        leading=12,
    )
