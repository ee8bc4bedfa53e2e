"""Themes, the parking lot and the day's agenda in the exports: three extra tables (XLSX, CSV) and the
parts the DOCX and Markdown documents print. Words come from the action-plan report's tables, and names
follow the same rules (`Facts`, the report data), so every export agrees with the PDF."""

from __future__ import annotations

from plworkshop.reports.action_plan.data import ActionPlanData, ConditionSection
from plworkshop.reports.action_plan.facilitation_data import agenda_lines
from plworkshop.reports.action_plan.localized import Localizer
from plworkshop.reports.action_plan.strings import Strings, strings
from plworkshop.reports.exports.facts import Facts

FILE_NAMES = {"themes": "themes.csv", "parking_lot": "parking-lot.csv", "agenda": "agenda.csv"}


def extra_tables(facts: Facts) -> tuple:
    """The themes, parking-lot and agenda tables (empty tables are still written, with their headers)."""
    from plworkshop.reports.exports.tables import Column, Table

    s = strings(facts.words.lang)
    w = facts.words
    snap = facts.snapshot
    texts = {r.id: r.text for r in snap.responses if not r.hidden}
    themes = sorted(snap.themes, key=lambda t: (facts.condition_rank(t.condition), -t.votes, t.position))
    theme_rows = tuple(
        (
            facts.condition_title(t.condition),
            facts.text(t.name),
            t.votes,
            len([i for i in t.response_ids if i in texts]),
            "\n".join(f"• {facts.text(texts[i])}" for i in t.response_ids if i in texts),
        )
        for t in themes
    )
    parked_rows = tuple(
        (
            facts.text(p.text),
            facts.attributed_to(p),
            facts.response_group_label(p),
            facts.condition_title(p.condition) if p.condition else "",
            facts.question_text(p.condition, p.question) if p.condition and p.question else "",
        )
        for p in snap.parked
        if not p.hidden
    )
    lines = agenda_lines(snap, Localizer(snap, facts.pack, s.lang), s)
    agenda_rows = tuple((a.start, a.end, a.title, a.kind, a.minutes) for a in lines)
    return (
        Table(
            "themes",
            s["themes"],
            (
                Column("condition", w("col.condition")),
                Column("theme", s["themes"]),
                Column("votes", w("col.votes")),
                Column("ideas", s["theme_ideas"]),
                Column("idea_texts", w("col.response"), True),
            ),
            theme_rows,
        ),
        Table(
            "parking_lot",
            s["parking_lot"],
            (
                Column("idea", w("col.response"), True),
                Column("attributed_to", w("col.attributed_to")),
                Column("group", w("col.group")),
                Column("condition", w("col.condition")),
                Column("question", w("col.question"), True),
            ),
            parked_rows,
        ),
        Table(
            "agenda",
            s["agenda_title"],
            (
                Column("start", s["agenda_start"]),
                Column("end", s["agenda_end"]),
                Column("item", s["agenda_item"]),
                Column("kind", s["agenda_kind"]),
                Column("minutes", s["agenda_length"]),
            ),
            agenda_rows,
        ),
    )


# --- Markdown ------------------------------------------------------------------------------------
def markdown_themes(section: ConditionSection, lang: str, escape, block) -> list[str]:
    if not section.themes:
        return []
    s = strings(lang)
    out = [f"### {s['themes']}", ""]
    for theme in section.themes:
        out += [f"**{escape(theme.name)}** — {escape(s.votes(theme.votes))}", ""]
        out += ["- " + block(idea, "  ") for idea in theme.ideas]
        out.append("")
    return out


def markdown_parking_and_agenda(data: ActionPlanData, escape, cell) -> list[str]:
    s = strings(data.lang)
    out = [f"## {s['parking_lot']}", ""]
    if not data.parked:
        out += [escape(s["parking_lot_empty"]), ""]
    for p in data.parked:
        where = f" — {escape(s.fmt('parked_while', where=p.where))}" if p.where else ""
        out.append(f"- {escape(p.text)}  \n  *{escape(p.attribution)}*{where}")
    out.append("")
    if data.agenda:
        out += [
            f"## {s['agenda_title']}",
            "",
            f"| {s['agenda_start']} | {s['agenda_end']} | "
            f"{s['agenda_item']} | {s['agenda_kind']} | {s['agenda_length']} |",
            "|---|---|---|---|---|",
        ]
        out += [
            f"| {a.start} | {a.end} | {cell(a.title)} | {cell(a.kind)} | {s.fmt('minutes', n=a.minutes)} |"
            for a in data.agenda
        ]
        out.append("")
    return out


# --- DOCX ----------------------------------------------------------------------------------------
def docx_themes(doc, section: ConditionSection, lang: str, para) -> None:
    if not section.themes:
        return
    s = strings(lang)
    doc.add_heading(s["themes"], level=2)
    for theme in section.themes:
        paragraph = para(doc, theme.name, bold=True)
        paragraph.add_run(f" — {s.votes(theme.votes)}").italic = True
        for idea in theme.ideas:
            para(doc, idea, style="List Bullet")


def docx_parking_and_agenda(doc, data: ActionPlanData, para, table) -> None:
    s: Strings = strings(data.lang)
    doc.add_heading(s["parking_lot"], level=1)
    if not data.parked:
        para(doc, s["parking_lot_empty"])
    for p in data.parked:
        paragraph = para(doc, p.text, style="List Bullet")
        meta = p.attribution + (f" — {s.fmt('parked_while', where=p.where)}" if p.where else "")
        paragraph.add_run("\n")
        paragraph.add_run(meta).italic = True
    if data.agenda:
        doc.add_heading(s["agenda_title"], level=1)
        table(
            doc,
            [s["agenda_start"], s["agenda_end"], s["agenda_item"], s["agenda_kind"], s["agenda_length"]],
            [[a.start, a.end, a.title, a.kind, s.fmt("minutes", n=a.minutes)] for a in data.agenda],
        )
