"""The statewide rollup across workshops, rendered: a PDF with heat maps, and an XLSX workbook."""

from __future__ import annotations


def rollup_pdf(rollup, *, lang: str = "en", paper: str = "letter") -> bytes:
    from plworkshop.reports.rollup.pdf_rollup import rollup_pdf as build

    return build(rollup, lang=lang, paper=paper)


def rollup_xlsx(rollup, *, lang: str = "en") -> bytes:
    from plworkshop.reports.rollup.xlsx_rollup import rollup_xlsx as build

    return build(rollup, lang=lang)
