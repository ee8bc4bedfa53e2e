"""Printing a PDF's own pages: QtPdf renders each page at the printer's resolution onto a QPrinter."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QPointF, QRectF, QSize
from PySide6.QtGui import QPainter, QTransform
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from plworkshop.ui.i18n import translate


def load_pdf(data: bytes, parent=None) -> QPdfDocument:
    """A QPdfDocument over in-memory bytes (the buffer lives as long as the document)."""
    document = QPdfDocument(parent)
    buffer = QBuffer(document)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    document.setProperty("plworkshop_buffer", buffer)
    return document


def prepared_pdf(data: bytes) -> QPdfDocument:
    """The worker-thread half of showing a PDF: load it and learn every page's size, then hand the
    document to the GUI thread.

    QPdfView lays out a multi-page document by asking each page's size (~0.1 ms a page, 40 ms for a
    large workshop's 460 pages); asked here first, the answers are cached and the view's layout on the
    GUI thread takes a few milliseconds.
    """
    document = load_pdf(data)
    for page in range(document.pageCount()):
        document.pagePointSize(page)
    app = QCoreApplication.instance()
    if app is not None:
        document.moveToThread(app.thread())
    return document


def print_document(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint every page of the PDF on the printer, fitted to the printable area; returns pages sent.

    A landscape page printed on a portrait sheet (or the other way round) is turned to fill it.
    """
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        dpi = printer.resolution()
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            turn = (points.width() > points.height()) != (area.width() > area.height())
            page_w, page_h = (points.height(), points.width()) if turn else (points.width(), points.height())
            scale = min(area.width() / page_w, area.height() / page_h, dpi / 72)
            w, h = int(page_w * scale), int(page_h * scale)
            image = document.render(index, QSize(h, w) if turn else QSize(w, h))
            if turn:
                image = image.transformed(QTransform().rotate(90))
            target = QRectF(0, 0, w, h)
            target.moveCenter(QPointF(area.width() / 2, area.height() / 2))
            painter.drawImage(target, image)
        return document.pageCount()
    finally:
        painter.end()


class PrintChooser:
    """Seam: the system print dialog (tests replace `ask`)."""

    @classmethod
    def ask(cls, parent: QWidget | None, printer: QPrinter) -> bool:
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(translate("PdfPrinting", "Print the action plan"))
        return dialog.exec() == QDialog.DialogCode.Accepted


def print_pdf_bytes(parent: QWidget | None, data: bytes) -> int:
    """Ask for a printer and print the PDF; returns the number of pages sent (0 if cancelled)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(translate("PdfPrinting", "Action plan"))
    if not PrintChooser.ask(parent, printer):
        return 0
    document = load_pdf(data)
    try:
        return print_document(document, printer)
    finally:
        document.close()
        document.deleteLater()
