"""`plworkshop report`: writes the PDF, honours --anonymous, and exits 0/1/2 as the CLI contract says."""

from __future__ import annotations

import pytest
from report_pdf_text import pdf_text

from plworkshop.cli.main import main


def test_report_writes_a_pdf(filled_workshop, tmp_path, capsys):
    out = tmp_path / "plan.pdf"
    assert main(["report", "Fixture", "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    text = pdf_text(out.read_bytes())
    assert "AnaRuiz" in text and "Okafor" not in text


def test_report_anonymous_with_lang_after_the_command(filled_workshop, tmp_path):
    out = tmp_path / "anon.pdf"
    assert main(["report", filled_workshop.workshop.id, "-o", str(out), "--anonymous", "--lang", "es"]) == 0
    text = pdf_text(out.read_bytes())
    assert "Ruiz" not in text and "ChenWu" not in text and "PatLee" not in text


def test_unknown_workshop_exits_1_with_one_sentence(workshop, tmp_path, capsys):
    assert main(["report", "No such workshop", "-o", str(tmp_path / "x.pdf")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("plworkshop: ") and "Traceback" not in err and err.count("\n") == 1
    assert not (tmp_path / "x.pdf").exists()


def test_unwritable_output_exits_1(workshop, tmp_path, capsys):
    assert main(["report", "Fixture", "-o", str(tmp_path / "missing-folder" / "x.pdf")]) == 1
    assert "Traceback" not in capsys.readouterr().err


def test_not_a_pdf_path_is_wrong_usage(workshop, tmp_path):
    assert main(["report", "Fixture", "-o", str(tmp_path / "x.docx")]) == 2


def test_missing_output_is_wrong_usage(workshop):
    with pytest.raises(SystemExit) as exc:
        main(["report", "Fixture"])
    assert exc.value.code == 2
