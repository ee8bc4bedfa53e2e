"""The rollup PDF: heat maps, small-group safety, disagreements, ideas and overdue actions, as text."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from statewide_constants import TODAY

from plworkshop.cli.main import main
from plworkshop.reports.rollup import rollup_pdf
from plworkshop.services.rollup import build_rollup


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.mark.parametrize("any_db_url", ["sqlite"], indirect=True)
def test_pdf_shows_heat_maps_and_keeps_small_groups_hidden(statewide):
    data = rollup_pdf(build_rollup(statewide.db.uow(), state="Colorado", today=TODAY))
    text = " ".join(_text(data).split())
    for heading in (
        "Where each district placed the state",
        "Where each stakeholder group placed the state",
        "Where stakeholder groups disagree most",
        "Most-voted ideas by strategic question",
        "Action items across districts",
    ):
        assert heading in text
    assert "1.5 ± 1.2" in text and "n = 10" in text  # Adams: mean and spread
    assert "fewer than 5" in text  # the pilot of three
    assert "n = 3" not in text
    assert "Minority view: Families" in text
    assert '=HYPERLINK("http://x") <b>Shared</b> planning time' in text  # user text printed as typed
    assert "Bent · Teachers and their unions" in text
    assert "OVERDUE" in text and "Withdrawn idea" not in text and "Texas idea" not in text
    assert "(adapted)" in text


def test_rollup_command_writes_the_pdf(statewide, any_db_url, tmp_path, capsys):
    pdf = tmp_path / "statewide.pdf"
    assert main(["--database-url", any_db_url, "rollup", "Bent", "Adams", "-o", str(pdf)]) == 0
    assert "2 workshops" in capsys.readouterr().out
    assert "Bent" in _text(pdf.read_bytes())


@pytest.mark.parametrize("any_db_url", ["sqlite"], indirect=True)
def test_rollup_command_writes_the_pdf_in_spanish_on_a4(statewide, any_db_url, tmp_path):
    import subprocess

    pdf = tmp_path / "estatal.pdf"
    assert (
        main(
            [
                "--lang",
                "es",
                "--database-url",
                any_db_url,
                "rollup",
                "--state",
                "Colorado",
                "--paper",
                "a4",
                "-o",
                str(pdf),
            ]
        )
        == 0
    )
    text = " ".join(_text(pdf.read_bytes()).split())
    for heading in (
        "Dónde ubicó al estado cada distrito",
        "Dónde más discrepan los grupos de interés",
        "Ideas más votadas por pregunta estratégica",
        "Acciones en todos los distritos",
        "Todo el estado",
        "menos de 5",
        "Opinión minoritaria:",
        "(adaptada)",
    ):
        assert heading in text, heading
    for english in ("Where each district", "Statewide", "fewer than 5", "Minority view", "Page "):
        assert english not in text, english
    assert "1,5 ± 1,2" in text  # Adams, with the decimal comma
    assert "Página 2 de" in text
    assert "(A4)" in subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
