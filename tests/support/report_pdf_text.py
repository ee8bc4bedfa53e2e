"""Reading a produced PDF back as text, for the report tests."""

from __future__ import annotations

import io
import re


def pdf_text(pdf: bytes) -> str:
    """All text of a PDF, with whitespace removed (line wrapping must not matter)."""
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", "", "".join(page.extract_text() or "" for page in reader.pages))


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)
