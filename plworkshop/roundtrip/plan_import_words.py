"""The sentences an action-plan import says (why a row is refused, notes), in English or Spanish.

The English is written here and marked for the gettext catalogue (context "plan import"); the command
line prints it, and the app asks for the language of its interface.
"""

from __future__ import annotations

from plworkshop.i18n import LANGUAGES, N_, translate

_EN = {
    "row": N_("plan import", "Row {row}: {sentence}"),
    "row_item": N_("plan import", "Row {row} (item {number}): {sentence}"),
    "not_whole": N_("plan import", "the item number “{raw}” is not a whole number."),
    "elsewhere": N_("plan import", "item {number} belongs to the workshop “{other}”, not to “{this}”."),
    "renumbered": N_(
        "plan import",
        "the item number was changed to {number}; an item keeps its number (add a new row, without a "
        "number, for a new item).",
    ),
    "no_item": N_(
        "plan import",
        "“{title}” has no item {number} (was it deleted?); clear the number to add the row as a new item.",
    ),
    "empty.status": N_("plan import", "the status is empty."),
    "empty.priority": N_("plan import", "the priority is empty."),
    "choice.status": N_("plan import", "the status “{text}” is not one of {allowed}."),
    "choice.priority": N_("plan import", "the priority “{text}” is not one of {allowed}."),
    "choice.policy_lever": N_("plan import", "“{text}” is not a policy lever."),
    "choice.condition": N_("plan import", "“{text}” is not a condition of this workshop."),
    "date.start": N_("plan import", "the start date “{text}” is not a date; use the form 2027-03-01."),
    "date.due": N_("plan import", "the due date “{text}” is not a date; use the form 2027-03-01."),
    "date.as_of": N_("plan import", "the “As of” date “{text}” is not a date; use the form 2027-03-01."),
    "no_title": N_("plan import", "a new action item needs a title."),
    "twice": N_("plan import", "row {row} already edits item {number}."),
    "in_trash": N_(
        "plan import",
        "“{name}” is the action plan of “{title}”, which is in the trash, so it was not imported.",
    ),
    "not_here": N_(
        "plan import",
        "“{name}” is the action plan of “{title}”, which is not in this database, so it was not imported.",
    ),
    "blocked": N_("plan import", "item {number} is blocked with no reason given."),
    "blocked_new": N_("plan import", "the new item of row {row} is blocked with no reason given."),
    "ignored": N_("plan import", "columns not part of the plan were left alone: {names}."),
    "stale": N_(
        "plan import",
        "Item {number} was changed or deleted in the app after the workbook was read; import the "
        "workbook again.",
    ),
}


class ImportWords:
    """`ImportWords(lang)(key, **values)`: one sentence in `lang` (English where none is written)."""

    def __init__(self, lang: str = "en") -> None:
        self.lang = lang if lang in LANGUAGES else "en"

    def __call__(self, key: str, **values: object) -> str:
        text = translate(self.lang, "plan import", _EN[key])
        return text.format(**values) if values else text
