"""The rollup workbook as a spreadsheet user meets it: labels, numbers that sum, print setup, Spanish."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess

import openpyxl
import pytest
from statewide_constants import TODAY

from plworkshop.cli.main import main
from plworkshop.reports.rollup import rollup_xlsx
from plworkshop.services.rollup import build_rollup

pytestmark = pytest.mark.parametrize("any_db_url", ["sqlite"], indirect=True)


def _book(statewide, lang="en"):
    data = rollup_xlsx(build_rollup(statewide.db.uow(), state="Colorado", today=TODAY), lang=lang)
    return openpyxl.load_workbook(io.BytesIO(data))


def _table(ws):
    """The sheet's rows as dicts by heading, down to the first empty row (notes follow it)."""
    rows = ws.iter_rows(values_only=True)
    head = next(rows)
    table = []
    for row in rows:
        if all(v is None for v in row):
            break
        table.append(dict(zip(head, row)))
    return head, table


def test_vocabularies_are_labels_not_keys(statewide):
    book = _book(statewide)
    _, actions = _table(book["Action items"])
    assert {a["Status"] for a in actions} == {"Planned", "In progress", "Done"}
    assert {a["Priority"] for a in actions} == {"Medium"}
    assert {a["Policy lever"] for a in actions} == {"Communication", "Funding", None}
    head, ideas = _table(book["Top ideas"])
    assert ideas[0]["Stage"] == 1 and ideas[0]["Stage name"] == "Exploration"
    assert "Teachers and their unions" in {i["Stakeholder group"] for i in ideas}
    head, _ = _table(book["District placements"])
    assert "People at stage 3: Statewide Transformation" in head
    heat = [r[0] for r in book["Groups heat map"].iter_rows(values_only=True)]
    assert "Families" in heat and "families" not in heat


def test_a_number_column_holds_only_numbers_or_nothing(statewide):
    book = _book(statewide)
    checked = 0
    for ws in book.worksheets[1:]:  # the Summary is a list of facts, one per row
        head, rows = _table(ws)
        for column in head:
            values = [r[column] for r in rows if r[column] is not None]
            if any(isinstance(v, (int, float)) for v in values):
                assert all(isinstance(v, (int, float)) for v in values), (ws.title, column, values)
                checked += 1
            if any(isinstance(v, dt.datetime) for v in values):
                assert all(isinstance(v, dt.datetime) for v in values), (ws.title, column)
    assert checked >= 15
    _, placements = _table(book["District placements"])
    pilot = next(r for r in placements if r["District"] == "Pilot")
    assert pilot["People"] is None and pilot["Mean stage"] is None
    assert pilot["Numbers withheld"] == "fewer than 5 people"
    adams = next(r for r in placements if r["District"] == "Adams" and r["People"])
    assert adams["People at stage 1: Exploration"] is None  # two people: withheld, said beside it
    assert adams["Numbers withheld"] == "stages chosen by fewer than 5 people: 0, 1, 2, 3"
    notes = [r[0] for r in book["Districts heat map"].iter_rows(values_only=True) if r[0]]
    assert any("A grey empty cell: fewer than 5 people" in n for n in notes)


def test_every_sheet_prints_landscape_one_page_wide_with_titles_and_page_numbers(statewide):
    book = _book(statewide)
    assert len(book.worksheets) == 10
    for ws in book.worksheets:
        assert ws.page_setup.orientation == "landscape", ws.title
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0, ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert ws.print_title_rows == "$1:$1", ws.title
        assert ws.oddFooter.center.text == "Page &P of &N", ws.title
        assert ws.oddHeader.left.text == "Statewide rollup · Colorado: 3 workshops", ws.title


def test_spanish_workbook(statewide):
    book = _book(statewide, "es")
    assert book.sheetnames == [
        "Resumen",
        "Mapa de calor por distrito",
        "Mapa de calor por grupo",
        "Ubicaciones por distrito",
        "Ubicaciones por grupo",
        "Desacuerdos",
        "Ideas más votadas",
        "Acciones",
        "Responsables",
        "Talleres",
    ]
    head, actions = _table(book["Acciones"])
    assert head[:6] == (
        "Vencida",
        "Responsable",
        "Palanca de política",
        "Fecha límite",
        "Estado",
        "Prioridad",
    )
    assert {a["Estado"] for a in actions} == {"Planificada", "En curso", "Completada"}
    assert {a["Prioridad"] for a in actions} == {"Media"}
    assert {a["Palanca de política"] for a in actions} == {"Financiamiento", "Comunicación", None}
    assert actions[0]["Vencida"] == "Sí"
    _, placements = _table(book["Ubicaciones por distrito"])
    pilot = next(r for r in placements if r["Distrito"] == "Pilot")
    assert pilot["Cifras reservadas"] == "menos de 5 personas" and pilot["Personas"] is None
    _, ideas = _table(book["Ideas más votadas"])
    assert ideas[0]["Nombre de la etapa"] == "Exploración"
    ws = book["Mapa de calor por grupo"]
    assert ws["A1"].value == "Grupo de interés"
    assert ws.oddFooter.center.text == "Página &P de &N"
    assert book["Resumen"]["A2"].value == "Alcance" and book["Resumen"]["B2"].value == "Colorado: 3 talleres"


def test_the_command_line_honours_lang(statewide, any_db_url, tmp_path):
    out = tmp_path / "estatal.xlsx"
    assert (
        main(["--database-url", any_db_url, "--lang", "es", "rollup", "--state", "Colorado", "-o", str(out)])
        == 0
    )
    assert openpyxl.load_workbook(out).sheetnames[0] == "Resumen"


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is not installed")
def test_libreoffice_prints_it_one_page_wide_with_page_numbers(statewide, tmp_path):
    """LibreOffice (as a user's office suite) opens the workbook and prints it: every sheet fits one page
    wide, so the Action items sheet's ten columns come out on one landscape page, numbered."""
    source = tmp_path / "rollup.xlsx"
    source.write_bytes(rollup_xlsx(build_rollup(statewide.db.uow(), state="Colorado", today=TODAY)))
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(source)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    pdf = tmp_path / "rollup.pdf"
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert pages == 10  # one per sheet: nothing spills onto a page of its own
    size = next(line for line in info.splitlines() if line.startswith("Page size:")).split()
    assert float(size[2]) > float(size[4])  # wider than tall
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Page 1 of 11" in text or "Page 1 of 1" in text
    assert "Fund planning time" in text and "In progress" in text and "Medium" in text
