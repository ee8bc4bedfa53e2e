"""ReportPreviewDialog: the action-plan PDF in a QPdfView, with Print, Save a copy, anonymous and language."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QFileDialog, QLabel, QMessageBox, QToolBar,
                               QVBoxLayout, QWidget)

from plworkshop.ui.i18n import LANGUAGES, current_language, translate
from plworkshop.ui.reports.pdf_printing import load_pdf, print_pdf_bytes


class SaveLocation:
    """Seam: where to save a copy of the PDF (tests replace `choose`)."""

    @classmethod
    def choose(cls, parent: QWidget | None, suggested: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(parent, translate("ReportPreviewDialog", "Save the action plan"),
                                              suggested, translate("ReportPreviewDialog", "PDF files (*.pdf)"))
        return Path(path) if path else None


class ReportPreviewDialog(QDialog):
    """Shows PDF bytes; `rebuild(anonymous, lang)` is called when the anonymous box or the language changes.

    The language starts as the interface language (or `lang`); without `rebuild` both choices are fixed.
    """

    def __init__(self, data: bytes, title: str, *, anonymous: bool = False, lang: str | None = None,
                 rebuild: Callable[[bool, str], None] | None = None, parent: QWidget | None = None,
                 document: QPdfDocument | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ReportPreviewDialog", "Action plan — {title}").format(title=title))
        self.setAccessibleName(translate("ReportPreviewDialog", "Action plan preview"))
        self.resize(920, 1000)
        self.title = title
        self.data = b""
        self.document = None
        self._rebuild = rebuild
        self.view = QPdfView(self)
        self.view.setAccessibleName(translate("ReportPreviewDialog", "Pages of the action plan"))
        self.view.setAccessibleDescription(translate("ReportPreviewDialog",
                                                     "The PDF as it will print; the PDF itself carries real text "
                                                     "for screen readers."))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        bar = QToolBar(self)
        bar.setAccessibleName(translate("ReportPreviewDialog", "Preview tools"))
        self.print_action = QAction(translate("ReportPreviewDialog", "Print…"), self,
                                    shortcut=QKeySequence.StandardKey.Print, triggered=self.print_pdf)
        self.save_action = QAction(translate("ReportPreviewDialog", "Save a copy…"), self,
                                   shortcut=QKeySequence.StandardKey.Save, triggered=self.save_copy)
        bar.addAction(self.print_action)
        bar.addAction(self.save_action)
        bar.addSeparator()
        bar.addAction(QAction(translate("ReportPreviewDialog", "Zoom in"), self,
                              shortcut=QKeySequence.StandardKey.ZoomIn, triggered=lambda: self._zoom(1.25)))
        bar.addAction(QAction(translate("ReportPreviewDialog", "Zoom out"), self,
                              shortcut=QKeySequence.StandardKey.ZoomOut, triggered=lambda: self._zoom(0.8)))
        bar.addAction(QAction(translate("ReportPreviewDialog", "Fit width"), self, triggered=self._fit_width))
        bar.addSeparator()
        # short labels: the Spanish toolbar must fit the dialog's width with the page count showing
        self.anonymous_box = QCheckBox(translate("ReportPreviewDialog", "Anonymous edition"), self)
        self.anonymous_box.setAccessibleName(translate("ReportPreviewDialog", "Anonymous edition"))
        anonymous_help = translate("ReportPreviewDialog", "Rebuilds the report naming nobody; input is attributed "
                                                          "to stakeholder groups.")
        self.anonymous_box.setAccessibleDescription(anonymous_help)
        self.anonymous_box.setToolTip(anonymous_help)
        self.anonymous_box.setChecked(anonymous)
        self.anonymous_box.setEnabled(rebuild is not None)
        self.anonymous_box.toggled.connect(self._choice_changed)
        bar.addWidget(self.anonymous_box)
        bar.addSeparator()
        self.lang_label = QLabel(translate("ReportPreviewDialog", "Language:"), self)
        self.lang_box = QComboBox(self)
        for code, name in LANGUAGES.items():
            self.lang_box.addItem(name, code)
        self.lang_box.setCurrentIndex(max(0, self.lang_box.findData(lang or current_language())))
        self.lang_label.setBuddy(self.lang_box)
        self.lang_box.setAccessibleName(translate("ReportPreviewDialog", "Report language"))
        self.lang_box.setAccessibleDescription(translate(
            "ReportPreviewDialog", "The language of the report's headings and labels; the people's own words "
                                   "are printed as they were written."))
        self.lang_box.setEnabled(rebuild is not None)
        self.lang_box.currentIndexChanged.connect(self._choice_changed)
        bar.addWidget(self.lang_label)
        bar.addWidget(self.lang_box)
        self.pages_label = QLabel(self)
        bar.addSeparator()
        bar.addWidget(self.pages_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(bar)
        layout.addWidget(self.view)
        self.show_pdf(data, document)

    def show_pdf(self, data: bytes, document: QPdfDocument | None = None) -> None:
        """Replace the document shown (after a rebuild). `document`, when given, is `data` already
        loaded off the GUI thread (`pdf_printing.prepared_pdf`)."""
        old = self.document
        self.data = data
        if document is not None:
            document.setParent(self)
            self.document = document
        else:
            self.document = load_pdf(data, self)
        self.view.setDocument(self.document)
        self.pages_label.setText(translate("ReportPreviewDialog", "{n} pages").format(n=self.document.pageCount()))
        self.anonymous_box.setEnabled(self._rebuild is not None)
        self.lang_box.setEnabled(self._rebuild is not None)
        if old is not None:
            old.close()
            old.deleteLater()

    @property
    def page_count(self) -> int:
        return self.document.pageCount() if self.document else 0

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, self.view.zoomFactor() * factor)))

    def _fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    @property
    def lang(self) -> str:
        return self.lang_box.currentData()

    def _choice_changed(self, *_ignored) -> None:
        if self._rebuild is not None:
            self.anonymous_box.setEnabled(False)  # until the rebuilt PDF arrives
            self.lang_box.setEnabled(False)
            self._rebuild(self.anonymous_box.isChecked(), self.lang)

    def print_pdf(self) -> int:
        return print_pdf_bytes(self, self.data)

    def save_copy(self) -> Path | None:
        suggested = "".join(c if c.isalnum() or c in " -_" else "_" for c in self.title).strip() or "action-plan"
        path = SaveLocation.choose(self, f"{suggested}.pdf")
        if path is None:
            return None
        from plworkshop.domain.errors import OutputRefused
        from plworkshop.output_files import write_bytes_atomically

        try:
            write_bytes_atomically(path, self.data)
        except OutputRefused as exc:
            QMessageBox.warning(self, "plworkshop", str(exc))
            return None
        except OSError as exc:
            QMessageBox.warning(self, "plworkshop", translate("ReportPreviewDialog", "The PDF could not be saved: "
                                                              "{reason}.").format(reason=exc.strerror or exc))
            return None
        return path
