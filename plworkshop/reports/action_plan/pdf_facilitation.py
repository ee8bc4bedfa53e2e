"""The action plan's pages for themes (a part of each condition), the parking lot and the day's agenda
(appendix); `pdf_sections` calls these where they belong."""

from __future__ import annotations

from reportlab.lib.units import inch
from reportlab.platypus import PageBreak, Spacer

from plworkshop.reports.action_plan.data import ActionPlanData, ConditionSection
from plworkshop.reports.action_plan.pdf_common import cell, header_row, plain, zebra_table
from plworkshop.reports.action_plan.pdf_document import ReportDocument, WithCaption, line, text_para
from plworkshop.reports.action_plan.pdf_paragraph import Para
from plworkshop.reports.action_plan.strings import Strings
from plworkshop.reports.tagging import TaggingKeepTogether
from plworkshop.reports.text import markup

AGENDA_WIDTHS = [0.7 * inch, 0.7 * inch, 3.4 * inch, 1.0 * inch, 0.9 * inch]  # "Duración" fits its column


def themes(doc: ReportDocument, number: int, c: ConditionSection, s: Strings) -> list:
    """The condition's themes, after its input; nothing when the room made none."""
    if not c.themes:
        return []
    st = doc.styles
    story: list = [
        doc.heading(markup(s["themes"]), "h2", key=f"cond-{number}-themes", outline=s["themes"], level=1),
        Para(markup(s["themes_intro"]), st["small"]),
    ]
    for theme in c.themes:
        count = s["theme_ideas_1"] if len(theme.ideas) == 1 else s.fmt("theme_ideas_n", n=len(theme.ideas))
        head = [
            text_para(theme.name, st["h3"]),
            line(f"{s.votes(theme.votes)} · {count}", st["response_meta"]),
        ]
        ideas = [text_para(idea, st["response"], bulletText="•") for idea in theme.ideas]
        if not ideas:
            ideas = [Para(markup(s["theme_empty"]), st["small"])]
        story.append(TaggingKeepTogether(head + ideas[:3]))
        story += ideas[3:]
        story.append(Spacer(1, 4))
    return story


def parking_lot(doc: ReportDocument, data: ActionPlanData, s: Strings) -> list:
    """Its own page after the conditions: every idea kept aside, with who raised it and when."""
    st = doc.styles
    story: list = [
        PageBreak(),
        doc.heading(markup(s["parking_lot"]), "h1", key="parking-lot", outline=s["parking_lot"], level=0),
    ]
    if not data.parked:
        return story + [Para(markup(s["parking_lot_empty"]), st["body"])]
    story.append(Para(markup(s["parking_lot_intro"]), st["small"]))
    for p in data.parked:
        meta = p.attribution + (f" · {s.fmt('parked_while', where=p.where)}" if p.where else "")
        story.append(
            WithCaption(text_para(p.text, st["response"], bulletText="•"), line(meta, st["response_meta"]))
        )
    return story


def agenda(doc: ReportDocument, data: ActionPlanData, s: Strings) -> list:
    """Appendix: the day's agenda as a table (clock times when the day's start was set)."""
    if not data.agenda:
        return []
    st = doc.styles
    story: list = [
        PageBreak(),
        doc.heading(markup(s["agenda_heading"]), "h1", key="agenda", outline=s["agenda_heading"], level=0),
        Para(markup(s["agenda_intro"]), st["small"]),
    ]
    story.append(agenda_table(doc, data.agenda, s))
    return story


def agenda_table(doc: ReportDocument, lines, s: Strings):
    """Start, end, item, kind, length; without the clock columns when no time was set."""
    st = doc.styles
    timed = any(a.start for a in lines)
    total = sum(a.minutes for a in lines)
    rows = [
        header_row(
            ([s["agenda_start"], s["agenda_end"]] if timed else [])
            + [s["agenda_item"], s["agenda_kind"], s["agenda_length"]],
            st["cell_head"],
        )
    ]
    for a in lines:
        clock = [plain(a.start), plain(a.end)] if timed else []
        rows.append(
            clock
            + [
                cell(a.title, st["cell_bold" if a.is_condition else "cell"]),
                cell(a.kind, st["small"]),
                cell(s.fmt("minutes", n=a.minutes), st["cell_right"]),
            ]
        )
    rows.append(
        ([""] * 2 if timed else [])
        + [cell(s["agenda_total"], st["cell_bold"]), "", cell(s.fmt("minutes", n=total), st["cell_right"])]
    )
    widths = AGENDA_WIDTHS if timed else [AGENDA_WIDTHS[2] + 1.4 * inch] + AGENDA_WIDTHS[3:]
    room = getattr(doc, "portrait_width", sum(widths))  # A4 portrait is narrower than Letter
    if sum(widths) > room:
        widths = [w * room / sum(widths) for w in widths]
    return zebra_table(rows, widths, align_right=(len(widths) - 1,))
