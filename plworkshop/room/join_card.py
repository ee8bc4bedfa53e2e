"""Printable join cards (PDF, ReportLab): one card per table with the address and a large QR code."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from plworkshop.output_files import output_target, write_bytes_atomically
from plworkshop.reports.fonts import SANS, SANS_BOLD, register_fonts
from plworkshop.room.qr import matrix

TEXT = {
    "en": (
        "Join from your phone",
        "Scan the code, or type this address in the browser:",
        "Same Wi-Fi as the facilitator. No app, no internet needed.",
        "Table",
    ),
    "es": (
        "Únase desde su teléfono",
        "Escanee el código o escriba esta dirección en el navegador:",
        "La misma red Wi-Fi que la persona facilitadora. Sin aplicación ni internet.",
        "Mesa",
    ),
}


def _qr(c: canvas.Canvas, url: str, x: float, y: float, size: float) -> None:
    rows = matrix(url)
    cell = size / len(rows)
    c.setFillColorRGB(0, 0, 0)
    path = c.beginPath()
    for r, row in enumerate(rows):
        for col, dark in enumerate(row):
            if dark:
                path.rect(x + col * cell, y + size - (r + 1) * cell, cell, cell)
    c.drawPath(path, stroke=0, fill=1)


def write_join_cards(path: Path, url: str, *, title: str, tables: int = 1, lang: str = "en") -> Path:
    """Two cards per landscape A4 page (cut along the middle), numbered by table."""
    heading, scan, note, table = TEXT.get(lang, TEXT["en"])
    register_fonts()
    output_target(path)  # a folder or device is refused before the cards are drawn
    pdf = io.BytesIO()
    c = canvas.Canvas(pdf, pagesize=landscape(A4))
    c.setTitle(f"{title}: {heading}")
    width, height = landscape(A4)
    half = width / 2
    for n in range(1, max(1, tables) + 1):
        left = 0 if n % 2 else half
        c.setLineWidth(0.5)
        c.setDash(3, 3)
        c.line(half, 10 * mm, half, height - 10 * mm)
        c.setDash()
        cx = left + half / 2
        c.setFont(SANS_BOLD, 22)
        c.drawCentredString(cx, height - 28 * mm, heading)
        c.setFont(SANS, 11)
        c.drawCentredString(cx, height - 36 * mm, title[:80])
        size = 95 * mm
        _qr(c, url, cx - size / 2, height - 40 * mm - size, size)
        c.setFont(SANS, 10)
        c.drawCentredString(cx, 52 * mm, scan)
        c.setFont("Courier-Bold", 10 if len(url) > 60 else 12)
        c.drawCentredString(cx, 44 * mm, url)
        c.setFont(SANS, 9)
        c.drawCentredString(cx, 36 * mm, note)
        c.setFont(SANS_BOLD, 14)
        c.drawCentredString(cx, 22 * mm, f"{table} {n}")
        if not n % 2 or n == tables:
            c.showPage()
    c.save()
    write_bytes_atomically(path, pdf.getvalue())
    return path
