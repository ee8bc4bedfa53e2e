"""The rollup workbook and the `plworkshop rollup` command."""

from __future__ import annotations

import io

import openpyxl
import pytest
from statewide_constants import TODAY

from plworkshop.cli.main import main
from plworkshop.reports.rollup import rollup_xlsx
from plworkshop.services.rollup import build_rollup


@pytest.fixture
def workbook(statewide):
    data = rollup_xlsx(build_rollup(statewide.db.uow(), state="Colorado", today=TODAY))
    return openpyxl.load_workbook(io.BytesIO(data))


def _rows(ws):
    return [list(r) for r in ws.iter_rows(values_only=True)]


@pytest.mark.parametrize("any_db_url", ["sqlite"], indirect=True)
def test_heat_map_sheet_colours_numbers_and_fewer_than_5(workbook):
    assert workbook.sheetnames[:3] == ["Summary", "Districts heat map", "Groups heat map"]
    ws = workbook["Districts heat map"]
    rows = _rows(ws)
    header = rows[0]
    assert header[0] == "District" and "Collaborative Leadership" in header
    assert "Balanced Assessments (adapted)" in header  # adapted text is marked wherever shown
    col = header.index("Collaborative Leadership")
    by_district = {r[0]: r for r in rows[1:]}
    assert by_district["Adams"][col] == 1.5
    assert by_district["Pilot"][col] is None  # no number about three people, and no text in a number column
    assert by_district["Statewide"][col] == pytest.approx(44 / 23, abs=1e-3)
    adams_fill = ws.cell(row=2, column=col + 1).fill.fgColor.rgb
    pilot_fill = ws.cell(row=4, column=col + 1).fill.fgColor.rgb
    assert adams_fill.endswith("FCAE61") is False and adams_fill != pilot_fill
    assert ws.cell(row=4, column=col + 1).comment.text == "fewer than 5 people"
    long = _rows(workbook["District placements"])
    pilot = next(r for r in long if r[0] == "Pilot")
    assert pilot[2:9] == [None] * 7  # no number about three people leaks
    assert pilot[-1] == "fewer than 5 people"


@pytest.mark.parametrize("any_db_url", ["sqlite"], indirect=True)
def test_user_text_stays_text(workbook):
    ws = workbook["Top ideas"]
    idea = next(c for row in ws.iter_rows(min_row=2) for c in row if c.column == 8 and c.value)
    assert idea.value.startswith("=HYPERLINK") and idea.data_type == "s" and idea.quotePrefix
    actions = _rows(workbook["Action items"])
    assert actions[1][0] == "Yes" and actions[1][6] == "Fund planning time"


def test_rollup_command_writes_xlsx(statewide, any_db_url, tmp_path, capsys):
    out = tmp_path / "statewide.xlsx"
    assert main(["--database-url", any_db_url, "rollup", "--state", "Colorado", "-o", str(out)]) == 0
    assert "3 workshops" in capsys.readouterr().out
    assert openpyxl.load_workbook(out).sheetnames[0] == "Summary"


@pytest.mark.parametrize("any_db_url", ["sqlite"], indirect=True)
def test_rollup_command_errors(statewide, any_db_url, tmp_path, capsys):
    assert main(["--database-url", any_db_url, "rollup", "-o", str(tmp_path / "x.docx")]) == 2
    assert ".pdf or .xlsx" in capsys.readouterr().err
    assert (
        main(["--database-url", any_db_url, "rollup", "--state", "Utah", "-o", str(tmp_path / "x.pdf")]) == 1
    )
    assert "Utah" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()
