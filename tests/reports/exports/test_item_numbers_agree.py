"""One item number everywhere: the PDF, DOCX, Markdown, CSV and XLSX all give each action item its own
stable number, even where they print the items in due-date order, which here is the reverse."""

from __future__ import annotations

import re
import subprocess

import docx
import openpyxl
import pytest
from export_readers import csv_tables, md_unescape
from planned_workshop import PLANNED

from plworkshop.reports.action_plan import ReportOptions, action_plan_pdf, build_action_plan
from plworkshop.reports.exports import export_workshop
from plworkshop.reports.exports.labels import Labels

TITLES = {n: plan["title"] for n, plan in PLANNED.items()}


def _numbered(pairs) -> dict[int, str]:
    """number → title, refusing a number or a title seen twice with different partners."""
    out: dict[int, str] = {}
    for number, title in pairs:
        assert out.setdefault(int(number), title) == title, (number, title)
    return out


def test_the_due_date_order_is_not_the_number_order(planned_snapshot, pack):
    data = build_action_plan(planned_snapshot, pack)
    assert [a.number for a in data.action_items] == [3, 2, 1]
    assert [a.overdue for a in data.action_items] == [True, False, False]
    first = next(a for a in data.action_items if a.number == 1)
    assert (first.start, first.resources, first.baseline, first.target) == (
        PLANNED[1]["start"],
        PLANNED[1]["resources"],
        PLANNED[1]["baseline"],
        PLANNED[1]["target"],
    )
    assert (first.as_of, first.progress) == PLANNED[1]["notes"][-1]  # the latest note
    blocked = next(a for a in data.action_items if a.number == 2)
    assert (blocked.status, blocked.blocked_reason) == ("Blocked", "Waiting for the session calendar")


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_copy_says_the_same_number_for_the_same_item(planned_snapshot, pack, tmp_path, lang):
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(action_plan_pdf(planned_snapshot, pack, ReportOptions(lang=lang)))
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True, timeout=60
    ).stdout
    titles = "|".join(re.escape(t) for t in TITLES.values())
    starts = {" ".join(t.split()[:2]): t for t in TITLES.values()}  # a wrapped title's first line
    begins = "|".join(re.escape(t) for t in starts)
    in_pdf_tables = re.findall(rf"^\s*(\d+)\s+({begins})\b", text, re.MULTILINE)
    in_pdf_cards = re.findall(rf"^\s*(\d+)\. ({titles})", text, re.MULTILINE)
    assert len(in_pdf_cards) == 2 and len(in_pdf_tables) == 3 * 3  # cards; the plan, by owner, by lever
    assert _numbered([(n, starts[t]) for n, t in in_pdf_tables] + in_pdf_cards) == TITLES
    overdue = "overdue" if lang == "en" else "vencida"
    assert f"({overdue})" in text

    document = docx.Document(
        str(export_workshop(planned_snapshot, pack, "docx", tmp_path / "p.docx", lang=lang))
    )
    rows = [[c.text for c in r.cells] for t in document.tables for r in t.rows[1:]]
    in_docx_tables = [(r[0], r[1]) for r in rows if r[1] in TITLES.values()]
    in_docx_cards = [p.text.split(". ", 1) for p in document.paragraphs if re.match(r"\d+\. ", p.text)]
    assert (
        len(in_docx_tables) == 3 * 4 and len(in_docx_cards) == 2
    )  # plan, details, by owner, by lever; cards
    assert _numbered(in_docx_tables + [tuple(c) for c in in_docx_cards]) == TITLES

    markdown = md_unescape(
        export_workshop(planned_snapshot, pack, "md", tmp_path / "p.md", lang=lang).read_text()
    )
    in_md_tables = re.findall(rf"^\| (\d+) \| ({titles}) \|", markdown, re.MULTILINE)
    in_md_cards = re.findall(rf"^\*\*(\d+)\. ({titles})\*\*", markdown, re.MULTILINE)
    assert len(in_md_tables) == 3 * 4 and len(in_md_cards) == 2
    assert _numbered(in_md_tables + in_md_cards) == TITLES

    csv_rows = csv_tables(export_workshop(planned_snapshot, pack, "csv", tmp_path / "p.zip", lang=lang))
    items = csv_rows["action-items.csv"]
    assert _numbered((r[0], r[1]) for r in items[1:]) == TITLES

    book = openpyxl.load_workbook(
        export_workshop(planned_snapshot, pack, "xlsx", tmp_path / "p.xlsx", lang=lang)
    )
    sheet = book[Labels(lang)("sheet.action_items")]
    header = [c.value for c in sheet[1]]
    assert header[:2] == [items[0][0], items[0][1]]  # the same columns as the CSV: number, title
    assert _numbered((r[0], r[1]) for r in sheet.iter_rows(min_row=2, values_only=True) if r[0]) == TITLES
