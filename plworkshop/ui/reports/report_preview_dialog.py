"""ReportPreviewDialog: the action-plan PDF in a QPdfView, with Print, Save a copy, anonymous and language."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QSpinBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from plworkshop.ui.i18n import LANGUAGES, current_language, translate
from plworkshop.ui.reports.pdf_printing import load_pdf, print_pdf_bytes


class SaveLocation:
    """Seam: where to save a copy of the PDF (tests replace `choose`)."""

    @classmethod
    def choose(cls, parent: QWidget | None, suggested: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            parent,
            translate("ReportPreviewDialog", "Save the action plan"),
            suggested,
            translate("ReportPreviewDialog", "PDF files (*.pdf)"),
        )
        return Path(path) if path else None


class ReportPreviewDialog(QDialog):
    """Shows PDF bytes; `rebuild(anonymous, lang)` is called when any choice changes (anonymous, language,
    full record, ideas per question, paper; the last three are read from `full`, `top_ideas`, `paper`).

    The language starts as the interface language (or `lang`); without `rebuild` every choice is fixed.
    """

    def __init__(
        self,
        data: bytes,
        title: str,
        *,
        anonymous: bool = False,
        lang: str | None = None,
        rebuild: Callable[[bool, str], None] | None = None,
        parent: QWidget | None = None,
        document: QPdfDocument | None = None,
        full: bool = False,
        top_ideas: int = 5,
        paper: str = "letter",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ReportPreviewDialog", "Action plan — {title}").format(title=title))
        self.setAccessibleName(translate("ReportPreviewDialog", "Action plan preview"))
        screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        area = screen.availableGeometry() if screen is not None else None
        # as tall as a page reads well, but never taller than the screen (a 768-pixel laptop)
        self.resize(
            min(920, area.width() - 40) if area else 920, min(1000, area.height() - 60) if area else 1000
        )
        self.title = title
        self.data = b""
        self.document = None
        self._rebuild = rebuild
        self.view = QPdfView(self)
        self.view.setAccessibleName(translate("ReportPreviewDialog", "Pages of the action plan"))
        self.view.setAccessibleDescription(
            translate(
                "ReportPreviewDialog",
                "The PDF as it will print; the PDF itself carries real text for screen readers.",
            )
        )
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        bar = QToolBar(self)
        bar.setAccessibleName(translate("ReportPreviewDialog", "Preview tools"))
        self.print_action = QAction(
            translate("ReportPreviewDialog", "Print…"),
            self,
            shortcut=QKeySequence.StandardKey.Print,
            triggered=self.print_pdf,
        )
        self.save_action = QAction(
            translate("ReportPreviewDialog", "Save a copy…"),
            self,
            shortcut=QKeySequence.StandardKey.Save,
            triggered=self.save_copy,
        )
        bar.addAction(self.print_action)
        bar.addAction(self.save_action)
        bar.addSeparator()
        bar.addAction(
            QAction(
                translate("ReportPreviewDialog", "Zoom in"),
                self,
                shortcut=QKeySequence.StandardKey.ZoomIn,
                triggered=lambda: self._zoom(1.25),
            )
        )
        bar.addAction(
            QAction(
                translate("ReportPreviewDialog", "Zoom out"),
                self,
                shortcut=QKeySequence.StandardKey.ZoomOut,
                triggered=lambda: self._zoom(0.8),
            )
        )
        bar.addAction(QAction(translate("ReportPreviewDialog", "Fit width"), self, triggered=self._fit_width))
        bar.addSeparator()
        # short labels: the Spanish toolbar must fit the dialog's width with the page count showing
        self.anonymous_box = QCheckBox(translate("ReportPreviewDialog", "Anonymous edition"), self)
        self.anonymous_box.setAccessibleName(translate("ReportPreviewDialog", "Anonymous edition"))
        anonymous_help = translate(
            "ReportPreviewDialog",
            "Rebuilds the report naming nobody; input is attributed to stakeholder groups.",
        )
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
        self.lang_box.setAccessibleDescription(
            translate(
                "ReportPreviewDialog",
                "The language of the report's headings and labels; the people's own words "
                "are printed as they were written.",
            )
        )
        self.lang_box.setEnabled(rebuild is not None)
        self.lang_box.currentIndexChanged.connect(self._choice_changed)
        bar.addWidget(self.lang_label)
        bar.addWidget(self.lang_box)
        self.pages_label = QLabel(self)
        bar.addSeparator()
        bar.addWidget(self.pages_label)
        edition = self._edition_bar(full, top_ideas, paper)
        self.setTabOrder(self.lang_box, self.full_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(bar)
        layout.addWidget(edition)
        layout.addWidget(self.view)
        self.show_pdf(data, document)

    def _edition_bar(self, full: bool, top_ideas: int, paper: str) -> QToolBar:
        """Second row: the summary edition's ideas per question or the full record, and the paper."""
        bar = QToolBar(self)
        bar.setAccessibleName(translate("ReportPreviewDialog", "Edition and paper"))
        self.full_box = QCheckBox(translate("ReportPreviewDialog", "Full record"), self)
        full_help = translate(
            "ReportPreviewDialog",
            "Every input of every question; otherwise the summary edition "
            "prints the most-voted ideas of each question.",
        )
        self.full_box.setAccessibleName(translate("ReportPreviewDialog", "Full record"))
        self.full_box.setAccessibleDescription(full_help)
        self.full_box.setToolTip(full_help)
        self.full_box.setChecked(full)
        self.top_label = QLabel(translate("ReportPreviewDialog", "Ideas per question:"), self)
        self.top_box = QSpinBox(self)
        self.top_box.setRange(1, 50)
        self.top_box.setValue(top_ideas)
        self.top_box.setKeyboardTracking(False)  # rebuild once the number is typed, not per digit
        self.top_box.setAccessibleName(translate("ReportPreviewDialog", "Ideas per question"))
        self.top_label.setBuddy(self.top_box)
        self.top_box.setEnabled(not full)
        self.paper_label = QLabel(translate("ReportPreviewDialog", "Paper:"), self)
        self.paper_box = QComboBox(self)
        self.paper_box.addItem(translate("ReportPreviewDialog", "Letter"), "letter")
        self.paper_box.addItem("A4", "a4")
        self.paper_box.setCurrentIndex(max(0, self.paper_box.findData(paper)))
        self.paper_box.setAccessibleName(translate("ReportPreviewDialog", "Paper size"))
        self.paper_label.setBuddy(self.paper_box)
        for widget in (self.full_box, self.top_label, self.top_box, self.paper_label, self.paper_box):
            bar.addWidget(widget)
        bar.insertSeparator(bar.actions()[3])
        self.full_box.toggled.connect(self._choice_changed)
        self.top_box.valueChanged.connect(self._choice_changed)
        self.paper_box.currentIndexChanged.connect(self._choice_changed)
        return bar

    def _choices(self) -> tuple:
        return (self.anonymous_box, self.lang_box, self.full_box, self.top_box, self.paper_box)

    @property
    def full(self) -> bool:
        return self.full_box.isChecked()

    @property
    def top_ideas(self) -> int:
        return self.top_box.value()

    @property
    def paper(self) -> str:
        return self.paper_box.currentData()

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
        self.pages_label.setText(
            translate("ReportPreviewDialog", "{n} pages").format(n=self.document.pageCount())
        )
        self.enable_choices()
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

    def enable_choices(self) -> None:
        """The choices can be changed (again): a rebuilt PDF arrived, or the rebuild failed."""
        for widget in self._choices():
            widget.setEnabled(self._rebuild is not None)
        self.top_box.setEnabled(self._rebuild is not None and not self.full)

    def _choice_changed(self, *_ignored) -> None:
        if self._rebuild is not None:
            for widget in self._choices():  # until the rebuilt PDF arrives
                widget.setEnabled(False)
            self._rebuild(self.anonymous_box.isChecked(), self.lang)

    def print_pdf(self) -> int:
        return print_pdf_bytes(self, self.data)

    def save_copy(self) -> Path | None:
        suggested = (
            "".join(c if c.isalnum() or c in " -_" else "_" for c in self.title).strip() or "action-plan"
        )
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
            QMessageBox.warning(
                self,
                "plworkshop",
                translate("ReportPreviewDialog", "The PDF could not be saved: {reason}.").format(
                    reason=exc.strerror or exc
                ),
            )
            return None
        return path
