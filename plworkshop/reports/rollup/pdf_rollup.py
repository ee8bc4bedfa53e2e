"""The statewide rollup PDF: cover, contents, two heat maps, disagreements, top ideas, action items.

Reuses the action plan's base document (pages, fonts, styles, "Page X of Y", bookmarks) read-only.
Every piece of user text goes through `markup()`; the small-group rule is already in the data.
"""

from __future__ import annotations

from reportlab.lib.units import inch
from reportlab.platypus import CondPageBreak, NextPageTemplate, PageBreak, Paragraph, Spacer

from plworkshop.reports.action_plan.pdf_common import cell, header_row, no_border_table, zebra_table
from plworkshop.reports.action_plan.pdf_document import ReportDocument
from plworkshop.reports.action_plan.strings import strings
from plworkshop.domain.rollup.colours import distribution
from plworkshop.reports.rollup.pdf_heatmap import HeatLegend, heat_table
from plworkshop.domain.rollup.wording import (condition_heading, minority_text, priority_label,
                                               scope_line, status_label)
from plworkshop.reports.text import markup
from plworkshop.domain.rollup.models import FEWER_THAN, MIN_CELL_PEOPLE, Rollup

PORTRAIT = 8.5 * inch - 2 * 0.9 * inch
LANDSCAPE = 11 * inch - 1.4 * inch
MAX_ACTION_ROWS = 600   # the PDF lists this many (overdue first); the XLSX holds them all
IDEA_CUT = 500
TITLE = "Statewide rollup"


def _date(value) -> str:
    return value.strftime("%B %-d, %Y") if value else "—"


def _cover(doc: ReportDocument, r: Rollup) -> list:
    st = doc.styles
    facts = [("Scope", scope_line(r)), ("Generated", _date(r.generated_on)),
             ("Participants", f"{r.participants:,}"), ("Responses", f"{r.responses:,}"),
             ("Action items", f"{len(r.action_items):,} ({r.overdue:,} overdue)")]
    story = [Paragraph("STATEWIDE ROLLUP", st["kicker"]),
             Paragraph(markup(r.state.strip() if r.state else "All workshops"), st["cover_title"]),
             Paragraph("Across district convenings on the State Policy Framework for Personalized "
                       "Learning", st["cover_sub"]),
             no_border_table([[Paragraph(markup(k), st["small"]), Paragraph(markup(v), st["body"])]
                              for k, v in facts], [1.3 * inch, PORTRAIT - 1.3 * inch]),
             Spacer(1, 0.3 * inch),
             Paragraph("How to read this report", st["h3"]),
             Paragraph("Stages: 0 not yet started, 1 Exploration, 2 Replication, 3 Statewide "
                       "Transformation. A heat-map square shows the mean stage at which people placed "
                       "the state, ± the spread (standard deviation), and how many people placed it; "
                       "disagreements and minority views are listed rather than averaged away.",
                       st["body"]),
             Paragraph(markup(f"Small-group safety: any breakdown of fewer than {MIN_CELL_PEOPLE} "
                              f"people is shown only as “{FEWER_THAN}”."), st["body"]),
             Paragraph("Conditions marked (adapted) use guiding text adapted for this tool; "
                       "Collaborative Leadership is the framework’s official text.", st["small"]),
             NextPageTemplate("portrait"), PageBreak()]
    return story


def _workshops(doc: ReportDocument, r: Rollup) -> list:
    st = doc.styles
    rows = [header_row(["District", "Workshop", "Date", "People", "Responses", "Actions"], st["cell_head"])]
    rows += [[cell(w.district or "—", st["cell"]), cell(w.title, st["cell"]),
              cell(w.date.isoformat() if w.date else "—", st["cell"]),
              cell(str(w.participants), st["cell_right"]), cell(str(w.responses), st["cell_right"]),
              cell(str(w.action_items), st["cell_right"])] for w in r.workshops]
    widths = [1.6 * inch, PORTRAIT - 4.75 * inch, 0.85 * inch, 0.6 * inch, 0.95 * inch, 0.75 * inch]
    return [doc.heading("Workshops in this rollup", "h1", key="workshops",
                        outline="Workshops in this rollup", level=0),
            zebra_table(rows, widths, align_right=(3, 4, 5))]


def _heat(doc: ReportDocument, heat, key: str, intro: str) -> list:
    return [NextPageTemplate("landscape"), PageBreak(),
            doc.heading(markup(heat.title), "h1", key=key, outline=heat.title, level=0),
            Paragraph(markup(intro), doc.styles["lead"]), HeatLegend(), Spacer(1, 8),
            heat_table(heat, LANDSCAPE)]


def _disagreements(doc: ReportDocument, r: Rollup) -> list:
    st = doc.styles
    story = [NextPageTemplate("portrait"), PageBreak(),
             doc.heading("Where stakeholder groups disagree most", "h1", key="disagree",
                         outline="Where stakeholder groups disagree most", level=0),
             Paragraph("Conditions ordered by the gap between the stakeholder groups that placed the "
                       "state furthest along and least far along (groups of 5 or more people). Groups "
                       "and districts far from the statewide mean are kept as minority views.", st["lead"])]
    for d in r.disagreements:
        title = condition_heading(d.condition)
        gap = (f"Gap {d.gap:.1f} stages: {d.highest[0]} {d.highest[1]:.1f} vs {d.lowest[0]} "
               f"{d.lowest[1]:.1f}" if d.gap is not None else "Too few people per group to compare.")
        overall = d.overall.label() if d.overall.suppressed else (
            f"Statewide {d.overall.mean:.1f} ± {d.overall.spread:.1f}, n = {d.overall.people}; "
            f"people at each stage {distribution(d.overall)}")
        story += [CondPageBreak(1.2 * inch), Paragraph(markup(title), st["h3"]),
                  Paragraph(markup(gap), st["body"]), Paragraph(markup(overall), st["small"])]
        if d.minority_views:
            story += [Paragraph(markup("Minority view: " + minority_text(v)), st["response"],
                                bulletText="•") for v in d.minority_views]
    if not r.disagreements:
        story.append(Paragraph("Nobody placed the state on any condition yet.", st["body"]))
    return story


def _ideas(doc: ReportDocument, r: Rollup) -> list:
    st = doc.styles
    story = [PageBreak(), doc.heading("Most-voted ideas by strategic question", "h1", key="ideas",
                                      outline="Most-voted ideas by strategic question", level=0)]
    current = None
    for q in r.top_ideas:
        if q.condition.key != current:
            current = q.condition.key
            story.append(Paragraph(markup(condition_heading(q.condition)), st["h2"]))
        story += [CondPageBreak(1 * inch), Paragraph(markup(f"Stage {q.stage}: {q.question}"), st["h3"]),
                  Paragraph(markup(f"{q.responses:,} responses across the workshops"), st["small"])]
        if not q.ideas:
            story.append(Paragraph("No response to this question received votes.", st["small"]))
            continue
        rows = [header_row(["Votes", "Idea", "Where it came from"], st["cell_head"])]
        rows += [[cell(str(i.votes), st["cell_right"]), cell(i.text, st["cell"], cut=IDEA_CUT),
                  cell(" · ".join(x for x in (i.district, i.stakeholder_group) if x), st["cell"])]
                 for i in q.ideas]
        story.append(zebra_table(rows, [0.55 * inch, PORTRAIT - 2.35 * inch, 1.8 * inch],
                                 align_right=(0,)))
    if not r.top_ideas:
        story.append(Paragraph("No responses were recorded.", st["body"]))
    return story


def _actions(doc: ReportDocument, r: Rollup) -> list:
    st = doc.styles
    story = [NextPageTemplate("landscape"), PageBreak(),
             doc.heading("Action items across districts", "h1", key="actions",
                         outline="Action items across districts", level=0),
             Paragraph(markup(f"{len(r.action_items):,} action items, {r.overdue:,} overdue. "
                              "Overdue items first, then by owner, policy lever and due date."),
                       st["lead"]), Paragraph("By owner", st["h2"])]
    rows = [header_row(["Owner", "Action items", "Overdue", "Next due"], st["cell_head"])]
    rows += [[cell(o.owner, st["cell"]), cell(str(o.items), st["cell_right"]),
              cell(str(o.overdue), st["cell_right"]), cell(_date(o.next_due), st["cell"])]
             for o in r.owners]
    story.append(zebra_table(rows, [3.5 * inch, 1.0 * inch, 0.8 * inch, 1.4 * inch], align_right=(1, 2)))
    shown = r.action_items[:MAX_ACTION_ROWS]
    story += [Paragraph("All action items", st["h2"])]
    if len(shown) < len(r.action_items):
        story.append(Paragraph(markup(f"The first {len(shown):,} of {len(r.action_items):,} are listed "
                                      "here; the XLSX rollup holds every one."), st["small"]))
    rows = [header_row(["", "Owner", "Policy lever", "Due", "Status", "Action", "District"], st["cell_head"])]
    rows += [[Paragraph("OVERDUE" if a.overdue else "", st["cell_bold"]), cell(a.owner, st["cell"]),
              cell(a.policy_lever, st["cell"]), cell(a.due.isoformat() if a.due else "—", st["cell"]),
              cell(f"{status_label(a.status)} · {priority_label(a.priority)}", st["cell"]),
              cell(a.title, st["cell"], cut=300), cell(a.district, st["cell"])] for a in shown]
    story.append(zebra_table(rows, [0.8 * inch, 1.4 * inch, 1.1 * inch, 0.85 * inch, 1.15 * inch,
                                    LANDSCAPE - 6.9 * inch, 1.6 * inch]))
    return story


def rollup_pdf(rollup: Rollup) -> bytes:
    """The rollup PDF's bytes."""
    where = rollup.state.strip() if rollup.state else "All workshops"
    doc = ReportDocument(title=f"{TITLE}: {where}", author="plworkshop", subject=TITLE,
                         header_left=f"{TITLE} · {where}", header_right=_date(rollup.generated_on),
                         footer_left=scope_line(rollup), strings=strings("en"))
    entries = [(0, "Workshops in this rollup", "workshops"),
               (0, rollup.districts.title, "districts"), (0, rollup.groups.title, "groups"),
               (0, "Where stakeholder groups disagree most", "disagree"),
               (0, "Most-voted ideas by strategic question", "ideas"),
               (0, "Action items across districts", "actions")]
    story = _cover(doc, rollup)
    story += [Paragraph("Contents", doc.styles["h1"]), doc.contents(entries), PageBreak()]
    story += _workshops(doc, rollup)
    story += _heat(doc, rollup.districts, "districts",
                   "Each row is a district (its workshops together); each square is where its people "
                   "placed the state on that condition. The last row is the whole state.")
    story += _heat(doc, rollup.groups, "groups",
                   "Each row is a stakeholder group across all districts in this rollup.")
    story += _disagreements(doc, rollup)
    story += _ideas(doc, rollup)
    story += _actions(doc, rollup)
    return doc.render(story)
