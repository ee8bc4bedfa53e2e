"""Shared pieces of the action-plan layout: zebra tables, cells and short labels."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Table, TableStyle

from plworkshop.reports import fonts
from plworkshop.reports.action_plan.pdf_paragraph import Para
from plworkshop.reports.action_plan.pdf_document import ACCENT, INK, RULE, ZEBRA, para
from plworkshop.reports.text import markup

SUMMARY_CUT = 400


def cell(text: str, style, *, cut: int | None = None) -> Para:
    """User text as a table cell, escaped; `cut` shortens it (the full text is printed elsewhere)."""
    text = text or "—"
    if cut and len(text) > cut:
        text = text[:cut].rstrip() + "…"
    return para(markup(text), style)


def plain(text: str) -> str:
    """A short fixed-vocabulary cell (a number, a date, a status) as a plain string: drawn without
    Paragraph layout, which is most of a large table's cost. Never use it for free text."""
    return text or "—"


def zebra_table(rows: list[list], widths: list[float], *, header: bool = True,
                align_right: tuple[int, ...] = ()) -> Table:
    """A readable table: accent header repeated on every page, zebra rows, hairline rules.

    Rows may split across pages (`splitInRow`), so a very long cell never stops the layout.
    """
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, splitInRow=1,
                  hAlign="LEFT")
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("LEADING", (0, 0), (-1, -1), 11),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    first = 1 if header else 0
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), ACCENT),
                     ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT)]
    # ROWBACKGROUNDS (not per-row BACKGROUND) keeps the stripes right when the table splits
    commands.append(("ROWBACKGROUNDS", (0, first), (-1, -1), [colors.white, ZEBRA]))
    for col in align_right:
        commands.append(("ALIGN", (col, 0), (col, -1), "RIGHT"))
    table.setStyle(TableStyle(commands))
    return table


def header_row(labels: list[str], style) -> list[Para]:
    return [Para(markup(label), style) for label in labels]


def no_border_table(rows: list[list], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                               ("TOPPADDING", (0, 0), (-1, -1), 3),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                               ("BACKGROUND", (0, 0), (-1, -1), colors.white)]))
    return table
