"""The statewide rollup as an XLSX workbook: heat maps with colour, then the data behind them.

Every column holding numbers holds only numbers or nothing, so a spreadsheet sums, sorts and filters
it: where the small-group rule withholds a breakdown, its number cells stay empty and a text column
("Numbers withheld") or, on a heat map, a grey cell and the note under the table say why. Fixed words
and vocabularies (status, priority, stage, stakeholder group, policy lever) are labels in the chosen
language (`xlsx_words`), never stored keys.
"""

from __future__ import annotations

from plworkshop.domain import vocabulary_es
from plworkshop.domain.rollup.colours import heat_colour
from plworkshop.domain.rollup.models import MIN_CELL_PEOPLE, STAGE_RANGE, HeatMap, HeatRow, Rollup, StageCell
from plworkshop.reports.rollup.xlsx_book import Book, header_text
from plworkshop.reports.rollup.xlsx_words import WorkbookWords


def _row_label(kind: str, row: HeatRow, w: WorkbookWords) -> str:
    if kind == "groups":
        return vocabulary_es.term_label("stakeholder_groups", row.key, row.label, w.lang)
    return row.label


def _heat_sheet(book: Book, heat: HeatMap, kind: str, w: WorkbookWords) -> None:
    from openpyxl.comments import Comment
    from openpyxl.utils import get_column_letter

    ws = book.new_sheet(w.sheet(kind))
    ws.column_dimensions["A"].width = 34
    for i in range(len(heat.columns)):
        ws.column_dimensions[get_column_letter(i + 2)].width = 16
    ws.freeze_panes = "B2"
    ws.print_title_cols = "A:A"
    heading = w("col.district") if kind == "districts" else w("col.group")
    headings = [heading, *(w.condition(c) for c in heat.columns)]
    ws.append(book.heading_row(ws, headings, [34] + [16] * len(heat.columns)))

    def cell(c: StageCell):
        if c.suppressed:
            grey = book.cell(ws, None, fill=heat_colour(c))
            grey.comment = Comment(w.fewer_than, "plworkshop")
            return grey
        if not c.people:
            return None
        return book.cell(ws, c.mean, number_format="0.0", fill=heat_colour(c))

    for row in heat.rows:
        ws.append([book.cell(ws, _row_label(kind, row, w))] + [cell(c) for c in row.cells])
    ws.append([book.cell(ws, w("statewide"), bold=True)] + [cell(c) for c in heat.overall])
    ws.append([])
    ws.append([book.note(ws, w("note.heat", n=MIN_CELL_PEOPLE))])
    ws.append([book.note(ws, w("note.stages"))])


def _long_rows(heat: HeatMap, kind: str, w: WorkbookWords):
    rows = [(_row_label(kind, row, w), row.cells) for row in heat.rows]
    for label, cells in (*rows, (w("statewide"), heat.overall)):
        for column, cell in zip(heat.columns, cells):
            if cell.empty and not cell.consensus:
                continue
            withheld = ""
            if cell.suppressed:
                numbers = [None] * 7
                withheld = w.fewer_than
            elif not cell.people:
                numbers = [0, None, None, 0, 0, 0, 0]
            else:
                numbers = [cell.people, cell.mean, cell.spread, *cell.counts]
                hidden = [str(stage) for stage, n in zip(STAGE_RANGE, cell.counts) if n is None]
                if hidden:
                    withheld = w("some_fewer", n=MIN_CELL_PEOPLE, stages=", ".join(hidden))
            consensus = ", ".join(str(s) for s in cell.consensus)
            yield [label, w.condition(column), *numbers, consensus, withheld]


def _long_headers(w: WorkbookWords, first: str) -> list[str]:
    return [
        first,
        w("col.condition"),
        w("col.people"),
        w("col.mean"),
        w("col.spread"),
        *(w("col.stage_count", n=n, name=w.stage(n)) for n in STAGE_RANGE),
        w("col.consensus"),
        w("col.withheld"),
    ]


def _summary(book: Book, rollup: Rollup, w: WorkbookWords) -> None:
    book.sheet(
        w.sheet("summary"),
        [w("col.item"), w("col.value")],
        [
            [w("row.scope"), w.scope_line(rollup)],
            [w("row.generated"), rollup.generated_on],
            [w("row.workshops"), len(rollup.workshops)],
            [w("row.participants"), rollup.participants],
            [w("row.responses"), rollup.responses],
            [w("row.actions"), len(rollup.action_items)],
            [w("row.overdue"), rollup.overdue],
            [w("row.small_groups"), w("note.small_groups", n=MIN_CELL_PEOPLE)],
            [w("row.stages"), w("note.stages")],
            [w("row.adapted"), w("note.adapted")],
        ],
        widths=[26, 90],
    )


def _disagreements(book: Book, rollup: Rollup, w: WorkbookWords) -> None:
    def group(pair):
        return (w.term("stakeholder_groups", pair[0]), pair[1]) if pair else ("", None)

    book.sheet(
        w.sheet("disagreements"),
        [
            w("col.condition"),
            w("col.gap"),
            w("col.highest"),
            w("col.its_mean"),
            w("col.lowest"),
            w("col.its_mean"),
            w("col.statewide_mean"),
            w("col.spread"),
            w("col.minority"),
        ],
        (
            [
                w.condition(d.condition),
                d.gap,
                *group(d.highest),
                *group(d.lowest),
                d.overall.mean,
                d.overall.spread,
                "\n".join(w.minority(v) for v in d.minority_views),
            ]
            for d in rollup.disagreements
        ),
        formats={1: "0.00", 3: "0.00", 5: "0.00", 6: "0.00", 7: "0.00"},
    )


def _ideas(book: Book, rollup: Rollup, w: WorkbookWords) -> None:
    book.sheet(
        w.sheet("ideas"),
        [
            w("col.condition"),
            w("col.stage"),
            w("col.stage_name"),
            w("col.question"),
            w("col.responses"),
            w("col.rank"),
            w("col.votes"),
            w("col.idea"),
            w("col.district"),
            w("col.workshop"),
            w("col.group"),
        ],
        (
            [
                w.condition(q.condition),
                q.stage,
                w.stage(q.stage),
                q.question,
                q.responses,
                rank,
                idea.votes,
                idea.text,
                idea.district,
                idea.workshop_title,
                w.term("stakeholder_groups", idea.stakeholder_group),
            ]
            for q in rollup.top_ideas
            for rank, idea in enumerate(q.ideas, start=1)
        ),
    )


def _actions(book: Book, rollup: Rollup, w: WorkbookWords) -> None:
    yes = w("yes")
    book.sheet(
        w.sheet("actions"),
        [
            w("col.overdue"),
            w("col.owner"),
            w("col.lever"),
            w("col.due"),
            w("col.status"),
            w("col.priority"),
            w("col.action"),
            w("col.condition"),
            w("col.district"),
            w("col.workshop"),
        ],
        (
            [
                yes if a.overdue else "",
                a.owner,
                w.term("policy_levers", a.policy_lever),
                a.due,
                w.status(a.status),
                w.priority(a.priority),
                a.title,
                a.condition,
                a.district,
                a.workshop_title,
            ]
            for a in rollup.action_items
        ),
    )
    book.sheet(
        w.sheet("owners"),
        [w("col.owner"), w("col.items"), w("col.overdue_items"), w("col.next_due")],
        ([o.owner, o.items, o.overdue, o.next_due] for o in rollup.owners),
    )


def rollup_xlsx(rollup: Rollup, *, lang: str = "en") -> bytes:
    """The workbook's bytes, its fixed words in `lang` ("en" or "es")."""
    w = WorkbookWords(lang)
    book = Book(
        header=header_text(f"{w('title')} · {w.scope_line(rollup)}"),
        footer=w("page", page="&P", pages="&N"),
    )
    _summary(book, rollup, w)
    _heat_sheet(book, rollup.districts, "districts", w)
    _heat_sheet(book, rollup.groups, "groups", w)
    book.sheet(
        w.sheet("district_rows"),
        _long_headers(w, w("col.district")),
        _long_rows(rollup.districts, "districts", w),
        formats={3: "0.00", 4: "0.00"},
    )
    book.sheet(
        w.sheet("group_rows"),
        _long_headers(w, w("col.group")),
        _long_rows(rollup.groups, "groups", w),
        formats={3: "0.00", 4: "0.00"},
    )
    _disagreements(book, rollup, w)
    _ideas(book, rollup, w)
    _actions(book, rollup, w)
    book.sheet(
        w.sheet("workshops"),
        [
            w("col.district"),
            w("col.workshop"),
            w("col.state"),
            w("col.date"),
            w("col.participants"),
            w("col.responses"),
            w("col.items"),
            w("col.id"),
        ],
        (
            [x.district or "", x.title, x.state, x.date, x.participants, x.responses, x.action_items, x.id]
            for x in rollup.workshops
        ),
    )
    book.wb.properties.title = w("title")
    book.wb.properties.creator = "plworkshop"
    book.wb.properties.language = w.lang
    return book.save()
