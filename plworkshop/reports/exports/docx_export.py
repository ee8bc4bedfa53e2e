"""The DOCX export (python-docx): the action plan as an editable Word document.

Built-in heading styles (Title, Heading 1–3) carry the structure, so Word's navigation pane and a
table of contents work. Tables use the built-in "Table Grid" style with column widths fitted to their
content, a bold header row repeated on every page and rows kept whole on one page. Every page has the
plan's title at the top and "Page X of Y" at the foot; the document's language is the plan's.
User text is set as run text (never parsed); CR LF and CR become Word line breaks, read back as LF.
"""

from __future__ import annotations

import re
from pathlib import Path

from plworkshop.reports.action_plan.data import ActionRow, plan_groups
from plworkshop.reports.action_plan.strings import strings
from plworkshop.reports.exports import plan_columns as pc
from plworkshop.reports.exports.column_widths import column_widths
from plworkshop.reports.exports.docx_xml import (
    add_field,
    keep_row_on_one_page,
    repeat_as_header,
    set_document_language,
)
from plworkshop.reports.exports.facilitation_parts import docx_parking_and_agenda, docx_themes
from plworkshop.reports.exports.plan import ActionPlan, DocumentSection

TABLE_STYLE = "Table Grid"
TABLE_FONT_PT = 9
CARD_LINE_GAP_PT = 3  # between the paragraphs of one action item's card
MARGIN_INCHES = 0.9
WHOLE_ROW_CHARS = 1500  # a row with more text than this may break across pages (it may not fit one)
LANGUAGE_TAGS = {"en": "en-US", "es": "es-ES"}
PAPER_INCHES = {"letter": (8.5, 11.0), "a4": (8.27, 11.69)}


def _text(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _para(doc, text: str = "", *, style: str | None = None, bold: bool = False, italic: bool = False):
    paragraph = doc.add_paragraph(style=style)
    if text:
        run = paragraph.add_run(_text(text))
        run.bold, run.italic = bold or None, italic or None
    return paragraph


def _available_width_pt(doc) -> float:
    from docx.shared import Length

    section = doc.sections[-1]
    return Length(section.page_width - section.left_margin - section.right_margin).pt


def _table(doc, headers: list[str], rows: list[list[str]]) -> None:
    """A table whose column widths follow its content, with a header row repeated on every page and
    rows that move to the next page whole."""
    from docx.shared import Pt

    table = doc.add_table(rows=1, cols=len(headers))
    table.style = doc.styles[TABLE_STYLE]
    table.autofit = False
    widths = [Pt(w) for w in column_widths(headers, rows, _available_width_pt(doc))]
    for column, width in zip(table.columns, widths):
        column.width = width  # the rows added below take their cells' widths from here
    for cell, head, width in zip(table.rows[0].cells, headers, widths):
        cell.width = width
        cell.paragraphs[0].paragraph_format.space_after = 0
        run = cell.paragraphs[0].add_run(head)
        run.bold, run.font.size = True, Pt(TABLE_FONT_PT)
    repeat_as_header(table.rows[0])
    keep_row_on_one_page(table.rows[0])
    for cell in table.rows[0].cells:  # the header row stays with the first item
        cell.paragraphs[0].paragraph_format.keep_with_next = True
    for values in rows:
        row = table.add_row()
        if sum(len(v) for v in values) <= WHOLE_ROW_CHARS:
            keep_row_on_one_page(row)
        for cell, value in zip(row.cells, values):
            cell.paragraphs[0].paragraph_format.space_after = 0
            cell.paragraphs[0].add_run(_text(value)).font.size = Pt(TABLE_FONT_PT)
    doc.add_paragraph()


def _page_setup(section, paper: str, *, landscape: bool) -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Inches

    short, long = PAPER_INCHES.get(paper, PAPER_INCHES["letter"])
    width, height = (long, short) if landscape else (short, long)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Inches(width), Inches(height)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Inches(MARGIN_INCHES))


def _new_section(doc, plan: ActionPlan, *, landscape: bool) -> None:
    from docx.enum.section import WD_SECTION

    _page_setup(doc.add_section(WD_SECTION.NEW_PAGE), plan.data.paper, landscape=landscape)


def _running_header_and_page_numbers(doc, plan: ActionPlan) -> None:
    """The plan's title at the top of every page and "Page X of Y" at the foot (the later sections
    are linked to the first, so they show the same)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    w = plan.words
    section = doc.sections[0]
    top = section.header.paragraphs[0]
    top.add_run(f"{w('doc.title')}: {_text(plan.data.title)}").font.size = Pt(TABLE_FONT_PT)
    top.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fields = {"{page}": "PAGE", "{pages}": "NUMPAGES"}
    for piece in re.split(r"(\{page\}|\{pages\})", w("doc.page_of")):  # in the translation's order
        if piece in fields:
            add_field(foot, fields[piece])
        elif piece:
            foot.add_run(piece)


def _card(doc, plan: ActionPlan, row: ActionRow) -> None:
    """One action item in its condition's section: number and title, its facts on one line, then the
    description and the other details as paragraphs of their own."""
    from docx.shared import Pt

    w = plan.words
    heading = _para(doc, pc.card_title(row), bold=True)
    heading.paragraph_format.keep_with_next = True
    heading.paragraph_format.space_after = 0
    if pc.card_facts(row, w):
        facts = _para(doc, pc.card_facts(row, w), italic=True)
        facts.paragraph_format.keep_with_next = bool(pc.card_fields(row, w))
        facts.paragraph_format.space_after = Pt(CARD_LINE_GAP_PT if pc.card_fields(row, w) else 10)
    fields = pc.card_fields(row, w)
    for n, (label, text) in enumerate(fields):
        paragraph = doc.add_paragraph()
        if label:
            paragraph.add_run(f"{label}: ").bold = True
        paragraph.add_run(_text(text))
        if n + 1 < len(fields):  # one card reads as one block; the space after it parts it from the next
            paragraph.paragraph_format.space_after = Pt(CARD_LINE_GAP_PT)


def _section(doc, plan: ActionPlan, section: DocumentSection) -> None:
    w = plan.words
    doc.add_heading(section.source.title + (f" ({section.wording})" if section.wording else ""), level=1)
    if section.wording:
        _para(doc, w("doc.adapted_note"), italic=True)
    if section.language_note:
        _para(doc, section.language_note, italic=True)
    doc.add_heading(w("doc.placement"), level=2)
    if section.consensus:
        _para(doc, section.consensus, bold=True)
        if section.consensus_note:
            _para(doc, section.consensus_note)
    else:
        _para(doc, w("doc.no_placement"))
    if section.distribution:
        counts = ", ".join(f"{stage}: {n}" for stage, n in section.distribution)
        _para(doc, f"{w('doc.distribution')}: {counts}")
    doc.add_heading(w("doc.top_input"), level=2)
    if not section.questions:
        _para(doc, w("doc.no_input"))
    for question in section.questions:
        doc.add_heading(question.source.question, level=3)
        _para(doc, f"{w('col.stage')}: {question.stage}", italic=True)
        for line in question.top:
            paragraph = _para(doc, line.text, style="List Bullet")
            paragraph.add_run("\n")
            paragraph.add_run(f"— {_text(line.attribution)}, {w.votes(line.votes)}").italic = True
        if question.total > len(question.top):
            _para(doc, w("doc.more", n=question.total - len(question.top)), italic=True)
    docx_themes(doc, section.source, plan.data.lang, _para)
    doc.add_heading(w("doc.condition_actions"), level=2)
    if not section.source.action_items:
        _para(doc, w("doc.no_actions"))
    for row in section.source.action_items:
        _card(doc, plan, row)


def _consolidated_plan(doc, plan: ActionPlan) -> None:
    """The plan grouped by condition as the PDF groups it, each group under the stage goal it serves,
    then every item's progress, resources and measures."""
    w, s = plan.words, strings(plan.data.lang)
    doc.add_heading(w("doc.plan"), level=1)
    _para(doc, w("doc.plan_intro"))
    if not plan.data.action_items:
        _para(doc, w("doc.no_actions"))
        return
    for title, condition, items in plan_groups(plan.data):
        doc.add_heading(title or s["no_condition"], level=2)
        serves = condition.next_stage if condition is not None else None
        if serves is not None:
            paragraph = doc.add_paragraph()
            paragraph.add_run(s.fmt("serves_stage", n=serves.number, name=serves.name)).bold = True
            paragraph.add_run(" " + _text(serves.goal))
            paragraph.paragraph_format.keep_with_next = True  # with the table, on the same page
        _table(doc, [pc.header(w, k) for k in pc.PLAN_COLUMNS], pc.rows(items, pc.PLAN_COLUMNS, w))
    doc.add_heading(w("doc.plan_details"), level=2)
    by_number = tuple(sorted(plan.data.action_items, key=lambda r: r.number))
    _table(doc, [pc.header(w, k) for k in pc.DETAIL_COLUMNS], pc.rows(by_number, pc.DETAIL_COLUMNS, w))


def _grouped_views(doc, plan: ActionPlan) -> None:
    """The action items by owner, then by policy lever, as the PDF prints them."""
    w, s, data = plan.words, strings(plan.data.lang), plan.data
    for title, groups, columns in (
        (s["by_owner"], data.by_owner, pc.BY_OWNER_COLUMNS),
        (s["by_lever"], data.by_lever, pc.BY_LEVER_COLUMNS),
    ):
        doc.add_heading(title, level=1)
        if not groups:
            _para(doc, w("doc.no_actions"))
        for name, rows in groups:
            doc.add_heading(f"{_text(name)} ({len(rows)})", level=2)
            _table(doc, [pc.header(w, k) for k in columns], pc.rows(rows, columns, w))


def build_document(plan: ActionPlan):
    """The python-docx Document of the action plan."""
    import docx

    w = plan.words
    doc = docx.Document()
    language = LANGUAGE_TAGS.get(plan.data.lang, "en-US")
    doc.core_properties.title = f"{w('doc.title')}: {plan.data.title}"
    doc.core_properties.author = "plworkshop"
    doc.core_properties.language = language
    set_document_language(doc, language)
    _page_setup(doc.sections[0], plan.data.paper, landscape=False)
    _running_header_and_page_numbers(doc, plan)
    doc.add_heading(f"{w('doc.title')}: {_text(plan.data.title)}", level=0)
    doc.add_heading(w("doc.details"), level=1)
    for label, value in plan.details:
        paragraph = doc.add_paragraph()
        paragraph.add_run(f"{label}: ").bold = True
        paragraph.add_run(_text(value))
    if plan.data.translation_notice:
        _para(doc, plan.data.translation_notice, italic=True)
    for section in plan.sections:
        _section(doc, plan, section)
    docx_parking_and_agenda(doc, plan.data, _para, _table)
    _new_section(doc, plan, landscape=True)  # nine columns read better across a landscape page
    _consolidated_plan(doc, plan)
    _new_section(doc, plan, landscape=False)
    _grouped_views(doc, plan)
    doc.add_heading(w("doc.roster"), level=1)
    for person in plan.data.roster:
        paragraph = _para(doc, person.name, style="List Bullet", bold=True)
        extra = ", ".join(v for v in (person.group, person.role, person.organization) if v)
        if extra:
            paragraph.add_run(" — " + _text(extra))
    if not plan.data.roster:
        _para(doc, w("doc.roster_none"))
    elif plan.data.unnamed:
        _para(doc, w("doc.roster_unnamed", n=plan.data.unnamed))
    return doc


def write_docx(plan: ActionPlan, path: Path) -> Path:
    build_document(plan).save(str(path))
    return path
