"""The XLSX export (openpyxl): one sheet per table, real dates, frozen bold headers, filters, widths.

Text cells are always string cells, never formulas; text a spreadsheet could read as a formula also
gets the quotePrefix style (see `formula_guard`). A cell holds at most 32,767 characters, so a longer
text is split, in order, across continuation columns headed "… (part 2)", "… (part 3)" placed right
after its column; joining the parts gives back the exact text (`join_parts`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from plworkshop.reports.exports.formula_guard import is_dangerous
from plworkshop.reports.exports.labels import Labels
from plworkshop.reports.exports.tables import ExportTables, Table

CELL_LIMIT = 32_767          # Excel's limit, counted in UTF-16 code units
MAX_WIDTH = 60               # characters; longer text wraps
MIN_WIDTH = 8
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
HEADER_FILL = "DCE3EC"


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def split_for_cell(text: str, limit: int = CELL_LIMIT) -> list[str]:
    """`text` cut, in order and without splitting a character, into pieces that each fit a cell."""
    if len(text) <= limit // 2 or _utf16_len(text) <= limit:
        return [text]
    parts, start, units = [], 0, 0
    for index, char in enumerate(text):
        width = 2 if ord(char) > 0xFFFF else 1
        if units + width > limit:
            parts.append(text[start:index])
            start, units = index, 0
        units += width
    parts.append(text[start:])
    return parts


def join_parts(values: list[object]) -> str:
    """A text back from its cell and continuation cells (empty continuation cells read as None)."""
    return "".join(v for v in values if isinstance(v, str))


def _parts_needed(table: Table) -> list[int]:
    needed = [1] * len(table.columns)
    for row in table.rows:
        for index, value in enumerate(row):
            if isinstance(value, str) and len(value) > CELL_LIMIT // 2:
                needed[index] = max(needed[index], len(split_for_cell(value)))
    return needed


def _text_width(value: object) -> int:
    if isinstance(value, dt.datetime):
        return 17
    if isinstance(value, dt.date):
        return 11
    if isinstance(value, str):
        return max((len(line) for line in value[:4 * MAX_WIDTH].splitlines()), default=0)
    return len(str(value)) if value is not None else 0


class _Styles:
    """Cell styles made once per workbook as named styles and assigned by name: setting style
    attributes cell by cell is openpyxl's slowest path (a large workshop's workbook took twice as long)."""

    def __init__(self, wb) -> None:
        from openpyxl.styles import Alignment, NamedStyle

        self._names: dict[tuple[bool, str], str] = {}
        for wrap in (False, True):
            for number_format in ("", DATE_FORMAT, DATETIME_FORMAT):
                name = f"plworkshop {'wrapped' if wrap else 'top'} {number_format or 'general'}"
                alignment = Alignment(wrap_text=True, vertical="top") if wrap else Alignment(vertical="top")
                wb.add_named_style(NamedStyle(name=name, alignment=alignment,
                                              number_format=number_format or "General"))
                self._names[wrap, number_format] = name

    def apply(self, cell, *, wrap: bool = False, number_format: str = "", quote: bool = False) -> None:
        cell.style = self._names[wrap, number_format]
        if quote:
            cell.quotePrefix = True


def _put(ws, row: int, column: int, value: object, styles: _Styles) -> None:
    cell = ws.cell(row=row, column=column)
    if isinstance(value, str):
        cell.value = value
        cell.data_type = "s"          # never a formula, whatever the text starts with
        styles.apply(cell, wrap="\n" in value or len(value) > MAX_WIDTH, quote=is_dangerous(value))
        return
    cell.value = value
    if isinstance(value, dt.datetime):
        styles.apply(cell, number_format=DATETIME_FORMAT)
    elif isinstance(value, dt.date):
        styles.apply(cell, number_format=DATE_FORMAT)
    else:
        styles.apply(cell)


def _write_sheet(wb, table: Table, part_word: str, styles: _Styles) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(table.name[:31])
    needed = _parts_needed(table)
    headers, widths = [], []
    for column, parts in zip(table.columns, needed):
        headers += [column.header] + [f"{column.header} ({part_word} {n})" for n in range(2, parts + 1)]
    widths = [len(h) + 2 for h in headers]
    bold, fill = Font(bold=True), PatternFill("solid", fgColor=HEADER_FILL)
    for index, header in enumerate(headers, start=1):
        cell = ws.cell(row=1, column=index, value=header)
        cell.data_type = "s"
        cell.font, cell.fill, cell.alignment = bold, fill, Alignment(vertical="top")
    for row_number, row in enumerate(table.rows, start=2):
        column_number = 1
        for value, parts in zip(row, needed):
            pieces = split_for_cell(value) if isinstance(value, str) else [value]
            for offset, piece in enumerate(pieces):
                _put(ws, row_number, column_number + offset, piece, styles)
                widths[column_number + offset - 1] = max(widths[column_number + offset - 1],
                                                         _text_width(piece) + 2)
            column_number += parts
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = max(MIN_WIDTH, min(MAX_WIDTH, width))
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(1, len(table.rows) + 1)}"


def write_xlsx(tables: ExportTables, path: Path, *, title: str, lang: str = "en") -> Path:
    """Write the workbook to `path`: the four tables, then the workshop details."""
    from openpyxl import Workbook

    words = Labels(lang)
    wb = Workbook()
    wb.remove(wb.active)
    styles = _Styles(wb)
    for table in (*tables.data_tables(), tables.details):
        _write_sheet(wb, table, words("part"), styles)
    wb.properties.title = f"{words('doc.title')}: {title}"
    wb.properties.creator = "plworkshop"
    wb.save(path)
    return path
