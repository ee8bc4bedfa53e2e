"""The statewide rollup as an XLSX workbook: heat maps with colour, then the data behind them.

Written in openpyxl's write-only mode so that a rollup with a hundred thousand action items stays
quick and small in memory. User text is always a string cell, never a formula, with the quotePrefix
style when a spreadsheet could read it as one (see `plworkshop.reports.exports.formula_guard`); a
cell the small-group rule hides says "fewer than 5" and holds no number.
"""

from __future__ import annotations

import datetime as dt
import io

from plworkshop.domain.rollup.colours import consensus_label, heat_colour, ink_colour
from plworkshop.domain.rollup.models import FEWER_THAN, HeatMap, Rollup, StageCell
from plworkshop.domain.rollup.wording import condition_heading, minority_text, scope_line, status_label
from plworkshop.reports.exports.formula_guard import is_dangerous

CELL_LIMIT = 32_767
HEADER_FILL = "DCE3EC"
WIDTH_SAMPLE = 2000  # rows looked at to size the columns


class _Book:
    """A write-only workbook with shared styles."""

    def __init__(self) -> None:
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Font, PatternFill

        self.wb = Workbook(write_only=True)
        self.bold = Font(bold=True)
        self.header_fill = PatternFill("solid", fgColor=HEADER_FILL)
        self.top = Alignment(vertical="top")
        self.wrap = Alignment(vertical="top", wrap_text=True)
        self._fills: dict[str, object] = {}

    def fill(self, colour: str):
        from openpyxl.styles import PatternFill

        if colour not in self._fills:
            self._fills[colour] = PatternFill("solid", fgColor=colour.lstrip("#"))
        return self._fills[colour]

    def cell(self, ws, value, *, number_format: str = "", fill: str = "", bold: bool = False):
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Font

        if isinstance(value, str) and len(value) > CELL_LIMIT:
            value = value[: CELL_LIMIT - 1] + "…"
        cell = WriteOnlyCell(ws, value=value)
        if isinstance(value, str):
            cell.data_type = "s"  # never a formula, whatever the text starts with
            if is_dangerous(value):
                cell.quotePrefix = True
            cell.alignment = self.wrap if len(value) > 60 or "\n" in value else self.top
        elif isinstance(value, dt.date):
            cell.number_format = "yyyy-mm-dd"
        if number_format:
            cell.number_format = number_format
        if fill:
            cell.fill = self.fill(fill)
            cell.font = Font(color=ink_colour(fill).lstrip("#"), bold=bold)
        elif bold:
            cell.font = self.bold
        return cell

    def sheet(
        self,
        title: str,
        headers: list[str],
        rows,
        *,
        widths: list[int] | None = None,
        formats: dict[int, str] | None = None,
    ):
        """A plain table sheet: bold frozen header, filter, column widths from the data."""
        from openpyxl.utils import get_column_letter

        rows = list(rows)
        ws = self.wb.create_sheet(title[:31])
        if widths is None:
            widths = [len(h) + 2 for h in headers]
            for row in rows[:WIDTH_SAMPLE]:
                for i, value in enumerate(row):
                    text = value if isinstance(value, str) else str(value if value is not None else "")
                    widths[i] = max(widths[i], min(60, len(text) + 2))
        for i, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = max(8, width)
        ws.freeze_panes = "B2" if title.endswith("heat map") else "A2"
        ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(rows) + 1}"
        head = []
        for h in headers:
            c = self.cell(ws, h, bold=True)
            c.fill = self.header_fill
            head.append(c)
        ws.append(head)
        formats = formats or {}
        for row in rows:
            ws.append([self.value(ws, v, formats.get(i, "")) for i, v in enumerate(row)])
        return ws

    def value(self, ws, value, number_format: str = ""):
        """A plain value where openpyxl can write it as is (several times faster than a styled
        cell); a styled cell for dates, formats, long or dangerous text."""
        if value is None or (isinstance(value, (int, float)) and not number_format):
            return value
        if isinstance(value, str) and len(value) <= 60 and "\n" not in value and not is_dangerous(value):
            return value
        return self.cell(ws, value, number_format=number_format)

    def save(self) -> bytes:
        out = io.BytesIO()
        self.wb.save(out)
        return out.getvalue()


def _heat_sheet(book: _Book, heat: HeatMap, title: str) -> None:
    from openpyxl.utils import get_column_letter

    ws = book.wb.create_sheet(title)
    ws.column_dimensions["A"].width = 34
    for i in range(len(heat.columns)):
        ws.column_dimensions[get_column_letter(i + 2)].width = 16
    ws.freeze_panes = "B2"
    ws.append(
        [book.cell(ws, heat.row_heading, bold=True)]
        + [book.cell(ws, condition_heading(c), bold=True) for c in heat.columns]
    )
    for row in heat.rows:
        ws.append([book.cell(ws, row.label)] + [_heat_cell(book, ws, cell) for cell in row.cells])
    ws.append([book.cell(ws, "Statewide", bold=True)] + [_heat_cell(book, ws, cell) for cell in heat.overall])


def _heat_cell(book: _Book, ws, cell: StageCell):
    if cell.suppressed:
        return book.cell(ws, FEWER_THAN, fill=heat_colour(cell))
    if not cell.people:
        return book.cell(ws, None)
    return book.cell(ws, cell.mean, number_format="0.0", fill=heat_colour(cell))


def _long_rows(heat: HeatMap):
    for row in (*heat.rows, None):
        label = row.label if row else "Statewide"
        cells = row.cells if row else heat.overall
        for column, cell in zip(heat.columns, cells):
            if cell.empty and not cell.consensus:
                continue
            if cell.suppressed:
                numbers = [FEWER_THAN] * 7
            elif not cell.people:
                numbers = [0, None, None, 0, 0, 0, 0]
            else:
                numbers = [
                    cell.people,
                    cell.mean,
                    cell.spread,
                    *[("<5" if n is None else n) for n in cell.counts],
                ]
            yield [label, condition_heading(column), *numbers, consensus_label(cell)]


LONG_HEADERS = [
    "People",
    "Mean stage",
    "Spread (std. dev.)",
    "Stage 0",
    "Stage 1",
    "Stage 2",
    "Stage 3",
    "Room consensus",
]


def rollup_xlsx(rollup: Rollup) -> bytes:
    """The workbook's bytes."""
    book = _Book()
    book.sheet(
        "Summary",
        ["Item", "Value"],
        [
            ["Scope", scope_line(rollup)],
            ["Generated on", rollup.generated_on],
            ["Workshops", len(rollup.workshops)],
            ["Participants", rollup.participants],
            ["Responses", rollup.responses],
            ["Action items", len(rollup.action_items)],
            ["Overdue action items", rollup.overdue],
            ["Small groups", f"A breakdown of fewer than 5 people is shown as “{FEWER_THAN}”."],
            [
                "Stages",
                "0 not yet started, 1 Exploration, 2 Replication, 3 Statewide Transformation; "
                "mean ± spread (standard deviation) of individual placements.",
            ],
            [
                "Adapted text",
                "Conditions marked “(adapted)” use guiding text adapted for this tool; "
                "Collaborative Leadership is the framework’s official text.",
            ],
        ],
        widths=[24, 90],
    )
    _heat_sheet(book, rollup.districts, "Districts heat map")
    _heat_sheet(book, rollup.groups, "Groups heat map")
    book.sheet(
        "District placements",
        ["District", "Condition", *LONG_HEADERS],
        _long_rows(rollup.districts),
        formats={3: "0.00", 4: "0.00"},
    )
    book.sheet(
        "Group placements",
        ["Stakeholder group", "Condition", *LONG_HEADERS],
        _long_rows(rollup.groups),
        formats={3: "0.00", 4: "0.00"},
    )
    book.sheet(
        "Disagreements",
        [
            "Condition",
            "Gap between groups",
            "Highest group",
            "Its mean",
            "Lowest group",
            "Its mean",
            "Statewide mean",
            "Spread",
            "Minority views",
        ],
        (
            [
                condition_heading(d.condition),
                d.gap,
                *(d.highest or ("", None)),
                *(d.lowest or ("", None)),
                d.overall.mean,
                d.overall.spread,
                "\n".join(minority_text(v) for v in d.minority_views),
            ]
            for d in rollup.disagreements
        ),
        formats={1: "0.00", 3: "0.00", 5: "0.00", 6: "0.00", 7: "0.00"},
    )
    book.sheet(
        "Top ideas",
        [
            "Condition",
            "Stage",
            "Question",
            "Responses",
            "Rank",
            "Votes",
            "Idea",
            "District",
            "Workshop",
            "Stakeholder group",
        ],
        (
            [
                condition_heading(q.condition),
                q.stage,
                q.question,
                q.responses,
                rank,
                idea.votes,
                idea.text,
                idea.district,
                idea.workshop_title,
                idea.stakeholder_group,
            ]
            for q in rollup.top_ideas
            for rank, idea in enumerate(q.ideas, start=1)
        ),
    )
    book.sheet(
        "Action items",
        [
            "Overdue",
            "Owner",
            "Policy lever",
            "Due",
            "Status",
            "Priority",
            "Action",
            "Condition",
            "District",
            "Workshop",
        ],
        (
            [
                "overdue" if a.overdue else "",
                a.owner,
                a.policy_lever,
                a.due,
                status_label(a.status),
                a.priority,
                a.title,
                a.condition,
                a.district,
                a.workshop_title,
            ]
            for a in rollup.action_items
        ),
    )
    book.sheet(
        "Owners",
        ["Owner", "Action items", "Overdue", "Next due"],
        ([o.owner, o.items, o.overdue, o.next_due] for o in rollup.owners),
    )
    book.sheet(
        "Workshops",
        ["District", "Workshop", "State", "Date", "Participants", "Responses", "Action items", "Id"],
        (
            [w.district or "", w.title, w.state, w.date, w.participants, w.responses, w.action_items, w.id]
            for w in rollup.workshops
        ),
    )
    book.wb.properties.title = "Statewide rollup"
    book.wb.properties.creator = "plworkshop"
    return book.save()
