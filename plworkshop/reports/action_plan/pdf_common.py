"""Shared pieces of the action-plan layout: zebra tables, cells and short labels."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.platypus import Flowable, Table, TableStyle

from plworkshop.reports import fonts
from plworkshop.reports.action_plan.pdf_document import ACCENT, INK, RULE, ZEBRA, line, text_para
from plworkshop.reports.action_plan.pdf_paragraph import Line

SUMMARY_CUT = 400
MIN_SLICE = 48  # points: the least of a long row worth printing at the foot of a page (about 4 lines)


class FlowingTable(Table):
    """A table that splits a long row where the page ends, and moves a short row to the next page whole.

    ReportLab first splits between rows; the rest of the table, repeated header and all, is then tried
    in the space left on the same page, where it splits inside the row: a second header appears
    mid-page above a slice of the row. Here a row is split inside itself at once when both its slices
    would be worth printing (MIN_SLICE each), and otherwise the table only splits between rows, so a
    header never repeats on the page it started on and no page starts with an empty sliver of a row.
    """

    def split(self, availWidth, availHeight):
        if not (self.splitByRow and self.splitInRow):
            return super().split(availWidth, availHeight)
        self._calc(availWidth, availHeight)
        heights = self._rowHeights
        parts = []
        n = self._getFirstPossibleSplitRowPosition(availHeight)  # the first row that does not fit
        if n < len(heights):
            room = availHeight - sum(heights[:n])
            if room >= MIN_SLICE and heights[n] - room >= MIN_SLICE:  # both slices worth printing
                parts = self._splitRows(availHeight, doInRowSplit=True)
        parts = parts or self._splitRows(availHeight, doInRowSplit=False)
        if not parts and (getattr(self, "_postponed", False) or self._at_top_of_frame()):
            # A fresh page cannot hold it either: cut the row wherever the page ends.
            parts = self._splitRows(availHeight, doInRowSplit=True)
        for part in parts:  # an in-row split builds its pieces centred; keep the table's own place
            part.hAlign = self.hAlign
        return parts

    def _at_top_of_frame(self) -> bool:
        """Whether the frame being filled is still empty (known while the document splits us)."""
        doc = getattr(getattr(self, "canv", None), "_doctemplate", None)
        frame = getattr(doc, "frame", None)
        return bool(getattr(frame, "_atTop", False))


def cell(text: str, style, *, cut: int | None = None) -> Flowable:
    """User text as a table cell, escaped; `cut` shortens it (the full text is printed elsewhere)."""
    text = text or "—"
    if cut and len(text) > cut:
        text = text[:cut].rstrip() + "…"
    return line(text, style) if style.alignment == TA_LEFT else text_para(text, style)


def plain(text: str) -> str:
    """A short fixed-vocabulary cell (a number, a date, a status) as a plain string: drawn without
    Paragraph layout, which is most of a large table's cost. Never use it for free text."""
    return text or "—"


def zebra_table(rows: list[list], widths: list[float], *, header: bool = True,
                align_right: tuple[int, ...] = ()) -> Table:
    """A readable table: accent header repeated on every page, zebra rows, hairline rules.

    Rows may split across pages (`splitInRow`), so a very long cell never stops the layout.
    """
    first = 1 if header else 0
    text_commands = _cells_as_strings(rows, widths, first, skip_columns=align_right)
    table = FlowingTable(rows, colWidths=widths, repeatRows=1 if header else 0, splitInRow=1,
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
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), ACCENT),
                     ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT)]
    # ROWBACKGROUNDS (not per-row BACKGROUND) keeps the stripes right when the table splits
    commands.append(("ROWBACKGROUNDS", (0, first), (-1, -1), [colors.white, ZEBRA]))
    for col in align_right:
        commands.append(("ALIGN", (col, 0), (col, -1), "RIGHT"))
    table.setStyle(TableStyle(commands + text_commands))
    return table


_CELL_PADDING = 5 + 5  # LEFTPADDING + RIGHTPADDING below
_CELL_SIZE = (8.5, 11)  # FONTSIZE, LEADING below


def _cells_as_strings(rows: list[list], widths: list[float], first: int, *,
                      skip_columns: tuple[int, ...] = ()) -> list[tuple]:
    """Turn every one-line text cell into a plain string, which the table draws itself.

    A string cell is drawn at the same baseline as a one-line paragraph in the same font (the top
    padding plus the font size), so the page looks the same, but the table no longer wraps and
    places a flowable for it: most of a large table's cost. The cells' fonts and colours become
    table commands, one per column (body) or per row (header) where the cells agree, else per cell.
    Right-aligned columns keep their paragraphs (their headers stay left-aligned).
    Changes `rows` in place; returns the commands.
    """
    default = (fonts.SANS, INK.hexval())
    faces: dict[tuple[int, int], tuple] = {}
    strings_before = {(r, c) for r, row in enumerate(rows) for c, value in enumerate(row)
                      if isinstance(value, str)}
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if c in skip_columns or not isinstance(value, Line) or not value.fits(widths[c] - _CELL_PADDING):
                continue
            st = value.style
            if (st.fontSize, st.leading) != _CELL_SIZE or st.leftIndent or st.firstLineIndent:
                continue
            row[c] = value.text
            faces[r, c] = (st.fontName, st.textColor)
    commands: list[tuple] = []

    def add(face, start, stop):
        if (face[0], face[1].hexval()) != default:
            commands.extend([("FONTNAME", start, stop, face[0]), ("TEXTCOLOR", start, stop, face[1])])

    bands = [((r, None), [k for k in faces if k[0] == r]) for r in range(first)]
    bands += [((None, c), [k for k in faces if k[1] == c and k[0] >= first]) for c in range(len(widths))]
    for (row, col), cells in bands:
        kinds = {(faces[k][0], faces[k][1].hexval()) for k in cells}
        shared = not any(r == row if col is None else (c == col and r >= first) for r, c in strings_before)
        if len(kinds) == 1 and shared:
            add(
                faces[cells[0]],
                (0, row) if col is None else (col, first),
                (-1, row) if col is None else (col, -1),
            )
        else:
            for r, c in cells:
                add(faces[r, c], (c, r), (c, r))
    return commands


def header_row(labels: list[str], style) -> list[Flowable]:
    return [line(label, style) for label in labels]


def no_border_table(rows: list[list], widths: list[float]) -> Table:
    table = FlowingTable(rows, colWidths=widths, hAlign="LEFT", splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("BACKGROUND", (0, 0), (-1, -1), colors.white),
            ]
        )
    )
    return table
