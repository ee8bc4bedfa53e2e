"""Hostile text (markup, emoji, right-to-left, CJK, combining marks, long) through XLSX, DOCX, CSV and
Markdown: no crash, and the text read back intact."""

from __future__ import annotations

import docx
import openpyxl
from export_readers import csv_tables, md_unblock, md_unescape
from export_samples import with_texts
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from plworkshop.domain.errors import InvalidValue
from plworkshop.domain.text_rules import check_text
from plworkshop.reports.exports import export_workshop
from plworkshop.reports.exports.formula_guard import recover_csv_text
from plworkshop.reports.exports.markdown_export import block
from plworkshop.reports.exports.xlsx_export import join_parts


def _storable(text: str) -> bool:
    try:
        check_text("text", text, required=True)
    except InvalidValue:
        return False
    return True


texts = st.text(st.characters(codec="utf-8"), min_size=1, max_size=300).filter(_storable)
LONG = ("Ünïcödé 😀 שלום مرحبا 中文字符 e\u0301 <b>&</b> | # " * 1200)[:50_000]


def _normal(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _title(text: str) -> str:
    line = text.replace("\r", " ").replace("\n", " ")[:1000]
    return line if line.strip() else "x"


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts)
@example(text="<b>bold</b> & <unclosed <img src=x onerror=alert(1)>")
@example(text="👩🏽‍🏫 teachers 🇺🇸 and 🧑‍🤝‍🧑")
@example(text="שלום עולם — مرحبا بالعالم (RTL) ‏mixed‎")
@example(text="中文字符测试，日本語のテキスト，한국어")
@example(text="Z̷̧̛a̵͓͝l̴̰̈g̸̣̾o̶̱͑ e\u0301 \u0915\u094d\u0937")
@example(text='=HYPERLINK("http://x","y")\n| a | b |\n# h\n\n- item\r\nend\r')
@example(text="  leading and trailing  \t")
@example(text=LONG)
def test_text_round_trips_through_every_format(rich_snapshot, pack, tmp_path, text):
    title = _title(text)
    snap = with_texts(rich_snapshot, response=text, note=text, title=title, description=text)

    book = openpyxl.load_workbook(export_workshop(snap, pack, "xlsx", tmp_path / "h.xlsx"))
    assert _xlsx_text(book["Responses"], "Response", 2) == text
    assert _xlsx_text(book["Assessments"], "Note", 2) == text
    assert _xlsx_text(book["Action items"], "Title", 2) == title
    assert _xlsx_text(book["Action items"], "Description", 2) == text

    tables = csv_tables(export_workshop(snap, pack, "csv", tmp_path / "h.zip"))
    assert recover_csv_text(tables["responses.csv"][1][4]) == text
    assert recover_csv_text(tables["assessments.csv"][1][5]) == text
    assert recover_csv_text(tables["action-items.csv"][1][1]) == title

    document = docx.Document(str(export_workshop(snap, pack, "docx", tmp_path / "h.docx")))
    paragraphs = [p.text for p in document.paragraphs]
    assert _normal(text) in paragraphs  # the consensus note
    assert any(p.startswith(_normal(text) + "\n— ") for p in paragraphs)  # the top input
    number = snap.action_items[0].number
    card = paragraphs.index(f"{number}. {title}")  # the item's card: number and title, then its facts
    assert _normal(text) in paragraphs[card + 1 :]  # the description, a paragraph of its own
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    assert title in cells

    markdown = export_workshop(snap, pack, "md", tmp_path / "h.md").read_text(encoding="utf-8")
    assert block(text, "  ") in markdown and block(text) in markdown
    assert md_unblock(block(text, "  "), "  ") == _normal(text)
    assert md_unescape(markdown).count(title) >= 1


def _xlsx_text(ws, header: str, row: int) -> str:
    headers = [c.value for c in ws[1]]
    columns = [
        i for i, h in enumerate(headers, start=1) if h == header or str(h).startswith(f"{header} (part ")
    ]
    return join_parts([ws.cell(row, c).value for c in columns]) or ""
