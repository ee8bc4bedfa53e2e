"""The action-item columns and cards the document exports (DOCX, Markdown) print, with each value's
text, so both documents show the same item numbers, dates and progress in the same words."""

from __future__ import annotations

from plworkshop.reports.action_plan.data import ActionRow
from plworkshop.reports.exports.labels import Labels

PLAN_COLUMNS = (
    "number",
    "title",
    "owner",
    "partners",
    "due",
    "priority",
    "status",
    "policy_lever",
    "measure",
)
"""The consolidated plan's table, one per condition: who does what, and by when (the PDF's columns)."""

DETAIL_COLUMNS = (
    "number",
    "title",
    "start",
    "status",
    "blocked_reason",
    "progress",
    "resources",
    "baseline",
    "target",
)
"""The table after it: where each item stands, what it needs and how success is measured."""

BY_OWNER_COLUMNS = ("number", "title", "policy_lever", "due", "status")
BY_LEVER_COLUMNS = ("number", "title", "owner", "due", "status")
"""The views by owner and by policy lever, as the PDF prints them."""

CARD_FACTS = ("start", "due", "owner", "priority", "status", "policy_lever")
"""The line of facts under an item's title in its condition's section; the dates lead, so a printed
line never breaks inside a date."""

CARD_FIELDS = (
    "blocked_reason",
    "partners",
    "description",
    "measure",
    "baseline",
    "target",
    "resources",
    "progress",
)
"""The labelled paragraphs of an item's card, in order; the description is printed without a label."""


def header(words: Labels, key: str) -> str:
    return words("col." + key)


def value(row: ActionRow, key: str, words: Labels) -> str:
    """One action item's value as text: ISO dates, "overdue" after a past due date, the latest progress
    note after its date."""
    if key == "number":
        return str(row.number)
    if key == "due":
        due = row.due.isoformat() if row.due else words("doc.no_due")
        return f"{due} ({words('doc.overdue')})" if row.overdue else due
    if key == "start":
        return row.start.isoformat() if row.start else ""
    if key == "progress":
        return f"{row.as_of.isoformat()}: {row.progress}" if row.progress and row.as_of else row.progress
    return str(getattr(row, key) or "")


def rows(items: tuple[ActionRow, ...], columns: tuple[str, ...], words: Labels) -> list[list[str]]:
    return [[value(row, key, words) for key in columns] for row in items]


def card_title(row: ActionRow) -> str:
    """The card's heading: the item's number, as every copy of the plan prints it, and its title."""
    return f"{row.number}. {row.title}"


def card_facts(row: ActionRow, words: Labels) -> str:
    """ "Start date: … · Due date: … · Owner: … · Priority: …", leaving out what is empty."""
    facts = [(header(words, key), value(row, key, words)) for key in CARD_FACTS]
    return " · ".join(f"{label}: {text}" for label, text in facts if text and text != words("doc.no_due"))


def card_fields(row: ActionRow, words: Labels) -> list[tuple[str, str]]:
    """The card's (label, text) paragraphs that have text; the description's label is ""."""
    out = []
    for key in CARD_FIELDS:
        text = row.progress if key == "progress" else value(row, key, words)
        if not text:
            continue
        if key == "description":
            label = ""
        elif key == "progress" and row.as_of:
            label = words("doc.progress_as_of", date=row.as_of.isoformat())
        else:
            label = header(words, key)
        out.append((label, text))
    return out
