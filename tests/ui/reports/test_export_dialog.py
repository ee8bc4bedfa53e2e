"""The Export… dialog: choosing a format and file, and the export running in the background."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from plworkshop.ui.reports import export_dialog as ed


@pytest.fixture
def dialog(qtbot, tmp_path):
    widget = ed.ExportDialog(None, "Fixture <convening>", tmp_path)
    qtbot.addWidget(widget)
    return widget


def test_format_sets_the_suffix_and_bundles_cannot_be_anonymous(dialog, tmp_path):
    assert dialog.path_edit.text() == str(tmp_path / "Fixture-convening.xlsx")
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("docx"))
    assert dialog.path_edit.text().endswith("Fixture-convening.docx")
    dialog.anonymous_box.setChecked(True)
    assert dialog.choice() == ed.ExportChoice("docx", tmp_path / "Fixture-convening.docx", True, "en")
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("bundle"))
    assert not dialog.anonymous_box.isEnabled()
    assert dialog.choice().anonymous is False and dialog.choice().path.suffix == ".plw"
    dialog.path_edit.setText("")
    assert not dialog.export_button.isEnabled()


def test_browse_uses_the_save_dialog_and_adds_the_suffix(dialog, tmp_path, monkeypatch):
    monkeypatch.setattr(ed.SaveLocation, "choose", classmethod(lambda cls, *a: tmp_path / "mine"))
    dialog.format_box.setCurrentIndex(dialog.format_box.findData("md"))
    dialog.browse_button.click()
    assert dialog.path_edit.text() == str(tmp_path / "mine.md")


def test_file_stem_keeps_any_script():
    assert ed.file_stem("Taller: Educación / 2027") == "Taller-Educación-2027"
    assert ed.file_stem("中文 工作坊") == "中文-工作坊"
    assert ed.file_stem("***") == "workshop"


def _run(qtbot, export_ctx, monkeypatch, rich, choice):
    done, failed = [], []
    monkeypatch.setattr(ed.ExportDialog, "ask", classmethod(lambda cls, *a, **k: choice))
    monkeypatch.setattr(ed.ExportNotice, "done", classmethod(lambda cls, parent, path: done.append(path)))
    monkeypatch.setattr(export_ctx, "report_error", lambda parent, exc: failed.append(exc))
    ed.export_workshop_dialog(export_ctx, None, rich[0])
    qtbot.waitUntil(lambda: bool(done or failed), timeout=15_000)
    return done, failed


def test_export_runs_in_the_background_and_reports_success(qtbot, export_ctx, monkeypatch, rich, tmp_path):
    target = tmp_path / "plan.xlsx"
    done, failed = _run(qtbot, export_ctx, monkeypatch, rich, ed.ExportChoice("xlsx", target, anonymous=True))
    assert failed == [] and done == [target]
    book = openpyxl.load_workbook(target)
    assert book.sheetnames[0] == "Action items"
    names = [r[0].value for r in book["Participants"].iter_rows(min_row=2)]
    assert set(names) == {"(not named)"}
    assert export_ctx.settings.value("exports/format") == "xlsx"
    assert Path(export_ctx.settings.value("exports/folder")) == tmp_path


def test_a_failed_export_is_reported(qtbot, export_ctx, monkeypatch, rich, tmp_path):
    done, failed = _run(
        qtbot, export_ctx, monkeypatch, rich, ed.ExportChoice("docx", tmp_path / "missing" / "plan.docx")
    )
    assert done == [] and "does not exist" in str(failed[0])


def test_bundle_export(qtbot, export_ctx, monkeypatch, rich, tmp_path):
    pytest.importorskip("plworkshop.services.bundles")
    target = tmp_path / "w.plw"
    done, failed = _run(qtbot, export_ctx, monkeypatch, rich, ed.ExportChoice("bundle", target))
    assert failed == [] and done == [target] and target.stat().st_size > 0


def test_existing_file_is_replaced_only_when_confirmed(qtbot, export_ctx, monkeypatch, rich, tmp_path):
    target = tmp_path / "plan.md"
    target.write_text("keep me")
    monkeypatch.setattr(
        ed.ExportDialog, "ask", classmethod(lambda cls, *a, **k: ed.ExportChoice("md", target))
    )
    monkeypatch.setattr(ed.ExportNotice, "confirm_replace", classmethod(lambda cls, parent, path: False))
    assert ed.export_workshop_dialog(export_ctx, None, rich[0]) is None
    assert target.read_text() == "keep me"


def test_dialog_looks_right(dialog, qtbot, tmp_path):
    dialog.show()
    qtbot.waitExposed(dialog)
    image = dialog.grab()
    assert image.width() >= 560
    image.save(str(tmp_path / "export-dialog.png"))
