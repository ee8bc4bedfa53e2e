"""The action plan's tables: the consolidated plan (landscape), views by owner and lever, the roster."""

from __future__ import annotations

from reportlab.lib.units import inch
from reportlab.platypus import NextPageTemplate, PageBreak, Spacer

from plworkshop.reports.action_plan.data import ActionPlanData, ActionRow, plan_groups
from plworkshop.reports.action_plan.pdf_common import cell, header_row, plain, zebra_table
from plworkshop.reports.action_plan.pdf_document import ReportDocument, para
from plworkshop.reports.action_plan.pdf_paragraph import Para
from plworkshop.reports.action_plan.strings import Strings
from plworkshop.reports.tagging import TaggingKeepTogether
from plworkshop.reports.text import markup

# #, action, owner, partners, due, priority, status, lever, measure: 9.6 inches of Letter's landscape
# frame, stretched to A4's; Priority is wide enough for "Prioridad" on one line.
PLAN_INCHES = (0.3, 1.72, 1.2, 1.32, 0.88, 0.78, 0.8, 1.1, 1.5)


def _due(row: ActionRow, s: Strings) -> str:
    """The due date for a table cell, marked on a second line when the item is overdue."""
    due = s.short_date(row.due)
    return plain(f"{due}\n({s['overdue']})" if row.overdue else due)


def action_plan(doc: ReportDocument, data: ActionPlanData, s: Strings) -> list:
    """The consolidated plan (landscape): one table per condition, under the stage goal it serves."""
    st = doc.styles
    story: list = [
        NextPageTemplate("landscape"),
        PageBreak(),
        doc.heading(markup(s["action_plan"]), "h1", key="plan", outline=s["action_plan"], level=0),
    ]
    if not data.action_items:
        story.append(Para(markup(s["no_action_items"]), st["body"]))
    else:
        story.append(Para(markup(s["action_plan_intro"]), st["small"]))
        widths = doc.cols(*PLAN_INCHES, landscape=True, fill=True)
        for title, condition, items in plan_groups(data):
            title = title or s["no_condition"]
            story += doc.table_heading(markup(title), "h3", need=1.7 * inch, level="H2")
            serves = condition.next_stage if condition is not None else None
            if serves is not None:
                story.append(
                    para(
                        markup(s.fmt("serves_stage", n=serves.number, name=serves.name))
                        + f" {markup(serves.goal)}",
                        st["small"],
                    )
                )
            rows = [
                header_row(
                    [
                        "#",
                        s["action"],
                        s["owner"],
                        s["partners"],
                        s["due"],
                        s["priority"],
                        s["status"],
                        s["policy_lever"],
                        s["measure"],
                    ],
                    st["cell_head"],
                )
            ]
            for r in items:
                rows.append(
                    [
                        plain(str(r.number)),
                        cell(r.title, st["cell_bold"]),
                        cell(r.owner, st["cell"]),
                        cell(r.partners, st["cell"]),
                        _due(r, s),
                        plain(r.priority),
                        plain(r.status),
                        cell(r.policy_lever, st["cell"]),
                        cell(r.measure, st["cell"]),
                    ]
                )
            story.append(zebra_table(rows, widths))
    story += [NextPageTemplate("portrait"), PageBreak()]
    return story


def _group_table(doc: ReportDocument, rows: tuple[ActionRow, ...], s: Strings, *, by_owner: bool):
    st = doc.styles
    third = s["policy_lever"] if by_owner else s["owner"]
    table = [header_row(["#", s["action"], third, s["due"], s["status"]], st["cell_head"])]
    for r in rows:
        table.append(
            [
                plain(str(r.number)),
                cell(r.title, st["cell"]),
                cell(r.policy_lever if by_owner else r.owner, st["cell"]),
                _due(r, s),
                plain(r.status),
            ]
        )
    return zebra_table(table, doc.cols(0.35, 2.85, 1.5, 1.1, 0.9))


def grouped(doc: ReportDocument, data: ActionPlanData, s: Strings) -> list:
    st = doc.styles
    story: list = []
    for key, title, groups, by_owner in (
        ("by-owner", s["by_owner"], data.by_owner, True),
        ("by-lever", s["by_lever"], data.by_lever, False),
    ):
        if story:
            story.append(PageBreak())
        story.append(doc.heading(markup(title), "h1", key=key, outline=title, level=0))
        if not groups:
            story.append(Para(markup(s["no_action_items"]), st["body"]))
        for name, rows in groups:
            head = f'{markup(name)} <font size="8.5" color="#5B6470">({len(rows)})</font>'
            if len(rows) <= 3:
                heading = para(head, st["h3"])
                heading.structure_tag = "H2"  # the level below the page's heading, in a smaller style
                story.append(TaggingKeepTogether([heading, _group_table(doc, rows, s, by_owner=by_owner)]))
            else:
                story += doc.table_heading(head, "h3", level="H2")
                story.append(_group_table(doc, rows, s, by_owner=by_owner))
    return story


def roster(doc: ReportDocument, data: ActionPlanData, s: Strings) -> list:
    st = doc.styles
    story: list = [
        PageBreak(),
        doc.heading(markup(s["appendix_roster"]), "h1", key="roster", outline=s["appendix_roster"], level=0),
    ]
    if data.anonymous:
        return story + [Para(markup(s["roster_anonymous"]), st["body"])]
    if data.roster:
        story.append(Para(markup(s["roster_intro"]), st["small"]))
        rows = [
            header_row(
                [s["roster_name"], s["roster_role"], s["roster_org"], s["roster_group"]], st["cell_head"]
            )
        ]
        rows += [
            [
                cell(p.name, st["cell_bold"]),
                cell(p.role, st["cell"]),
                cell(p.organization, st["cell"]),
                cell(p.group, st["cell"]),
            ]
            for p in data.roster
        ]
        story.append(zebra_table(rows, doc.cols(1.7, 1.5, 1.9, 1.6)))
    else:
        story.append(Para(markup(s["roster_empty"]), st["body"]))
    if data.unnamed:
        story.append(Spacer(1, 8))
        story.append(
            Para(
                markup(
                    s["roster_unnamed_1"] if data.unnamed == 1 else s.fmt("roster_unnamed_n", n=data.unnamed)
                ),
                st["lead"],
            )
        )
    return story
