"""The statewide rollup PDF: cover, contents, two heat maps, disagreements, top ideas, action items.

Reuses the action plan's base document (pages, fonts, styles, "Page X of Y", bookmarks) read-only.
Every piece of user text goes through `markup()`; the small-group rule is already in the data. The
fixed wording is English or Spanish (`pdf_words`).
"""

from __future__ import annotations

from reportlab.lib.units import inch
from reportlab.platypus import CondPageBreak, NextPageTemplate, PageBreak, Paragraph, Spacer

from plworkshop.domain.rollup.models import MIN_CELL_PEOPLE, Rollup, StageCell
from plworkshop.reports.action_plan.pdf_common import cell, header_row, no_border_table, zebra_table
from plworkshop.reports.action_plan.pdf_document import ReportDocument
from plworkshop.reports.action_plan.strings import strings
from plworkshop.reports.rollup.pdf_heatmap import HeatLegend, heat_table
from plworkshop.reports.rollup.pdf_words import RollupWords
from plworkshop.reports.text import markup

MAX_ACTION_ROWS = 600  # the PDF lists this many (overdue first); the XLSX holds them all
IDEA_CUT = 500


def _second_level(heading):
    """A heading printed in the small style that is, in the document's outline, the second level."""
    heading.structure_tag = "H2"
    return heading


def _p(text: str, style) -> Paragraph:
    return Paragraph(markup(text), style)


def _distribution(c: StageCell, w: RollupWords) -> str:
    """'0: 12 · 1: <5 · 2: 30 · 3: 8' (a count of 1–4 people is never printed)."""
    if c.suppressed:
        return w.fewer_than
    if not c.people:
        return "—"
    return " · ".join(f"{stage}: {'<5' if n is None else n}" for stage, n in enumerate(c.counts))


def _cover(doc: ReportDocument, r: Rollup, w: RollupWords) -> list:
    st = doc.styles
    facts = [
        (w["scope"], w.scope_line(r)),
        (w["generated"], w.date(r.generated_on)),
        (w["participants"], w.number(r.participants)),
        (w["responses"], w.number(r.responses)),
        (w["action_items"], f"{w.number(len(r.action_items))} ({w.fmt('overdue_n', n=w.number(r.overdue))})"),
    ]
    return [
        _p(w["kicker"], st["kicker"]),
        _p(w.where(r), st["cover_title"]),
        _p(w["subtitle"], st["cover_sub"]),
        no_border_table(
            [[_p(k, st["small"]), _p(v, st["body"])] for k, v in facts],
            [1.3 * inch, doc.portrait_width - 1.3 * inch],
        ),
        Spacer(1, 0.3 * inch),
        _second_level(_p(w["how_to_read"], st["h3"])),
        _p(w["how_to_read_text"], st["body"]),
        _p(w.fmt("small_groups", n=MIN_CELL_PEOPLE, label=w.fewer_than), st["body"]),
        _p(w["adapted_note"], st["small"]),
        NextPageTemplate("portrait"),
        PageBreak(),
    ]


def _workshops(doc: ReportDocument, r: Rollup, w: RollupWords) -> list:
    st = doc.styles
    rows = [
        header_row(
            [w["district"], w["workshop"], w["date"], w["people"], w["responses"], w["actions"]],
            st["cell_head"],
        )
    ]
    rows += [
        [
            cell(x.district or "—", st["cell"]),
            cell(x.title, st["cell"]),
            cell(x.date.isoformat() if x.date else "—", st["cell"]),
            cell(str(x.participants), st["cell_right"]),
            cell(str(x.responses), st["cell_right"]),
            cell(str(x.action_items), st["cell_right"]),
        ]
        for x in r.workshops
    ]
    return [
        doc.heading(markup(w["workshops"]), "h1", key="workshops", outline=w["workshops"], level=0),
        zebra_table(rows, doc.cols(1.6, 1.95, 0.85, 0.6, 0.95, 0.75), align_right=(3, 4, 5)),
    ]


def _heat(doc: ReportDocument, heat, key: str, w: RollupWords) -> list:
    title = w[f"{key}_title"]
    row_heading = w["district"] if key == "districts" else w["stakeholder_group"]
    return [
        NextPageTemplate("landscape"),
        PageBreak(),
        doc.heading(markup(title), "h1", key=key, outline=title, level=0),
        _p(w[f"{key}_intro"], doc.styles["lead"]),
        HeatLegend(w),
        Spacer(1, 8),
        heat_table(heat, doc.landscape_width, w, row_heading),
    ]


def _disagreements(doc: ReportDocument, r: Rollup, w: RollupWords) -> list:
    st = doc.styles
    story = [
        NextPageTemplate("portrait"),
        PageBreak(),
        doc.heading(markup(w["disagree"]), "h1", key="disagree", outline=w["disagree"], level=0),
        _p(w["disagree_intro"], st["lead"]),
    ]
    for d in r.disagreements:
        gap = (
            w.fmt(
                "gap",
                gap=w.decimal(d.gap),
                high=d.highest[0],
                high_mean=w.decimal(d.highest[1]),
                low=d.lowest[0],
                low_mean=w.decimal(d.lowest[1]),
            )
            if d.gap is not None
            else w["too_few"]
        )
        overall = (
            w.fewer_than
            if d.overall.suppressed
            else (
                "—"
                if not d.overall.people
                else w.fmt(
                    "statewide_line",
                    mean=w.decimal(d.overall.mean),
                    spread=w.decimal(d.overall.spread),
                    n=d.overall.people,
                    dist=_distribution(d.overall, w),
                )
            )
        )
        story += [
            CondPageBreak(1.2 * inch),
            _second_level(_p(w.condition_heading(d.condition), st["h3"])),
            _p(gap, st["body"]),
            _p(overall, st["small"]),
        ]
        story += [Paragraph(markup(w.minority(v)), st["response"], bulletText="•") for v in d.minority_views]
    if not r.disagreements:
        story.append(_p(w["nobody_placed"], st["body"]))
    return story


def _ideas(doc: ReportDocument, r: Rollup, w: RollupWords) -> list:
    st = doc.styles
    story = [PageBreak(), doc.heading(markup(w["ideas"]), "h1", key="ideas", outline=w["ideas"], level=0)]
    current = None
    for q in r.top_ideas:
        if q.condition.key != current:
            current = q.condition.key
            story.append(_p(w.condition_heading(q.condition), st["h2"]))
        story += doc.table_heading(
            markup(w.fmt("stage_q", n=q.stage, question=q.question)), "h3", need=1.3 * inch
        )
        story.append(_p(w.fmt("responses_across", n=w.number(q.responses)), st["small"]))
        if not q.ideas:
            story.append(_p(w["no_votes"], st["small"]))
            continue
        rows = [header_row([w["votes"], w["idea"], w["came_from"]], st["cell_head"])]
        rows += [
            [
                cell(str(i.votes), st["cell_right"]),
                cell(i.text, st["cell"], cut=IDEA_CUT),
                cell(" · ".join(x for x in (i.district, i.stakeholder_group) if x), st["cell"]),
            ]
            for i in q.ideas
        ]
        story.append(zebra_table(rows, doc.cols(0.55, 4.35, 1.8), align_right=(0,)))
    if not r.top_ideas:
        story.append(_p(w["no_responses"], st["body"]))
    return story


def _actions(doc: ReportDocument, r: Rollup, w: RollupWords) -> list:
    st = doc.styles
    story = [
        NextPageTemplate("landscape"),
        PageBreak(),
        doc.heading(markup(w["actions_title"]), "h1", key="actions", outline=w["actions_title"], level=0),
        _p(w.fmt("actions_intro", n=w.number(len(r.action_items)), overdue=w.number(r.overdue)), st["lead"]),
    ]
    story += doc.table_heading(markup(w["by_owner"]), "h2")
    rows = [header_row([w["owner"], w["action_items"], w["overdue"], w["next_due"]], st["cell_head"])]
    rows += [
        [
            cell(o.owner, st["cell"]),
            cell(str(o.items), st["cell_right"]),
            cell(str(o.overdue), st["cell_right"]),
            cell(w.date(o.next_due), st["cell"]),
        ]
        for o in r.owners
    ]
    story.append(zebra_table(rows, [3.5 * inch, 1.0 * inch, 0.9 * inch, 1.6 * inch], align_right=(1, 2)))
    shown = r.action_items[:MAX_ACTION_ROWS]
    story += doc.table_heading(markup(w["all_actions"]), "h2")
    if len(shown) < len(r.action_items):
        story.append(
            _p(w.fmt("first_n", shown=w.number(len(shown)), total=w.number(len(r.action_items))), st["small"])
        )
    rows = [
        header_row(
            ["", w["owner"], w["policy_lever"], w["due"], w["status"], w["action"], w["district"]],
            st["cell_head"],
        )
    ]
    rows += [
        [
            Paragraph(markup(w["overdue_tag"]) if a.overdue else "", st["cell_bold"]),
            cell(a.owner, st["cell"]),
            cell(a.policy_lever, st["cell"]),
            cell(a.due.isoformat() if a.due else "—", st["cell"]),
            cell(f"{w.status(a.status)} · {w.priority(a.priority)}", st["cell"]),
            cell(a.title, st["cell"], cut=300),
            cell(a.district, st["cell"]),
        ]
        for a in shown
    ]
    story.append(zebra_table(rows, doc.cols(0.8, 1.4, 1.1, 0.85, 1.15, 2.7, 1.6, landscape=True, fill=True)))
    return story


def rollup_pdf(rollup: Rollup, *, lang: str = "en", paper: str = "letter") -> bytes:
    """The rollup PDF's bytes, its fixed wording in `lang` ("en" or "es")."""
    w = RollupWords(lang)
    where = w.where(rollup)
    doc = ReportDocument(
        title=f"{w['title']}: {where}",
        author="plworkshop",
        subject=w["title"],
        header_left=f"{w['title']} · {where}",
        header_right=w.date(rollup.generated_on),
        footer_left=w.scope_line(rollup),
        strings=strings(w.lang),
        paper=paper,
    )
    entries = [
        (0, w["workshops"], "workshops"),
        (0, w["districts_title"], "districts"),
        (0, w["groups_title"], "groups"),
        (0, w["disagree"], "disagree"),
        (0, w["ideas"], "ideas"),
        (0, w["actions_title"], "actions"),
    ]
    story = _cover(doc, rollup, w)
    story += [_p(w["contents"], doc.styles["h1"]), doc.contents(entries), PageBreak()]
    story += _workshops(doc, rollup, w)
    story += _heat(doc, rollup.districts, "districts", w)
    story += _heat(doc, rollup.groups, "groups", w)
    story += _disagreements(doc, rollup, w)
    story += _ideas(doc, rollup, w)
    story += _actions(doc, rollup, w)
    return doc.render(story)
