"""A write-only workbook with shared styles and print setup, for the rollup workbook's sheets.

Write-only mode keeps a rollup with a hundred thousand action items quick and small in memory. User
text is always a string cell, never a formula, with the quotePrefix style when a spreadsheet could read
it as one (see `plworkshop.reports.exports.formula_guard`). Every sheet prints landscape, one page
wide, with its heading row repeated on each page and "Page X of Y" in the footer.
"""

from __future__ import annotations

import datetime as dt
import io

from plworkshop.domain.rollup.colours import ink_colour
from plworkshop.reports.exports.formula_guard import is_dangerous

CELL_LIMIT = 32_767
HEADER_FILL = "DCE3EC"
WIDTH_SAMPLE = 2000  # rows looked at to size the columns
LINE_HEIGHT = 15  # points per line of 11-point text
MAX_LINES = 12  # a taller row would not fit a landscape page


def lines_needed(text: str, width: float) -> int:
    """About how many lines `text` wraps to in a column `width` characters wide."""
    per_line = max(4, int(width) - 1)
    return sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))


def row_height(values, widths) -> float | None:
    """A height for a row whose text wraps (spreadsheets keep the stored height when they open a
    file, so a wrapped cell would otherwise show its first line only); None when one line does."""
    lines = max(
        (lines_needed(v, w) for v, w in zip(values, widths) if isinstance(v, str) and v),
        default=1,
    )
    return LINE_HEIGHT * min(lines, MAX_LINES) + 3 if lines > 1 else None


HEADER_LIMIT = 120  # a header's three parts together may hold at most 255 characters


def header_text(text: str) -> str:
    """Text for a print header or footer, where "&" starts a code and must be doubled; cut short
    enough that the whole header stays within what a spreadsheet accepts."""
    if len(text) > HEADER_LIMIT:
        text = text[: HEADER_LIMIT - 1] + "…"
    return text.replace("&", "&&")


class Book:
    """`Book(header, footer)`: sheets share the bold header style and the print header and footer."""

    def __init__(self, header: str, footer: str) -> None:
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Font, PatternFill

        self.wb = Workbook(write_only=True)
        self.header = header  # already escaped for a print header
        self.footer = footer
        self.bold = Font(bold=True)
        self.italic = Font(italic=True)
        self.header_fill = PatternFill("solid", fgColor=HEADER_FILL)
        self.top = Alignment(vertical="top")
        self.wrap = Alignment(vertical="top", wrap_text=True)
        self._fills: dict[str, object] = {}

    def new_sheet(self, title: str):
        """A sheet set up to print: landscape, one page wide, row 1 on every page, page numbers."""
        ws = self.wb.create_sheet(title[:31])
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0  # as many pages down as the rows need
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.gridLines = True
        ws.print_title_rows = "1:1"
        ws.oddHeader.left.text = self.header
        ws.oddHeader.right.text = "&A"  # the sheet's name
        ws.oddFooter.center.text = self.footer
        return ws

    def fill(self, colour: str):
        from openpyxl.styles import PatternFill

        if colour not in self._fills:
            self._fills[colour] = PatternFill("solid", fgColor=colour.lstrip("#"))
        return self._fills[colour]

    def cell(self, ws, value, *, number_format: str = "", fill: str = "", bold: bool = False):
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font

        if isinstance(value, str) and len(value) > CELL_LIMIT:
            value = value[: CELL_LIMIT - 1] + "…"
        cell = WriteOnlyCell(ws, value=value)
        if isinstance(value, str):
            cell.data_type = "s"  # never a formula, whatever the text starts with
            if is_dangerous(value):
                cell.quotePrefix = True
            cell.alignment = self.wrap if len(value) > 60 or "\n" in value else self.top
        elif isinstance(value, dt.date):
            cell.number_format = "yyyy-mm-dd"
        if number_format:
            cell.number_format = number_format
        if fill:
            cell.fill = self.fill(fill)
            cell.font = Font(color=ink_colour(fill).lstrip("#"), bold=bold)
        elif bold:
            cell.font = self.bold
        return cell

    def note(self, ws, text: str):
        """A line of explanation under a table, in italics, running on over the empty cells beside it."""
        cell = self.cell(ws, text)
        cell.font = self.italic
        cell.alignment = self.top
        return cell

    def heading_row(self, ws, headers: list[str], widths: list[float]) -> list:
        """Row 1: bold on a tint, wrapped, as tall as its longest heading needs."""
        height = row_height(headers, widths)
        if height:
            ws.row_dimensions[1].height = height
        row = []
        for text in headers:
            cell = self.cell(ws, text, bold=True)
            cell.fill = self.header_fill
            cell.alignment = self.wrap
            row.append(cell)
        return row

    def sheet(
        self,
        title: str,
        headers: list[str],
        rows,
        *,
        widths: list[int] | None = None,
        formats: dict[int, str] | None = None,
    ):
        """A plain table sheet: bold frozen header, filter, column widths from the data."""
        from openpyxl.utils import get_column_letter

        rows = list(rows)
        ws = self.new_sheet(title)
        if widths is None:
            widths = [min(30, len(h) + 2) for h in headers]
            for row in rows[:WIDTH_SAMPLE]:
                for i, value in enumerate(row):
                    text = value if isinstance(value, str) else str(value if value is not None else "")
                    widths[i] = max(widths[i], min(60, len(text) + 2))
        for i, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = max(8, width)
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(rows) + 1}"
        widths = [max(8, width) for width in widths]
        ws.append(self.heading_row(ws, headers, widths))
        formats = formats or {}
        for number, row in enumerate(rows, start=2):
            height = None
            if any(isinstance(v, str) and (len(v) > 60 or "\n" in v) for v in row):
                height = row_height(row, widths)
            if height:
                ws.row_dimensions[number].height = height
            ws.append([self.value(ws, v, formats.get(i, "")) for i, v in enumerate(row)])
        return ws

    def value(self, ws, value, number_format: str = ""):
        """A plain value where openpyxl can write it as is (several times faster than a styled
        cell); a styled cell for dates, formats, long or dangerous text."""
        if value is None or (isinstance(value, (int, float)) and not number_format):
            return value
        if isinstance(value, str) and len(value) <= 60 and "\n" not in value and not is_dangerous(value):
            return value
        return self.cell(ws, value, number_format=number_format)

    def save(self) -> bytes:
        out = io.BytesIO()
        self.wb.save(out)
        return out.getvalue()
