"""Heat maps for the rollup PDF: a coloured table (rows × conditions) and the colour legend under it.

Each square prints its numbers (mean ± spread, n, the rooms' consensus) on top of its colour, so the
map reads without colour too; a square the small-group rule hides is grey and says "fewer than 5".
The table repeats its header on every page, so 500 districts simply run over several pages.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from plworkshop.domain.rollup.colours import SCALE, SUPPRESSED, blend, heat_colour, ink_colour
from plworkshop.domain.rollup.models import HeatMap, StageCell
from plworkshop.reports import fonts
from plworkshop.reports.action_plan.pdf_document import ACCENT, INK, MUTED, RULE, para
from plworkshop.reports.rollup.pdf_words import RollupWords
from plworkshop.reports.tagging import TaggedTable
from plworkshop.reports.text import markup

ROW_LABEL_WIDTH = 100


def _styles() -> dict[str, ParagraphStyle]:
    sans = fonts.register_fonts()
    base = ParagraphStyle("heat", fontName=sans, fontSize=6.6, leading=8, alignment=1, textColor=INK)
    return {
        "cell": base,
        "head": ParagraphStyle(
            "heat_head",
            parent=base,
            fontName=fonts.SANS_BOLD,
            fontSize=5.5,
            leading=6.8,
            textColor=colors.white,
        ),
        "row": ParagraphStyle("heat_row", parent=base, alignment=0, fontSize=7.4, leading=9),
        "row_bold": ParagraphStyle(
            "heat_row_b", parent=base, alignment=0, fontSize=7.4, leading=9, fontName=fonts.SANS_BOLD
        ),
    }


def _square(cell: StageCell, style: ParagraphStyle, words: RollupWords) -> Paragraph:
    if cell.suppressed:
        lines = [words.fewer_than]
    elif not cell.people:
        lines = ["—"]
    else:
        lines = [f"<b>{words.decimal(cell.mean)}</b> ± {words.decimal(cell.spread)}", f"n = {cell.people}"]
    if cell.consensus:
        lines.append(markup(words.fmt("consensus", stages=", ".join(str(x) for x in cell.consensus))))
    ink = ink_colour(heat_colour(cell))
    return Paragraph(f'<font color="{ink}">' + "<br/>".join(lines) + "</font>", style)


def _heading(column, style, words: RollupWords) -> Paragraph:
    adapted = "" if column.official else f"<br/><i>({markup(words['adapted'])})</i>"
    return para(markup(column.title) + adapted, style)


def heat_table(heat: HeatMap, width: float, words: RollupWords, row_heading: str) -> Table:
    """The heat map as a table that fits `width` and splits across pages."""
    st = _styles()
    col = (width - ROW_LABEL_WIDTH) / max(1, len(heat.columns))
    rows = [
        [Paragraph(markup(row_heading), st["head"])] + [_heading(c, st["head"], words) for c in heat.columns]
    ]
    cells = [list(r.cells) for r in heat.rows]
    rows += [
        [para(markup(r.label), st["row"])] + [_square(c, st["cell"], words) for c in r.cells]
        for r in heat.rows
    ]
    rows.append(
        [Paragraph(markup(words["statewide"]), st["row_bold"])]
        + [_square(c, st["cell"], words) for c in heat.overall]
    )
    cells.append(list(heat.overall))
    table = TaggedTable.of(
        rows,
        header_rows=1,
        row_headers=True,
        font=fonts.SANS,
        size=6.6,
        colWidths=[ROW_LABEL_WIDTH] + [col] * len(heat.columns),
        hAlign="LEFT",
    )
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("GRID", (0, 0), (-1, -1), 0.6, colors.white),
        ("LINEABOVE", (0, len(rows) - 1), (-1, len(rows) - 1), 1.2, INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for y, row_cells in enumerate(cells, start=1):
        for x, c in enumerate(row_cells, start=1):
            commands.append(("BACKGROUND", (x, y), (x, y), colors.HexColor(heat_colour(c))))
    table.setStyle(TableStyle(commands))
    return table


class HeatLegend(Flowable):
    """The colour scale from stage 0 to 3, and the grey of a hidden small group."""

    def __init__(self, words: RollupWords, width: float = 420) -> None:
        super().__init__()
        self.words = words
        self.width, self.height = width, 30

    @property
    def alt_text(self) -> str:
        """The legend in words: the colour scale runs from stage 0 to 3; grey squares are withheld."""
        w = self.words
        return f"{w['legend']} 0 – 3. {w.fmt('legend_hidden', label=w.fewer_than)}."

    def wrap(self, availWidth, availHeight):
        return min(self.width, availWidth), self.height

    def draw(self) -> None:
        canv = self.canv
        bar, steps = 220.0, 60
        canv.setFont(fonts.SANS, 7)
        canv.setFillColor(MUTED)
        canv.drawString(0, 20, self.words["legend"])
        for i in range(steps):
            r, g, b = blend(3.0 * i / (steps - 1))
            canv.setFillColorRGB(r / 255, g / 255, b / 255)
            canv.rect(i * bar / steps, 6, bar / steps + 0.5, 10, stroke=0, fill=1)
        canv.setFillColor(MUTED)
        for stage, _ in SCALE:
            canv.drawCentredString(stage * bar / 3, -2, str(int(stage)))
        canv.setFillColor(colors.HexColor(SUPPRESSED))
        canv.setStrokeColor(RULE)
        canv.rect(bar + 24, 6, 22, 10, stroke=1, fill=1)
        canv.setFillColor(MUTED)
        canv.drawString(bar + 50, 8, self.words.fmt("legend_hidden", label=self.words.fewer_than))
