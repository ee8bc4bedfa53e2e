"""The DOCX export (python-docx): the action plan as an editable Word document.

Built-in heading styles (Title, Heading 1–3) carry the structure, so Word's navigation pane and a
table of contents work; tables use the built-in "Table Grid" style with a bold, repeating header row.
User text is set as run text (never parsed); CR LF and CR become Word line breaks, read back as LF.
"""

from __future__ import annotations

from pathlib import Path

from plworkshop.reports.action_plan.data import ActionRow
from plworkshop.reports.exports.docx_xml import repeat_as_header
from plworkshop.reports.exports.facilitation_parts import docx_parking_and_agenda, docx_themes
from plworkshop.reports.exports.plan import ActionPlan, DocumentSection

TABLE_STYLE = "Table Grid"


def _text(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _para(doc, text: str = "", *, style: str | None = None, bold: bool = False, italic: bool = False):
    paragraph = doc.add_paragraph(style=style)
    if text:
        run = paragraph.add_run(_text(text))
        run.bold, run.italic = bold or None, italic or None
    return paragraph


def _table(doc, headers: list[str], rows: list[list[str | tuple[str, str]]]) -> None:
    """A table; a cell given as (title, detail) shows the title bold and the detail below it."""
    table = doc.add_table(rows=1, cols=len(headers))
    table.style = doc.styles[TABLE_STYLE]
    for cell, header in zip(table.rows[0].cells, headers):
        cell.paragraphs[0].add_run(header).bold = True
    repeat_as_header(table.rows[0])
    for values in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, values):
            if isinstance(value, tuple):
                cell.paragraphs[0].add_run(_text(value[0])).bold = True
                if value[1]:
                    cell.add_paragraph(_text(value[1]))
            else:
                cell.paragraphs[0].add_run(_text(value))
    doc.add_paragraph()


def _new_section(doc, *, landscape: bool) -> None:
    from docx.enum.section import WD_ORIENT, WD_SECTION

    section = doc.add_section(WD_SECTION.NEW_PAGE)
    width, height = section.page_width, section.page_height
    if landscape != (width > height):
        section.page_width, section.page_height = height, width
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT


def _due(row: ActionRow, plan: ActionPlan) -> str:
    return row.due.isoformat() if row.due else plan.words("doc.no_due")


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
        return
    headers = [
        w(k) for k in ("col.title", "col.owner", "col.partners", "col.due", "col.priority", "col.status")
    ]
    _table(
        doc,
        headers,
        [
            [(a.title, a.description), a.owner, a.partners, _due(a, plan), a.priority, a.status]
            for a in section.source.action_items
        ],
    )


def build_document(plan: ActionPlan):
    """The python-docx Document of the action plan."""
    import docx

    w = plan.words
    doc = docx.Document()
    doc.core_properties.title = f"{w('doc.title')}: {plan.data.title}"
    doc.core_properties.author = "plworkshop"
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
    _new_section(doc, landscape=True)  # nine columns read better across a landscape page
    doc.add_heading(w("doc.plan"), level=1)
    _para(doc, w("doc.plan_intro"))
    headers = [
        w(k)
        for k in (
            "col.title",
            "col.condition",
            "col.owner",
            "col.partners",
            "col.due",
            "col.priority",
            "col.status",
            "col.policy_lever",
            "col.measure",
        )
    ]
    _table(
        doc,
        headers,
        [
            [
                a.title,
                a.condition,
                a.owner,
                a.partners,
                _due(a, plan),
                a.priority,
                a.status,
                a.policy_lever,
                a.measure,
            ]
            for a in plan.data.action_items
        ],
    )
    _new_section(doc, landscape=False)
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
