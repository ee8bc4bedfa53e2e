"""The XLSX export (openpyxl): one sheet per table, real dates, frozen bold headers, filters, widths.

Every sheet prints landscape, one page wide, with its header row repeated on each page. The action
items sheet has drop-down lists for status, priority, policy lever and condition (labels in the
workbook's language) and accepts only dates in the date columns; a hidden sheet (`plworkshop`) names
the workshop and the workbook format, so `plworkshop import plan.xlsx` can bring the edited plan back
(`plan_workbook`).

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
from plworkshop.reports.exports.plan_workbook import META_SHEET, WORKBOOK_FORMAT, WORKBOOK_VERSION
from plworkshop.reports.exports.tables import ExportTables, Table

CELL_LIMIT = 32_767  # Excel's limit, counted in UTF-16 code units
MAX_WIDTH = 60  # characters; longer text wraps
MIN_WIDTH = 8
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
HEADER_FILL = "DCE3EC"
ROOM_FOR_NEW_ROWS = 500  # rows below the data that keep the drop-down lists and date checks
PRINTED = (
    "number",
    "title",
    "condition",
    "owner",
    "start",
    "due",
    "priority",
    "status",
    "overdue",
    "blocked_reason",
    "progress",
    "as_of",
)
"""The action items sheet's first columns, the ones its print area holds: all of them one page wide
would print at a third of the size; the details (description, partners, lever, resources, measure,
baseline, target…) stay on screen, and in full in the DOCX."""
ITEM_WIDTHS = {"title": 34, "progress": 30, "blocked_reason": 22, "owner": 20, "condition": 20}
PRINTED_WIDTH = 14  # any other printed column of the action items sheet
DETAIL_WIDTH = 40  # the action items sheet's other columns


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
        return max((len(line) for line in value[: 4 * MAX_WIDTH].splitlines()), default=0)
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
                wb.add_named_style(
                    NamedStyle(name=name, alignment=alignment, number_format=number_format or "General")
                )
                self._names[wrap, number_format] = name

    def apply(self, cell, *, wrap: bool = False, number_format: str = "", quote: bool = False) -> None:
        cell.style = self._names[wrap, number_format]
        if quote:
            cell.quotePrefix = True


def _cap(table: Table, key: str) -> int:
    """The widest a column gets; longer text wraps."""
    if table.key != "action_items":
        return MAX_WIDTH
    return ITEM_WIDTHS.get(key, PRINTED_WIDTH if key in PRINTED else DETAIL_WIDTH)


def _put(ws, row: int, column: int, value: object, styles: _Styles, wrap_at: int = MAX_WIDTH) -> None:
    cell = ws.cell(row=row, column=column)
    if isinstance(value, str):
        cell.value = value
        cell.data_type = "s"  # never a formula, whatever the text starts with
        styles.apply(cell, wrap="\n" in value or len(value) > wrap_at - 2, quote=is_dangerous(value))
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
    headers, widths, keys = [], [], []
    hidden = {c.key for c in table.columns if c.hidden}
    for column, parts in zip(table.columns, needed):
        headers += [column.header] + [f"{column.header} ({part_word} {n})" for n in range(2, parts + 1)]
        keys += [column.key] * parts
    widths = [len(h) + 2 for h in headers]
    bold, fill = Font(bold=True), PatternFill("solid", fgColor=HEADER_FILL)
    for index, header in enumerate(headers, start=1):
        cell = ws.cell(row=1, column=index, value=header)
        cell.data_type = "s"
        cell.font, cell.fill, cell.alignment = bold, fill, Alignment(vertical="top")
    caps = [_cap(table, key) for key in keys]
    if table.key == "action_items":  # long headers wrap rather than widen a printed column
        for index in range(1, len(headers) + 1):
            ws.cell(row=1, column=index).alignment = Alignment(vertical="top", wrap_text=True)
            widths[index - 1] = min(widths[index - 1], caps[index - 1])
    for row_number, row in enumerate(table.rows, start=2):
        column_number = 1
        for value, parts in zip(row, needed):
            pieces = split_for_cell(value) if isinstance(value, str) else [value]
            for offset, piece in enumerate(pieces):
                _put(ws, row_number, column_number + offset, piece, styles, caps[column_number + offset - 1])
                widths[column_number + offset - 1] = max(
                    widths[column_number + offset - 1], _text_width(piece) + 2
                )
            column_number += parts
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = max(MIN_WIDTH, min(caps[index - 1], width))
    _row_heights(ws, table, [max(MIN_WIDTH, min(c, w)) for c, w in zip(caps, widths)], needed)
    for index, key in enumerate(keys, start=1):
        if key in hidden:
            ws.column_dimensions[get_column_letter(index)].hidden = True
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(1, len(table.rows) + 1)}"
    _print_setup(ws, keys)
    return ws


LINE_HEIGHT = 15  # points per line of 11 pt text
MAX_ROW_HEIGHT = 409  # Excel's limit


def _lines(text: str, width: float) -> int:
    per_line = max(1, int(width) - 2)
    return sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))


def _row_heights(ws, table: Table, widths: list[float], needed: list[int]) -> None:
    """Rows tall enough for their wrapped text: LibreOffice does not size rows itself when it opens
    or prints a workbook, so wrapped lines would overlap; Excel keeps the height given."""
    starts = [sum(needed[:n]) for n in range(len(needed))]
    for row_number, row in enumerate(table.rows, start=2):
        lines = 1
        for value, start in zip(row, starts):
            if isinstance(value, str) and value:
                lines = max(lines, _lines(value[:2000], widths[start]))
        if lines > 1:
            ws.row_dimensions[row_number].height = min(MAX_ROW_HEIGHT, LINE_HEIGHT * lines)
    header = max(_lines(str(ws.cell(row=1, column=n + 1).value or ""), w) for n, w in enumerate(widths))
    if table.key == "action_items" and header > 1:
        ws.row_dimensions[1].height = LINE_HEIGHT * header


def _print_setup(ws, keys: list[str]) -> None:
    """Landscape, one page wide (as many pages down as needed), header row on every page."""
    from openpyxl.utils import get_column_letter

    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    ws.print_options.gridLines = True
    printed = [n for n, key in enumerate(keys, start=1) if key in PRINTED]
    if printed and len(printed) < len(keys):
        ws.print_area = f"A1:{get_column_letter(max(printed))}{max(1, ws.max_row)}"
    ws.oddFooter.center.text = "&P / &N"
    ws.oddHeader.center.text = "&A"


def _validations(ws, table: Table, words: Labels, lists: dict[str, str]) -> None:
    """Drop-down lists and date checks over the data rows and room for new ones."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    last = len(table.rows) + 1 + ROOM_FOR_NEW_ROWS
    headers = [ws.cell(row=1, column=n).value for n in range(1, ws.max_column + 1)]

    def where(key: str) -> str | None:
        header = words("col." + key)
        if header not in headers:
            return None
        letter = get_column_letter(headers.index(header) + 1)
        return f"{letter}2:{letter}{last}"

    for key, formula in lists.items():
        cells = where(key)
        if cells is None or not formula:
            continue
        check = DataValidation(
            type="list",
            formula1=formula,
            allow_blank=key not in ("status", "priority"),
            showErrorMessage=True,
            errorTitle=words("col." + key),
            error=words("xlsx.pick_from_list"),
        )
        check.add(cells)
        ws.add_data_validation(check)
    for key in ("start", "due", "as_of"):
        cells = where(key)
        if cells is None:
            continue
        check = DataValidation(
            type="date",
            operator="greaterThan",
            formula1="1",
            allow_blank=True,
            showErrorMessage=True,
            errorTitle=words("col." + key),
            error=words("xlsx.date_only"),
        )
        check.add(cells)
        ws.add_data_validation(check)


def _quoted_list(labels: tuple[str, ...]) -> str:
    return '"' + ",".join(labels) + '"'


def _meta_sheet(wb, tables: ExportTables, title: str, lang: str, items_sheet: str) -> dict[str, str]:
    """The hidden sheet that marks the workbook as ours, and the longer drop-down lists it holds;
    returns the list formulas by column key."""
    from openpyxl.utils import quote_sheetname

    ws = wb.create_sheet(META_SHEET)
    rows = [
        ("format", WORKBOOK_FORMAT),
        ("format_version", WORKBOOK_VERSION),
        ("workshop_id", tables.workshop_id),
        ("workshop_title", title),
        ("language", lang),
        ("anonymous", tables.anonymous),
        ("items_sheet", items_sheet),
        ("exported_at", dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)),
    ]
    for n, (key, value) in enumerate(rows, start=1):
        ws.cell(row=n, column=1, value=key)
        cell = ws.cell(row=n, column=2, value=value)
        if isinstance(value, str):
            cell.data_type = "s"
    formulas = {
        "status": _quoted_list(tables.choices.get("status", ())),
        "priority": _quoted_list(tables.choices.get("priority", ())),
    }
    for column, key in ((4, "policy_lever"), (5, "condition")):
        values = tables.choices.get(key, ())
        ws.cell(row=1, column=column, value=key)
        for n, value in enumerate(values, start=2):
            ws.cell(row=n, column=column, value=value).data_type = "s"
        if values:
            letter = "DE"[column - 4]
            formulas[key] = f"{quote_sheetname(META_SHEET)}!${letter}$2:${letter}${len(values) + 1}"
    ws.sheet_state = "hidden"
    return formulas


def write_xlsx(tables: ExportTables, path: Path, *, title: str, lang: str = "en") -> Path:
    """Write the workbook to `path`: the four tables, then the workshop details, then the hidden
    sheet that lets plworkshop read the edited plan back."""
    from openpyxl import Workbook

    words = Labels(lang)
    wb = Workbook()
    wb.remove(wb.active)
    styles = _Styles(wb)
    sheets = {}
    for table in (*tables.data_tables(), tables.details):
        sheets[table.key] = _write_sheet(wb, table, words("part"), styles)
    items = sheets["action_items"]
    lists = _meta_sheet(wb, tables, title, words.lang, items.title)
    _validations(items, tables.action_items, words, lists)
    wb.properties.title = f"{words('doc.title')}: {title}"
    wb.properties.creator = "plworkshop"
    wb.save(path)
    return path
