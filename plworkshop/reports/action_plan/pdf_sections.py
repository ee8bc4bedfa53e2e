"""The action plan's pages in order: cover, contents, summary and one section per condition."""

from __future__ import annotations

from reportlab.lib.units import inch
from reportlab.platypus import CondPageBreak, NextPageTemplate, PageBreak, Spacer

from plworkshop.reports import fonts
from plworkshop.reports.action_plan import pdf_facilitation, pdf_tables
from plworkshop.reports.action_plan.charts import StageChart
from plworkshop.reports.action_plan.data import ActionPlanData, ActionRow, ConditionSection
from plworkshop.reports.action_plan.pdf_common import (
    SUMMARY_CUT,
    cell,
    header_row,
    no_border_table,
    zebra_table,
)
from plworkshop.reports.action_plan.pdf_document import ReportDocument, WithCaption, line, para, text_para
from plworkshop.reports.action_plan.pdf_paragraph import Para
from plworkshop.reports.action_plan.strings import Strings, strings
from plworkshop.reports.tagging import TaggedTable, TaggingKeepTogether
from plworkshop.reports.text import markup


def _cover(doc: ReportDocument, data: ActionPlanData, s: Strings) -> list:
    st = doc.styles
    edition = s["edition_full"] if data.full else s.fmt("edition_summary", n=data.top_ideas)
    story: list = [
        Para(markup(f"{s['report_kind']} · {edition}".upper()), st["kicker"]),
        para(markup(data.title), st["cover_title"]),
        Para(markup(data.framework_title), st["cover_sub"]),
    ]
    facts = [
        (s["cover_date"], s.date(data.date)),
        (s["cover_place"], data.location),
        (s["cover_state"], data.state),
        (s["cover_district"], data.district),
        (s["cover_facilitator"], data.facilitator),
    ]
    rows = [
        [Para(markup(label), st["small"]), para(markup(value), st["body"])] for label, value in facts if value
    ]
    if rows:
        story.append(no_border_table(rows, [1.3 * inch, doc.portrait_width - 1.3 * inch]))
    participation = Para(markup(s["cover_participation"]), st["h3"])
    participation.structure_tag = "H2"  # the cover's one subheading, in a smaller style
    story += [Spacer(1, 0.3 * inch), participation]
    if data.participation:
        story.append(_participation_table(doc, data, s))
    else:
        story.append(Para(markup(s["cover_nobody"]), st["body"]))
    if data.anonymous:
        story += [Spacer(1, 10), Para(markup(s["cover_anonymous"]), st["lead"])]
    story += [Spacer(1, 0.35 * inch), Para(markup(data.framework_notice), st["small"])]
    if data.translation_notice:
        story.append(Para(markup(data.translation_notice), st["small"]))
    story += [
        Para(markup(s.fmt("generated", date=s.date(data.generated_on))), st["small"]),
        NextPageTemplate("portrait"),
        PageBreak(),
    ]
    return story


def _participation_table(doc: ReportDocument, data: ActionPlanData, s: Strings):
    """Groups in two side-by-side column pairs, so even twelve groups fit the cover."""
    st = doc.styles
    pairs = [
        [cell(label, st["cell"]), cell(s.number(n), st["cell_right"])] for label, n in data.participation
    ]
    pairs.append(
        [cell(s["cover_total"], st["cell_bold"]), cell(s.number(data.participants), st["cell_right"])]
    )
    half = (len(pairs) + 1) // 2
    left, right = pairs[:half], pairs[half:] + [["", ""]] * (half - len(pairs[half:]))
    rows = [header_row([s["cover_group"], s["cover_people"]] * 2, st["cell_head"])]
    rows += [a + b for a, b in zip(left, right)]
    return zebra_table(rows, doc.cols(2.4, 0.9, 2.4, 0.9), align_right=(1, 3))


def _toc_entries(data: ActionPlanData, s: Strings) -> list[tuple[int, str, str]]:
    entries = [(0, s["summary"], "summary")]
    entries += [(0, f"{i}. {c.title}", f"cond-{i}") for i, c in enumerate(data.conditions, start=1)]
    entries += [
        (0, s["action_plan"], "plan"),
        (0, s["by_owner"], "by-owner"),
        (0, s["by_lever"], "by-lever"),
        (0, s["appendix_roster"], "roster"),
    ]
    entries[1 + len(data.conditions) : 1 + len(data.conditions)] = [(0, s["parking_lot"], "parking-lot")]
    entries += [(0, s["agenda_heading"], "agenda")] if data.agenda else []
    return entries


def _stage_labels(s: Strings) -> list[str]:
    return [f"{n} · {s.stage(n)}" for n in range(4)]


def _summary(doc: ReportDocument, data: ActionPlanData, s: Strings) -> list:
    st = doc.styles
    story: list = [
        doc.heading(markup(s["summary"]), "h1", key="summary", outline=s["summary"], level=0),
        Para(markup(s["conditions_covered"]), st["h2_table"]),
    ]
    if data.conditions:
        rows = [header_row(["#", s["condition"], s["wording"], s["time"]], st["cell_head"])]
        rows += [
            [
                cell(str(i), st["cell"]),
                cell(c.title, st["cell_bold"]),
                cell(s["official_text"] if c.official else s["adapted_text"], st["cell"]),
                cell(s.fmt("minutes", n=c.minutes) if c.minutes else "", st["cell_right"]),
            ]
            for i, c in enumerate(data.conditions, start=1)
        ]
        story.append(zebra_table(rows, doc.cols(0.35, 3.75, 1.6, 1.0), align_right=(3,)))
        story += [
            Para(markup(s["placements"]), st["h2"]),
            Para(markup(s["placements_intro"]), st["small"]),
            Spacer(1, 4),
        ]
        half = (doc.portrait_width - 18) / 2
        charts = [_chart(c, s, half) for c in data.conditions]
        pairs = [charts[i : i + 2] + [""] * (2 - len(charts[i : i + 2])) for i in range(0, len(charts), 2)]
        grid = TaggedTable.layout(pairs, font=fonts.SANS, colWidths=[half + 18, half], hAlign="LEFT")
        grid.setStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), fonts.SANS),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
            ]
        )
        story.append(grid)
    else:
        story.append(Para(markup(s["no_conditions"]), st["body"]))
    story += doc.table_heading(markup(s["top_priorities"]), "h2")
    if data.priorities:
        rows = [header_row([s["rank"], s["input"], s["votes"], s["condition"]], st["cell_head"])]
        rows += [
            [
                cell(str(i), st["cell"]),
                cell(p.text, st["cell"], cut=SUMMARY_CUT),
                cell(s.number(p.votes), st["cell_right"]),
                cell(p.condition, st["cell"]),
            ]
            for i, p in enumerate(data.priorities, start=1)
        ]
        story.append(zebra_table(rows, doc.cols(0.35, 3.9, 0.6, 1.85), align_right=(2,)))
    else:
        story.append(Para(markup(s["no_priorities"]), st["body"]))
    rows = [header_row([s["status"], s["count"]], st["cell_head"])]
    rows += [
        [cell(label, st["cell"]), cell(s.number(n), st["cell_right"])] for label, n in data.status_counts
    ]
    story += [
        TaggingKeepTogether(
            [
                Para(markup(s["action_status"]), st["h2_table"]),
                zebra_table(rows, [2.2 * inch, 1.0 * inch], align_right=(1,)),
            ]
        )
    ]
    return story


def _chart(c: ConditionSection, s: Strings, width: float) -> StageChart:
    return StageChart(
        c.title,
        _stage_labels(s),
        c.placement.distribution,
        c.placement.consensus,
        s["consensus"],
        s["no_consensus"] if c.placement.consensus is None else "",
        width,
    )


def _condition(
    doc: ReportDocument, number: int, c: ConditionSection, s: Strings, *, full: bool, top_ideas: int
) -> list:
    st = doc.styles
    key = f"cond-{number}"
    tag = s["official_text"] if c.official else f"{s['adapted_text']} — {s['adapted_note']}"
    story: list = [
        PageBreak(),
        doc.heading(markup(f"{number}. {c.title}"), "h1", key=key, outline=f"{number}. {c.title}", level=0),
        Para(markup(tag.upper() if c.official else tag), st["kicker"]),
    ]
    language_note = _language_note(c, s)
    if language_note:
        story.append(Para(markup(language_note), st["small"]))
    passage = _passage_language(c, s)
    if c.summary:
        story.append(_in_language(text_para(c.summary, st["lead"]), passage))
    story.append(CondPageBreak(1.6 * inch))
    story.append(
        doc.heading(markup(s["stages"]), "h2_table", key=f"{key}-stages", outline=s["stages"], level=1)
    )
    rows = [
        [
            para(f"<b>{markup(s.fmt('stage_n', n=b.number))}</b><br/>{markup(b.name)}", st["cell"]),
            _in_language(cell(b.goal, st["cell"]), passage),
        ]
        for b in c.stages
    ]
    if rows:
        story.append(zebra_table(rows, [1.45 * inch, doc.portrait_width - 1.45 * inch], header=False))
    story.append(
        doc.heading(markup(s["placement"]), "h2", key=f"{key}-placement", outline=s["placement"], level=1)
    )
    story.append(_chart(c, s, min(doc.portrait_width, 4.6 * inch)))
    placed = c.placement.consensus
    story.append(Spacer(1, 6))
    story.append(
        Para(
            markup(
                s.fmt("placed_at", stage=f"{s.fmt('stage_n', n=placed)} — {s.stage(placed)}")
                if placed
                else (s.fmt("placed_at", stage=s.stage(0)) if placed == 0 else s["not_placed"])
            ),
            st["body"],
        )
    )
    if c.placement.note:
        story.append(para(f"<b>{markup(s['why'])}:</b> {markup(c.placement.note)}", st["body"]))
    story.append(
        doc.heading(markup(s["input_heading"]), "h2", key=f"{key}-input", outline=s["input_heading"], level=1)
    )
    if not c.questions:
        story.append(Para(markup(s["no_input"]), st["body"]))
    elif not full:
        story.append(Para(markup(s.fmt("summary_edition_note", n=top_ideas)), st["small"]))
    for q in c.questions:
        stage = markup(s.fmt("stage_n", n=q.stage))
        heading = para(f'<font color="#1F4E79">{stage}</font> · {markup(q.question)}', st["h3"])
        story.append(_in_language(heading, passage))
        for g in q.groups:
            if g.group:
                story.append(text_para(g.group.upper(), st["group"]))
            for r in g.responses:
                # text and attribution in separate paragraphs, drawn together (WithCaption)
                story.append(
                    WithCaption(
                        text_para(r.text, st["response"], bulletText="•"),
                        line(f"{r.attribution} · {s.votes(r.votes)}", st["response_meta"]),
                    )
                )
        if q.more:
            more = s["more_idea_1"] if q.more == 1 else s.fmt("more_ideas", n=s.number(q.more))
            story.append(Para(markup(more), st["more"]))
    story += pdf_facilitation.themes(doc, number, c, s)
    story.append(CondPageBreak(1.8 * inch))  # never leave this heading alone at the foot of a page
    heading = doc.heading(
        markup(s["condition_actions"]), "h2", key=f"{key}-actions", outline=s["condition_actions"], level=1
    )
    if not c.action_items:
        story += [heading, Para(markup(s["no_condition_actions"]), st["body"])]
    for i, row in enumerate(c.action_items):
        card, whole = _action_card(doc, row, s)
        if i == 0:  # the heading goes with the first card (keepWithNext cannot join a KeepTogether)
            card = [heading, *card]
        story += [TaggingKeepTogether(card)] if whole else card
    return story


def _passage_language(c: ConditionSection, s: Strings) -> str | None:
    """The language tag of this condition's framework text where it differs from the report's."""
    return "en-US" if s.lang != "en" and c.language == "en" else None


def _in_language(flowable, lang: str | None):
    """`flowable`, marked as written in `lang` (for screen readers) when that is not the report's."""
    if lang:
        flowable.lang = lang
    return flowable


def _language_note(c: ConditionSection, s: Strings) -> str:
    """In a translated edition: which language this condition's framework text is printed in."""
    if s.lang == "en":
        return ""
    if c.language == s.lang:
        return s["unofficial_translation"]
    if c.language == "mixed":
        return s["partly_translated"]
    return s["official_in_english"] if c.official else s["english_text"]


def _action_card(doc: ReportDocument, row: ActionRow, s: Strings) -> tuple[list, bool]:
    """The card's flowables, and whether it is short enough to keep on one page."""
    st = doc.styles
    due = s.date(row.due)
    facts = [
        (s["owner"], row.owner),
        (s["start"], s.date(row.start)),
        (s["due"], f"{due} ({s['overdue']})" if row.overdue else due),
        (s["priority"], row.priority),
        (s["status"], row.status),
        (s["policy_lever"], row.policy_lever),
    ]
    meta = " · ".join(f"{label}: {value}" for label, value in facts if value)
    out = [text_para(f"{row.number}. {row.title}", st["body_bold"]), text_para(meta, st["small"])]
    labelled = [
        (s["blocked_reason"], row.blocked_reason),
        (s["partners"], row.partners),
        ("", row.description),
        (s["measure"], row.measure),
        (s["baseline"], row.baseline),
        (s["target"], row.target),
        (s["resources"], row.resources),
        (s.fmt("progress_as_of", date=s.date(row.as_of)) if row.as_of else s["progress"], row.progress),
    ]
    for label, value in labelled:
        if not value:
            continue
        out.append(
            para(f"<b>{markup(label)}:</b> {markup(value)}", st["body"])
            if label
            else text_para(value, st["body"])
        )
    out.append(Spacer(1, 6))
    return out, sum(len(value) for _, value in labelled) < 1500


def render(data: ActionPlanData) -> bytes:
    """The whole action plan as PDF bytes."""
    s = strings(data.lang)
    date = s.date(data.date)
    place = ", ".join(x for x in (data.district, data.state) if x)
    doc = ReportDocument(
        title=f"{data.title} — {s['report_kind']}",
        author=data.facilitator or place or "plworkshop",
        subject=s["subject"],
        header_left=f"{data.title} · {s['report_kind']}",
        header_right=date,
        footer_left=data.framework_title,
        strings=s,
        paper=data.paper,
    )
    story = _cover(doc, data, s)
    story += [
        doc.heading(markup(s["contents"]), "h1", key="contents", outline=s["contents"], level=0),
        doc.contents(_toc_entries(data, s)),
        PageBreak(),
    ]
    story += _summary(doc, data, s)
    for number, condition in enumerate(data.conditions, start=1):
        story += _condition(doc, number, condition, s, full=data.full, top_ideas=data.top_ideas)
    story += pdf_facilitation.parking_lot(doc, data, s)
    story += pdf_tables.action_plan(doc, data, s)
    story += pdf_tables.grouped(doc, data, s)
    story += pdf_tables.roster(doc, data, s)
    story += pdf_facilitation.agenda(doc, data, s)
    return doc.render(story)
