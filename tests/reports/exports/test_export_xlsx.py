"""The XLSX export opened with openpyxl: sheets, real dates, frozen bold headers, filters, widths,
formula injection neutralised, and texts longer than a cell recoverable."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from export_readers import xlsx_rows
from export_samples import HYPERLINK, INJECTIONS, with_texts

from plworkshop.reports.exports import export_workshop
from plworkshop.reports.exports.xlsx_export import CELL_LIMIT, join_parts, split_for_cell

SHEETS = [
    "Action items",
    "Responses",
    "Assessments",
    "Participants",
    "Themes",
    "Parking lot",
    "Agenda",
    "Workshop",
]


@pytest.fixture
def book(rich_snapshot, pack, tmp_path):
    return openpyxl.load_workbook(export_workshop(rich_snapshot, pack, "xlsx", tmp_path / "plan.xlsx"))


def test_sheets_headers_frozen_filtered_and_bold(book):
    assert book.sheetnames == [*SHEETS, "plworkshop"]
    assert book["plworkshop"].sheet_state == "hidden"
    for ws in (book[name] for name in SHEETS):
        assert ws.freeze_panes == "A2", ws.title
        assert ws.auto_filter.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}{ws.max_row}"
        assert all(c.font.b for c in ws[1]), ws.title
        widths = [ws.column_dimensions[c.column_letter].width for c in ws[1]]
        assert all(8 <= w <= 60 for w in widths), (ws.title, widths)


def test_dates_are_real_date_cells(book):
    ws = book["Action items"]
    headers = [c.value for c in ws[1]]
    due = ws.cell(2, headers.index("Due date") + 1)
    assert due.is_date and due.value == dt.datetime(2027, 3, 1) and due.number_format == "yyyy-mm-dd"
    created = ws.cell(2, headers.index("Created") + 1)
    assert created.is_date and created.number_format == "yyyy-mm-dd hh:mm"
    recorded = book["Responses"].cell(2, 9)
    assert recorded.is_date


def test_every_action_item_and_attributed_input_is_there(book, rich):
    _, said = rich
    rows = xlsx_rows_of(book)
    titles = [r[1] for r in rows["Action items"][1:]]
    assert titles == [
        "Convene a family advisory council",
        "Draft assessment pilot legislation",
        "Share the notes",
    ]
    responses = {r[4]: r[5] for r in rows["Responses"][1:]}
    assert responses[said["ana"]] == "Ana Ruiz (Families)"
    assert responses[said["ben"]] == "Teachers and their unions"
    assert said["withdrawn"] not in responses


def xlsx_rows_of(book):
    return {ws.title: [[c.value for c in row] for row in ws.iter_rows()] for ws in book}


def test_long_text_wraps_and_width_is_capped(rich_snapshot, pack, tmp_path):
    text = "A long response that goes on. " * 20
    path = export_workshop(with_texts(rich_snapshot, response=text), pack, "xlsx", tmp_path / "w.xlsx")
    ws = openpyxl.load_workbook(path)["Responses"]
    cell = ws.cell(2, 5)
    assert cell.value == text and cell.alignment.wrap_text
    assert ws.column_dimensions["E"].width == 60


@pytest.mark.parametrize("text", INJECTIONS)
def test_formula_injection_is_stored_as_text(rich_snapshot, pack, tmp_path, text):
    snap = with_texts(rich_snapshot, response=text, title=text.strip() or "x", owner=text.strip())
    path = export_workshop(snap, pack, "xlsx", tmp_path / "inj.xlsx")
    book = openpyxl.load_workbook(path)
    for ws, row, col, expected in (
        (book["Responses"], 2, 5, text),
        (book["Action items"], 2, 2, text.strip() or "x"),
        (book["Action items"], 2, 4, text.strip()),
    ):
        cell = ws.cell(row, col)
        assert cell.value == expected  # the text is kept exactly
        assert cell.data_type == "s"  # a string, never a formula
        assert cell.quotePrefix  # and stays text when edited
    raw = _sheet_xml(path)
    assert "<f>" not in raw and "<f " not in raw


def _sheet_xml(path) -> str:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return "".join(archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/worksheets/"))


def test_hyperlink_formula_is_shown_as_text(rich_snapshot, pack, tmp_path):
    path = export_workshop(with_texts(rich_snapshot, response=HYPERLINK), pack, "xlsx", tmp_path / "h.xlsx")
    cell = openpyxl.load_workbook(path)["Responses"].cell(2, 5)
    assert (cell.value, cell.data_type, cell.quotePrefix) == (HYPERLINK, "s", True)
    assert not cell.hyperlink


def test_text_longer_than_a_cell_continues_in_part_columns(rich_snapshot, pack, tmp_path):
    text = ("😀 émoji مرحبا 中文 " * 3000)[:50_000] + "=end"
    path = export_workshop(
        with_texts(rich_snapshot, response=text, note=text), pack, "xlsx", tmp_path / "long.xlsx"
    )
    rows = xlsx_rows(path)
    header = rows["Responses"][0]
    start = header.index("Response")
    parts = [i for i, h in enumerate(header) if h == "Response" or str(h).startswith("Response (part ")]
    assert header[start + 1] == "Response (part 2)" and len(parts) >= 2
    assert join_parts([rows["Responses"][1][i] for i in parts]) == text
    # rows with short text leave the continuation cells empty
    assert join_parts([rows["Responses"][2][i] for i in parts]) == rows["Responses"][2][start]
    note_cols = [i for i, h in enumerate(rows["Assessments"][0]) if str(h).startswith("Note")]
    assert join_parts([rows["Assessments"][1][i] for i in note_cols]) == text


def test_split_for_cell_counts_utf16_units_and_never_splits_a_character():
    text = "😀" * 20_000 + "a" * 10
    parts = split_for_cell(text)
    assert "".join(parts) == text
    assert all(len(p.encode("utf-16-le")) // 2 <= CELL_LIMIT for p in parts)
    assert split_for_cell("short") == ["short"]
