"""The action plan's tables: the consolidated plan (landscape), views by owner and lever, the roster."""

from __future__ import annotations

from reportlab.lib.units import inch
from reportlab.platypus import KeepTogether, NextPageTemplate, PageBreak, Spacer

from plworkshop.reports.action_plan.data import ActionPlanData, ActionRow
from plworkshop.reports.action_plan.pdf_common import cell, header_row, plain, zebra_table
from plworkshop.reports.action_plan.pdf_document import ReportDocument, para
from plworkshop.reports.action_plan.pdf_paragraph import Para
from plworkshop.reports.action_plan.strings import Strings
from plworkshop.reports.text import markup

PORTRAIT_WIDTH = 8.5 * inch - 2 * 0.9 * inch
# #, action, owner, partners, due, priority, status, lever, measure: 9.6 inches of landscape frame
PLAN_WIDTHS = [w * inch for w in (0.3, 1.85, 1.2, 1.32, 0.88, 0.65, 0.8, 1.1, 1.5)]


def action_plan(doc: ReportDocument, data: ActionPlanData, s: Strings) -> list:
    st = doc.styles
    story: list = [NextPageTemplate("landscape"), PageBreak(),
                   doc.heading(markup(s["action_plan"]), "h1", key="plan", outline=s["action_plan"], level=0)]
    if not data.action_items:
        story.append(Para(markup(s["no_action_items"]), st["body"]))
    else:
        story.append(Para(markup(s["action_plan_intro"]), st["small"]))
        rows = [header_row(["#", s["action"], s["owner"], s["partners"], s["due"], s["priority"],
                            s["status"], s["policy_lever"], s["measure"]], st["cell_head"])]
        for r in data.action_items:
            rows.append([plain(str(r.number)), cell(r.title, st["cell_bold"]),
                         cell(r.owner, st["cell"]), cell(r.partners, st["cell"]),
                         plain(s.short_date(r.due)), plain(r.priority), plain(r.status),
                         cell(r.policy_lever, st["cell"]), cell(r.measure, st["cell"])])
        story.append(zebra_table(rows, PLAN_WIDTHS))
    story += [NextPageTemplate("portrait"), PageBreak()]
    return story


def _group_table(doc: ReportDocument, rows: tuple[ActionRow, ...], s: Strings, *, by_owner: bool):
    st = doc.styles
    third = s["policy_lever"] if by_owner else s["owner"]
    table = [header_row(["#", s["action"], third, s["due"], s["status"]], st["cell_head"])]
    for r in rows:
        table.append([plain(str(r.number)), cell(r.title, st["cell"]),
                      cell(r.policy_lever if by_owner else r.owner, st["cell"]),
                      plain(s.short_date(r.due)), plain(r.status)])
    widths = [0.35 * inch, 2.85 * inch, 1.5 * inch, 1.1 * inch, 0.9 * inch]
    return zebra_table(table, widths)


def grouped(doc: ReportDocument, data: ActionPlanData, s: Strings) -> list:
    st = doc.styles
    story: list = []
    for key, title, groups, by_owner in (("by-owner", s["by_owner"], data.by_owner, True),
                                         ("by-lever", s["by_lever"], data.by_lever, False)):
        if story:
            story.append(PageBreak())
        story.append(doc.heading(markup(title), "h1", key=key, outline=title, level=0))
        if not groups:
            story.append(Para(markup(s["no_action_items"]), st["body"]))
        for name, rows in groups:
            head = para(f'{markup(name)} <font size="8.5" color="#5B6470">({len(rows)})</font>', st["h3"])
            story.append(KeepTogether([head, _group_table(doc, rows[:3], s, by_owner=by_owner)])
                         if len(rows) <= 3 else head)
            if len(rows) > 3:
                story.append(_group_table(doc, rows, s, by_owner=by_owner))
    return story


def roster(doc: ReportDocument, data: ActionPlanData, s: Strings) -> list:
    st = doc.styles
    story: list = [PageBreak(), doc.heading(markup(s["appendix_roster"]), "h1", key="roster",
                                            outline=s["appendix_roster"], level=0)]
    if data.anonymous:
        return story + [Para(markup(s["roster_anonymous"]), st["body"])]
    if data.roster:
        story.append(Para(markup(s["roster_intro"]), st["small"]))
        rows = [header_row([s["roster_name"], s["roster_role"], s["roster_org"], s["roster_group"]],
                           st["cell_head"])]
        rows += [[cell(p.name, st["cell_bold"]), cell(p.role, st["cell"]), cell(p.organization, st["cell"]),
                  cell(p.group, st["cell"])] for p in data.roster]
        story.append(zebra_table(rows, [1.7 * inch, 1.5 * inch, 1.9 * inch, 1.6 * inch]))
    else:
        story.append(Para(markup(s["roster_empty"]), st["body"]))
    if data.unnamed:
        story.append(Spacer(1, 8))
        story.append(Para(markup(s["roster_unnamed_1"] if data.unnamed == 1
                                      else s.fmt("roster_unnamed_n", n=data.unnamed)), st["lead"]))
    return story
