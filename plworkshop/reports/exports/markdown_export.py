"""The Markdown export: a readable action plan (headings, lists, tables) whose user text can never
break the document's structure.

Every user text is escaped: backslash before the characters Markdown gives meaning to anywhere
(`\\ ` * _ { } [ ] < > # | ! ~ &`) and before a list, quote or heading marker at the start of a line, so
`<b>`, `[x](y)` or `# title` print as typed and no raw HTML ever reaches a renderer. Line breaks are
kept (as hard breaks) except inside table cells, where a table row must stay on one line and they
become spaces. CR LF and CR are written as LF. Removing the escaping backslashes gives back the text.
"""

from __future__ import annotations

import re
from pathlib import Path

from plworkshop.reports.action_plan.data import ActionRow, plan_groups
from plworkshop.reports.action_plan.strings import strings
from plworkshop.reports.exports import plan_columns as pc
from plworkshop.reports.exports.facilitation_parts import markdown_parking_and_agenda, markdown_themes
from plworkshop.reports.exports.plan import ActionPlan, DocumentSection

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|!~&])")
_LINE_START = re.compile(r"^(\s*)([-+=>])", re.MULTILINE)
_ORDERED = re.compile(r"^(\s*\d+)([.)])", re.MULTILINE)


def _lines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def escape(text: str) -> str:
    """User text as literal Markdown inline text (line breaks left as they are)."""
    text = _SPECIAL.sub(r"\\\1", _lines(text))
    text = _LINE_START.sub(r"\1\\\2", text)
    return _ORDERED.sub(r"\1\\\2", text)


def cell(text: str) -> str:
    """User text for a table cell: escaped, on one line."""
    return escape(text).replace("\n", " ")


def block(text: str, indent: str = "") -> str:
    """User text as a paragraph (or list item body) whose line breaks stay line breaks."""
    lines = escape(text).split("\n")
    out = []
    for index, line in enumerate(lines):
        follows = index + 1 < len(lines) and lines[index + 1].strip()
        hard = "\\" if line.strip() and follows else ""
        out.append((indent if index and line else "") + line + hard)
    return "\n".join(out)


def _table(headers: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(cell(h) for h in headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return lines + [""]


def _card(plan: ActionPlan, row: ActionRow) -> list[str]:
    """One action item in its condition's section: number and title, its facts, then the description
    and the other details as paragraphs of their own."""
    w = plan.words
    facts = pc.card_facts(row, w)
    out = [f"**{row.number}. {cell(row.title)}**" + (f"  \n*{cell(facts)}*" if facts else ""), ""]
    for label, text in pc.card_fields(row, w):
        out += [(f"**{escape(label)}:** " if label else "") + block(text), ""]
    return out


def _section(plan: ActionPlan, section: DocumentSection) -> list[str]:
    w = plan.words
    title = escape(section.source.title) + (f" ({section.wording})" if section.wording else "")
    out = [f"## {title}", ""]
    if section.wording:
        out += [f"*{w('doc.adapted_note')}*", ""]
    if section.language_note:
        out += [f"*{escape(section.language_note)}*", ""]
    out += [f"### {w('doc.placement')}", ""]
    if section.consensus:
        out += [f"**{escape(section.consensus)}**", ""]
        if section.consensus_note:
            out += [block(section.consensus_note), ""]
    else:
        out += [w("doc.no_placement"), ""]
    if section.distribution:
        counts = ", ".join(f"{escape(stage)}: {n}" for stage, n in section.distribution)
        out += [f"{w('doc.distribution')}: {counts}", ""]
    out += [f"### {w('doc.top_input')}", ""]
    if not section.questions:
        out += [w("doc.no_input"), ""]
    for question in section.questions:
        out += [
            f"#### {escape(question.source.question)}",
            "",
            f"*{w('col.stage')}: {escape(question.stage)}*",
            "",
        ]
        for line in question.top:
            out.append(
                "- "
                + block(line.text, "  ")
                + "  \n  — *"
                + escape(line.attribution)
                + "*, "
                + w.votes(line.votes)
            )
        out.append("")
        if question.total > len(question.top):
            out += [f"*{w('doc.more', n=question.total - len(question.top))}*", ""]
    out += markdown_themes(section.source, plan.data.lang, escape, block)
    out += [f"### {w('doc.condition_actions')}", ""]
    if not section.source.action_items:
        return out + [w("doc.no_actions"), ""]
    for row in section.source.action_items:
        out += _card(plan, row)
    return out


def _consolidated_plan(plan: ActionPlan) -> list[str]:
    """The plan grouped by condition as the PDF groups it, each group under the stage goal it serves,
    then every item's progress, resources and measures."""
    w, s = plan.words, strings(plan.data.lang)
    out = [f"## {w('doc.plan')}", "", w("doc.plan_intro"), ""]
    if not plan.data.action_items:
        return out + [w("doc.no_actions"), ""]
    for title, condition, items in plan_groups(plan.data):
        out += [f"### {escape(title) if title else s['no_condition']}", ""]
        serves = condition.next_stage if condition is not None else None
        if serves is not None:
            lead = s.fmt("serves_stage", n=serves.number, name=serves.name)
            out += [f"*{escape(lead)}* {block(serves.goal)}", ""]
        out += _table([pc.header(w, k) for k in pc.PLAN_COLUMNS], pc.rows(items, pc.PLAN_COLUMNS, w))
    by_number = tuple(sorted(plan.data.action_items, key=lambda r: r.number))
    out += [f"### {w('doc.plan_details')}", ""]
    return out + _table(
        [pc.header(w, k) for k in pc.DETAIL_COLUMNS], pc.rows(by_number, pc.DETAIL_COLUMNS, w)
    )


def _grouped_views(plan: ActionPlan) -> list[str]:
    """The action items by owner, then by policy lever, as the PDF prints them."""
    w, s, data = plan.words, strings(plan.data.lang), plan.data
    out: list[str] = []
    for title, groups, columns in (
        (s["by_owner"], data.by_owner, pc.BY_OWNER_COLUMNS),
        (s["by_lever"], data.by_lever, pc.BY_LEVER_COLUMNS),
    ):
        out += [f"## {escape(title)}", ""]
        if not groups:
            out += [w("doc.no_actions"), ""]
        for name, rows in groups:
            out += [f"### {cell(name)} ({len(rows)})", ""]
            out += _table([pc.header(w, k) for k in columns], pc.rows(rows, columns, w))
    return out


def render_markdown(plan: ActionPlan) -> str:
    """The whole action plan as Markdown text."""
    w = plan.words
    out = [f"# {w('doc.title')}: {escape(plan.data.title)}", ""]
    out += [f"- **{escape(label)}:** {cell(value)}" for label, value in plan.details] + [""]
    if plan.data.translation_notice:
        out += [f"*{escape(plan.data.translation_notice)}*", ""]
    for section in plan.sections:
        out += _section(plan, section)
    out += markdown_parking_and_agenda(plan.data, escape, cell)
    out += _consolidated_plan(plan)
    out += _grouped_views(plan)
    out += [f"## {w('doc.roster')}", ""]
    for person in plan.data.roster:
        extra = ", ".join(cell(v) for v in (person.group, person.role, person.organization) if v)
        out.append(f"- **{cell(person.name)}**" + (f" — {extra}" if extra else ""))
    if not plan.data.roster:
        out.append(w("doc.roster_none"))
    if plan.data.unnamed and plan.data.roster:
        out += ["", w("doc.roster_unnamed", n=plan.data.unnamed)]
    return "\n".join(out).rstrip("\n") + "\n"


def write_markdown(plan: ActionPlan, path: Path) -> Path:
    path.write_text(render_markdown(plan), encoding="utf-8", newline="\n")
    return path
