"""The printable agenda as a PDF (ReportLab): the workshop's title, date and place, then the day in
order with clock times, and each condition's strategic questions that have a time box of their own."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.platypus import SimpleDocTemplate, Spacer

from plworkshop.domain.read_models import WorkshopSnapshot
from plworkshop.framework.model import FrameworkPack
from plworkshop.reports.action_plan.facilitation_data import agenda_lines
from plworkshop.reports.action_plan.localized import Localizer
from plworkshop.reports.action_plan.pdf_document import make_styles, text_para
from plworkshop.reports.action_plan.pdf_facilitation import agenda_table
from plworkshop.reports.action_plan.pdf_paragraph import Para
from plworkshop.reports.action_plan.strings import strings
from plworkshop.reports.text import markup


class _Doc:
    """What `agenda_table` needs of a report document: its styles."""

    def __init__(self) -> None:
        self.styles = make_styles()


def agenda_pdf(snapshot: WorkshopSnapshot, pack: FrameworkPack, *, lang: str = "en") -> bytes:
    """The agenda's PDF bytes; names no participant (it is meant to be posted in the room)."""
    s = strings(lang)
    w = snapshot.workshop
    local = Localizer(snapshot, pack, s.lang)
    lines = agenda_lines(snapshot, local, s)
    doc = _Doc()
    st = doc.styles
    buffer = io.BytesIO()
    pdf = SimpleDocTemplate(
        buffer,
        pagesize=letter,
        leftMargin=0.9 * inch,
        rightMargin=0.9 * inch,
        topMargin=0.8 * inch,
        bottomMargin=0.8 * inch,
        title=f"{w.title} — {s['agenda_heading']}",
        author=w.facilitator or "plworkshop",
        creator="plworkshop",
    )
    facts = " · ".join(
        x for x in (s.date(w.date), w.location, ", ".join(y for y in (w.district, w.state) if y)) if x
    )
    story: list = [Para(markup(s["agenda_title"].upper()), st["kicker"]), text_para(w.title, st["h1"])]
    if facts:
        story.append(text_para(facts, st["lead"]))
    if lines:
        story.append(agenda_table(doc, lines, s))
    else:
        story.append(Para(markup(s["no_conditions"]), st["body"]))
    boxes = _question_boxes(snapshot, local, s)
    if boxes:
        story += [Spacer(1, 12), Para(markup(s["agenda_question_boxes"]), st["h3"])]
        story += [
            text_para(f"{title} — {question}: {s.fmt('minutes', n=minutes)}", st["small"])
            for title, question, minutes in boxes
        ]
    pdf.build(story)
    return buffer.getvalue()


def _question_boxes(snapshot: WorkshopSnapshot, local, s) -> list[tuple[str, str, int]]:
    out = []
    for box in snapshot.question_time_boxes:
        condition = snapshot.conditions.get(box.condition)
        question = condition.question(box.question) if condition else None
        if question is not None:
            out.append((local.title(box.condition), question.text, box.minutes))
    return out
