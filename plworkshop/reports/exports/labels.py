"""The words the exports print around the user's text (sheet names, headers, vocabularies), by language.

The English is written here; other languages come from the gettext catalogue (`plworkshop.i18n`).
"""

from __future__ import annotations

from plworkshop.domain import vocabulary_es
from plworkshop.i18n import LANGUAGES, N_, translate

_EN = {
    "sheet.workshop": N_("export", "Workshop"),
    "sheet.action_items": N_("export", "Action items"),
    "sheet.responses": N_("export", "Responses"),
    "sheet.assessments": N_("export", "Assessments"),
    "sheet.participants": N_("export", "Participants"),
    "col.title": N_("export", "Title"),
    "col.description": N_("export", "Description"),
    "col.condition": N_("export", "Condition"),
    "col.owner": N_("export", "Owner"),
    "col.partners": N_("export", "Partners"),
    "col.due": N_("export", "Due date"),
    "col.priority": N_("export", "Priority"),
    "col.status": N_("export", "Status"),
    "col.policy_lever": N_("export", "Policy lever"),
    "col.measure": N_("export", "Measure of success"),
    "col.linked_input": N_("export", "Linked input"),
    "col.created": N_("export", "Created"),
    "col.updated": N_("export", "Updated"),
    "col.stage": N_("export", "Stage"),
    "col.stage_number": N_("export", "Stage number"),
    "col.question": N_("export", "Question"),
    "col.wording": N_("export", "Framework wording"),
    "col.response": N_("export", "Response"),
    "col.attributed_to": N_("export", "Attributed to"),
    "col.group": N_("export", "Stakeholder group"),
    "col.votes": N_("export", "Votes"),
    "col.recorded": N_("export", "Recorded"),
    "col.assessed_by": N_("export", "Assessed by"),
    "col.note": N_("export", "Note"),
    "col.name": N_("export", "Name"),
    "col.role": N_("export", "Role"),
    "col.organization": N_("export", "Organization"),
    "col.named": N_("export", "Named in this export"),
    "col.field": N_("export", "Field"),
    "col.value": N_("export", "Value"),
    "col.number": N_("export", "No."),
    "col.start": N_("export", "Start date"),
    "col.blocked_reason": N_("export", "Reason blocked"),
    "col.overdue": N_("export", "Overdue"),
    "col.resources": N_("export", "Resources or funding"),
    "col.baseline": N_("export", "Baseline"),
    "col.target": N_("export", "Target"),
    "col.progress": N_("export", "Latest progress note"),
    "col.as_of": N_("export", "As of"),
    "col.item_id": N_("export", "Item id (do not edit)"),
    "xlsx.pick_from_list": N_("export", "Choose a value from the list."),
    "xlsx.date_only": N_("export", "Type a date, such as 2027-03-01."),
    "detail.title": N_("export", "Title"),
    "detail.date": N_("export", "Date"),
    "detail.location": N_("export", "Location"),
    "detail.state": N_("export", "State"),
    "detail.district": N_("export", "District"),
    "detail.facilitator": N_("export", "Facilitator"),
    "detail.framework": N_("export", "Framework"),
    "detail.votes": N_("export", "Votes per person"),
    "detail.exported": N_("export", "Exported"),
    "detail.naming": N_("export", "Names"),
    "detail.notes": N_("export", "Notes"),
    "detail.long_text": N_("export", "Long text"),
    "naming.anonymous": N_(
        "export",
        "Anonymous export: no one is named; input is attributed to stakeholder groups.",
    ),
    "naming.consent": N_(
        "export",
        "Only people who agreed to be named are named; others' input is attributed to their stakeholder "
        "group.",
    ),
    "long_text.rule": N_(
        "export",
        "A text longer than 32,767 characters (a spreadsheet cell's limit) continues in the columns "
        'headed "… (part 2)", "… (part 3)"; join the parts in order to recover it.',
    ),
    "wording.official": N_("export", "Official"),
    "wording.adapted": N_("export", "Adapted"),
    "wording.custom": N_("export", "Custom"),
    "yes": N_("export", "Yes"),
    "no": N_("export", "No"),
    "anonymous": N_("export", "Anonymous"),
    "consensus": N_("export", "Room consensus"),
    "part": N_("export", "part"),
    "not_named": N_("export", "(not named)"),
    "name_withheld": N_("export", "[name withheld]"),
    "doc.title": N_("export", "Action plan"),
    "doc.details": N_("export", "Workshop details"),
    "doc.placement": N_("export", "Where the room placed the state"),
    "doc.no_placement": N_("export", "The room did not record a stage for this condition."),
    "doc.distribution": N_("export", "Individual placements"),
    "doc.top_input": N_("export", "Top input by votes"),
    "doc.no_input": N_("export", "No input was recorded for this condition."),
    "doc.condition_actions": N_("export", "Action items"),
    "doc.no_actions": N_("export", "No action items yet."),
    "doc.plan": N_("export", "Consolidated action plan"),
    "doc.plan_intro": N_(
        "export",
        "All action items by condition, each under the stage goal it works toward; sorted by due date "
        "(items without a date come last). Each item keeps its number in every copy of the plan.",
    ),
    "doc.plan_details": N_("export", "Progress, resources and measures"),
    "doc.overdue": N_("export", "overdue"),
    "doc.progress_as_of": N_("export", "Progress as of {date}"),
    "doc.page_of": N_("export", "Page {page} of {pages}"),
    "doc.roster": N_("export", "Participants"),
    "doc.roster_none": N_("export", "No one is named in this document."),
    "doc.roster_unnamed": N_("export", "{n} more took part without being named."),
    "doc.adapted": N_("export", "adapted"),
    "doc.custom": N_("export", "custom"),
    "doc.adapted_note": N_(
        "export",
        "The goals and questions of this condition are adapted from the framework, not its official wording.",
    ),
    "doc.votes": N_("export", "{n} votes"),
    "doc.vote": N_("export", "1 vote"),
    "doc.more": N_("export", "…and {n} more (all input is in the XLSX and CSV exports)."),
    "doc.no_due": N_("export", "no due date"),
}


class Labels:
    """Lookup of fixed words for one language; unknown languages fall back to English."""

    def __init__(self, lang: str = "en") -> None:
        self.lang = lang if lang in LANGUAGES else "en"

    def __call__(self, key: str, **values: object) -> str:
        text = translate(self.lang, "export", _EN[key])
        return text.format(**values) if values else text

    # the fixed vocabularies: the same module as the GUI and the PDF, so every output agrees
    def status(self, key: str) -> str:
        return vocabulary_es.status_label(key, self.lang)

    def priority(self, key: str) -> str:
        return vocabulary_es.priority_label(key, self.lang)

    def stage(self, number: int | None) -> str:
        if number is None:
            return ""
        return vocabulary_es.stage_name(number, self.lang)

    def term(self, kind: str, key: str, english: str) -> str:
        """A pack term (stakeholder group, policy lever…) in this language; `english` if renamed."""
        return vocabulary_es.term_label(kind, key, english, self.lang)

    def votes(self, n: int) -> str:
        return self("doc.vote") if n == 1 else self("doc.votes", n=n)
