"""The report preview dialog and printing: the PDF's own pages, built in the background."""

from __future__ import annotations

import io

import pypdf
import pytest

pytest.importorskip("PySide6.QtPdf")

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from plworkshop.reports.action_plan import action_plan_pdf
from plworkshop.ui.reports import pdf_printing, report_preview
from plworkshop.ui.reports.report_preview_dialog import ReportPreviewDialog, SaveLocation


@pytest.fixture
def ctx(qapp, db, app_paths, pack):
    from plworkshop.ui.context import UiContext

    return UiContext(db, app_paths, pack)


@pytest.fixture
def pdf(filled_workshop, pack) -> bytes:
    return action_plan_pdf(filled_workshop, pack)


def _pages(data: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(data)).pages)


def _has_ink(dialog: ReportPreviewDialog) -> bool:
    """True once the cover page is painted: dark text pixels inside the page area."""
    image = dialog.view.grab().toImage()
    return any(
        image.pixelColor(x, y).lightness() < 80
        for y in range(60, min(image.height(), 500), 4)
        for x in range(40, image.width() - 40, 4)
    )


def test_dialog_shows_every_page(qtbot, pdf, tmp_path):
    dialog = ReportPreviewDialog(pdf, "Fixture convening")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.page_count == _pages(pdf)
    assert f"{_pages(pdf)} pages" == dialog.pages_label.text()
    qtbot.waitUntil(lambda: _has_ink(dialog), timeout=10_000)  # QPdfView renders pages in the background
    dialog.grab().save(str(tmp_path / "preview.png"))
    assert not dialog.anonymous_box.isEnabled()  # no rebuild function given


def test_print_sends_the_pdf_pages_to_the_printer(qtbot, pdf, tmp_path, monkeypatch):
    out = tmp_path / "printed.pdf"

    def accept(parent, printer):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(72)
        return True

    monkeypatch.setattr(pdf_printing.PrintChooser, "ask", classmethod(lambda cls, p, pr: accept(p, pr)))
    dialog = ReportPreviewDialog(pdf, "Fixture convening")
    qtbot.addWidget(dialog)
    assert dialog.print_pdf() == _pages(pdf)
    assert _pages(out.read_bytes()) == _pages(pdf)


def test_cancelled_print_sends_nothing(qtbot, pdf, monkeypatch):
    monkeypatch.setattr(pdf_printing.PrintChooser, "ask", classmethod(lambda cls, p, pr: False))
    assert pdf_printing.print_pdf_bytes(None, pdf) == 0


def test_save_a_copy(qtbot, pdf, tmp_path, monkeypatch):
    target = tmp_path / "copy.pdf"
    monkeypatch.setattr(SaveLocation, "choose", classmethod(lambda cls, parent, suggested: target))
    dialog = ReportPreviewDialog(pdf, "Fixture convening")
    qtbot.addWidget(dialog)
    assert dialog.save_copy() == target
    assert target.read_bytes() == pdf


def _preview_dialogs() -> list[ReportPreviewDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, ReportPreviewDialog) and w.isVisible()]


def test_preview_report_builds_in_background_and_rebuilds_anonymous(qtbot, ctx, filled_workshop):
    report_preview.preview_report(ctx, None, filled_workshop.workshop.id)
    qtbot.waitUntil(lambda: bool(_preview_dialogs()), timeout=20_000)
    dialog = _preview_dialogs()[0]
    named = dialog.data
    assert b"%PDF" in named[:8]
    dialog.anonymous_box.setChecked(True)
    qtbot.waitUntil(lambda: dialog.data != named and dialog.anonymous_box.isEnabled(), timeout=20_000)
    from report_pdf_text import pdf_text

    assert "Ruiz" not in pdf_text(dialog.data)
    dialog.close()


def test_a_pdf_prepared_on_a_worker_thread_is_shown_without_reloading(qtbot, pdf):
    import threading

    prepared = {}
    worker = threading.Thread(target=lambda: prepared.update(document=pdf_printing.prepared_pdf(pdf)))
    worker.start()
    worker.join(30)
    document = prepared["document"]
    assert document.thread() is QApplication.instance().thread()  # handed over to the GUI thread
    assert document.pageCount() == _pages(pdf)
    dialog = ReportPreviewDialog(pdf, "Fixture convening", document=document)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.document is document and document.parent() is dialog
    assert dialog.page_count == _pages(pdf)
    qtbot.waitUntil(lambda: _has_ink(dialog), timeout=10_000)


def test_full_record_ideas_per_question_and_paper_rebuild_by_keyboard(qtbot, pdf):
    asked = []
    dialog = ReportPreviewDialog(
        pdf,
        "Fixture convening",
        paper="letter",
        rebuild=lambda anonymous, lang: asked.append((dialog.full, dialog.top_ideas, dialog.paper)),
    )
    qtbot.addWidget(dialog)
    dialog.resize(1024, 768)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.top_box.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(QApplication.focusWidget(), "a", modifier=Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(QApplication.focusWidget(), "3")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert asked == [(False, 3, "letter")] and not dialog.paper_box.isEnabled()  # until the PDF is back
    dialog.show_pdf(pdf)
    dialog.paper_box.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert asked[-1] == (False, 3, "a4")
    dialog.show_pdf(pdf)
    dialog.full_box.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert asked[-1] == (True, 3, "a4")
    dialog.show_pdf(pdf)
    assert dialog.full_box.isEnabled() and not dialog.top_box.isEnabled()  # no N in the full record
