"""The join address as a QR code (segno): SVG or PNG bytes for the projector, a matrix for the PDF card."""

from __future__ import annotations

import io

import segno


def qr(url: str) -> segno.QRCode:
    # error level M: still reads from a projector screen photographed at an angle
    return segno.make(url, error="m", micro=False)


def png(url: str, scale: int = 10) -> bytes:
    buffer = io.BytesIO()
    qr(url).save(buffer, kind="png", scale=scale, border=4, dark="#000", light="#fff")
    return buffer.getvalue()


def svg(url: str, scale: int = 10) -> bytes:
    buffer = io.BytesIO()
    qr(url).save(buffer, kind="svg", scale=scale, border=4, xmldecl=False)
    return buffer.getvalue()


def matrix(url: str) -> list[list[bool]]:
    """Rows of dark (True) and light modules including the quiet zone."""
    return [[bool(v) for v in row] for row in qr(url).matrix_iter(scale=1, border=4)]
