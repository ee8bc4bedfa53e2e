"""Themes, the parking lot and the agenda in the XLSX, CSV, DOCX and Markdown exports."""

from __future__ import annotations

import csv
import io
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "action_plan"))
from facilitation_fixture import build

from plworkshop.framework.loader import load_default_pack
from plworkshop.reports.exports import export_workshop
from plworkshop.services import workshops


def _export(db, wid, fmt, path, **kw):
    return export_workshop(workshops.snapshot(db.uow(), wid), load_default_pack(), fmt, path, **kw)


def test_xlsx_has_themes_parking_lot_and_agenda_sheets(db, workshop, tmp_path):
    from openpyxl import load_workbook

    book = load_workbook(_export(db, build(db, workshop), "xlsx", tmp_path / "x.xlsx"))
    themes = [[c.value for c in row] for row in book["Themes"].iter_rows()]
    assert themes[0] == ["Condition", "Themes", "Votes", "Ideas", "Response"]
    assert themes[1][:4] == ["Collaborative Leadership", "Share the power", 4, 2]
    assert "Union release time for [name withheld]" in themes[1][4]
    parked = [[c.value for c in row] for row in book["Parking lot"].iter_rows()]
    assert [r[0] for r in parked[1:]] == ["Broadband in the valley", "Ask Ana Ruiz about transport"]
    assert parked[1][1] == "Teachers and their unions" and parked[2][1] == "Ana Ruiz (Families)"
    agenda = [[c.value for c in row] for row in book["Agenda"].iter_rows()]
    assert agenda[1] == ["09:00", "09:15", "Welcome", "Welcome", 15]


def test_csv_zip_holds_the_three_tables(db, workshop, tmp_path):
    path = _export(db, build(db, workshop), "csv", tmp_path / "plan.zip", anonymous=True)
    with zipfile.ZipFile(path) as archive:
        parked = list(csv.reader(io.StringIO(archive.read("parking-lot.csv").decode("utf-8-sig"))))
        agenda = archive.read("agenda.csv").decode("utf-8-sig")
    assert parked[2][:2] == ["Ask [name withheld] about transport", "Families"]
    assert "Gallery report-out" in agenda


def test_markdown_and_docx_print_the_parts(db, workshop, tmp_path):
    import docx

    wid = build(db, workshop)
    md = _export(db, wid, "md", tmp_path / "plan.md").read_text(encoding="utf-8")
    assert "### Themes" in md and "**Share the power** — 4 votes" in md
    assert "## Parking lot" in md and "- Broadband in the valley" in md
    assert "| 10:00 | 10:40 | Lunch | Lunch | 40 min |" in md
    assert "Withdrawn aside" not in md and "Ben Okafor" not in md
    document = docx.Document(str(_export(db, wid, "docx", tmp_path / "plan.docx")))
    texts = [p.text for p in document.paragraphs]
    assert "Themes" in texts and "Parking lot" in texts and "Agenda" in texts
    assert any(t.startswith("Share the power") for t in texts)
    cells = [c.text for table in document.tables for row in table.rows for c in row.cells]
    assert "Gallery report-out" in cells
