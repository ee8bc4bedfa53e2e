"""ReportPreviewDialog: the action-plan PDF in a QPdfView, with Print, Save a copy and an anonymous toggle."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QCheckBox, QDialog, QFileDialog, QLabel, QMessageBox, QToolBar, QVBoxLayout, QWidget

from plworkshop.ui.reports.pdf_printing import load_pdf, print_pdf_bytes


class SaveLocation:
    """Seam: where to save a copy of the PDF (tests replace `choose`)."""

    @classmethod
    def choose(cls, parent: QWidget | None, suggested: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(parent, "Save the action plan", suggested, "PDF files (*.pdf)")
        return Path(path) if path else None


class ReportPreviewDialog(QDialog):
    """Shows PDF bytes; `rebuild(anonymous)` is called when the anonymous box changes."""

    def __init__(self, data: bytes, title: str, *, anonymous: bool = False,
                 rebuild: Callable[[bool], None] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Action plan — {title}")
        self.resize(920, 1000)
        self.title = title
        self.data = b""
        self.document = None
        self._rebuild = rebuild
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        bar = QToolBar(self)
        self.print_action = QAction("Print…", self, shortcut=QKeySequence.StandardKey.Print,
                                    triggered=self.print_pdf)
        self.save_action = QAction("Save a copy…", self, shortcut=QKeySequence.StandardKey.Save,
                                   triggered=self.save_copy)
        bar.addAction(self.print_action)
        bar.addAction(self.save_action)
        bar.addSeparator()
        bar.addAction(QAction("Zoom in", self, shortcut=QKeySequence.StandardKey.ZoomIn,
                              triggered=lambda: self._zoom(1.25)))
        bar.addAction(QAction("Zoom out", self, shortcut=QKeySequence.StandardKey.ZoomOut,
                              triggered=lambda: self._zoom(0.8)))
        bar.addAction(QAction("Fit width", self, triggered=self._fit_width))
        bar.addSeparator()
        self.anonymous_box = QCheckBox("Name nobody (anonymous edition)", self)
        self.anonymous_box.setChecked(anonymous)
        self.anonymous_box.setEnabled(rebuild is not None)
        self.anonymous_box.toggled.connect(self._anonymous_changed)
        bar.addWidget(self.anonymous_box)
        self.pages_label = QLabel(self)
        bar.addSeparator()
        bar.addWidget(self.pages_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(bar)
        layout.addWidget(self.view)
        self.show_pdf(data)

    def show_pdf(self, data: bytes) -> None:
        """Replace the document shown (after a rebuild)."""
        old = self.document
        self.data = data
        self.document = load_pdf(data, self)
        self.view.setDocument(self.document)
        self.pages_label.setText(f"{self.document.pageCount()} pages")
        self.anonymous_box.setEnabled(self._rebuild is not None)
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

    def _anonymous_changed(self, checked: bool) -> None:
        if self._rebuild is not None:
            self.anonymous_box.setEnabled(False)  # until the rebuilt PDF arrives
            self._rebuild(checked)

    def print_pdf(self) -> int:
        return print_pdf_bytes(self, self.data)

    def save_copy(self) -> Path | None:
        suggested = "".join(c if c.isalnum() or c in " -_" else "_" for c in self.title).strip() or "action-plan"
        path = SaveLocation.choose(self, f"{suggested}.pdf")
        if path is None:
            return None
        try:
            path.write_bytes(self.data)
        except OSError as exc:
            QMessageBox.warning(self, "plworkshop", f"The PDF could not be saved: {exc.strerror or exc}.")
            return None
        return path
