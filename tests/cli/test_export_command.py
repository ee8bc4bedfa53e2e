"""`plworkshop export`: every format through the command line, and its exit codes."""

from __future__ import annotations

import pytest
from export_readers import any_text

from plworkshop.cli.main import main

FILES = {"xlsx": "p.xlsx", "docx": "p.docx", "csv": "p.zip", "md": "p.md"}


@pytest.fixture
def ref(rich):
    return rich[0]


@pytest.mark.parametrize("fmt", sorted(FILES))
def test_export_each_format(ref, tmp_path, capsys, fmt):
    target = tmp_path / FILES[fmt]
    assert main(["export", ref, "--format", fmt, "-o", str(target)]) == 0
    assert capsys.readouterr().out.strip() == str(target)
    text = any_text(target, fmt)
    assert "Convene a family advisory council" in text and "Okafor" not in text


@pytest.mark.parametrize("fmt", sorted(FILES))
def test_export_anonymous_by_title_prefix(rich, tmp_path, fmt):
    target = tmp_path / FILES[fmt]
    assert main(["export", "fixture conv", "--format", fmt, "-o", str(target), "--anonymous"]) == 0
    text = any_text(target, fmt)
    assert "Ana Ruiz" not in text and "Chen Wu" not in text and "Families need a seat" in text


def test_csv_to_a_folder_and_lang_after_the_command(ref, tmp_path):
    target = tmp_path / "tables"
    assert main(["export", ref, "--format", "csv", "-o", str(target), "--lang", "es"]) == 0
    assert (target / "action-items.csv").read_text(encoding="utf-8-sig").startswith("N.º,Título,")


def test_global_lang_is_kept(ref, tmp_path):
    target = tmp_path / "p.md"
    assert main(["--lang", "es", "export", ref, "--format", "md", "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8").startswith("# Plan de acción:")


@pytest.mark.parametrize("fmt, name", [("bundle", "w.plw"), ("json", "w.json")])
def test_bundle_formats(ref, tmp_path, fmt, name):
    pytest.importorskip("plworkshop.services.bundles")
    target = tmp_path / name
    assert main(["export", ref, "--format", fmt, "-o", str(target)]) == 0
    assert target.stat().st_size > 0


def test_unknown_workshop_is_exit_1(workshop, tmp_path, capsys):
    assert main(["export", "no such workshop", "--format", "md", "-o", str(tmp_path / "x.md")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("plworkshop: No workshop") and "Traceback" not in err
    assert not (tmp_path / "x.md").exists()


def test_missing_folder_is_exit_1(ref, tmp_path, capsys):
    assert main(["export", ref, "--format", "xlsx", "-o", str(tmp_path / "nope" / "x.xlsx")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_wrong_usage_is_exit_2(ref, tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["export", ref, "--format", "pdf", "-o", str(tmp_path / "x")])
    assert exit_info.value.code == 2
    with pytest.raises(SystemExit) as exit_info:
        main(["export", ref, "--format", "md"])
    assert exit_info.value.code == 2
    assert main(["export", ref, "--format", "bundle", "--anonymous", "-o", str(tmp_path / "x.plw")]) == 2
    assert "--anonymous" in capsys.readouterr().err


def test_no_partial_file_is_left_on_failure(ref, tmp_path, monkeypatch):
    from plworkshop.reports.exports import xlsx_export

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(xlsx_export, "write_xlsx", broken)
    assert main(["export", ref, "--format", "xlsx", "-o", str(tmp_path / "x.xlsx")]) == 1
    assert list(tmp_path.glob("*.xlsx")) == [] and list(tmp_path.glob(".plworkshop-export-*")) == []
