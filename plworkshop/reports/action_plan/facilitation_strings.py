"""The report's fixed words for themes, the parking lot and the day's agenda; `strings` merges them in.

The English is written here; other languages come from the gettext catalogue (`plworkshop.i18n`).
"""

from __future__ import annotations

from plworkshop.i18n import N_

EN = {
    "themes": N_("report", "Themes"),
    "themes_intro": N_("report", "Ideas the room grouped together, most voted theme first."),
    "theme_ideas_1": N_("report", "1 idea"),
    "theme_ideas_n": N_("report", "{n} ideas"),
    "theme_empty": N_("report", "No ideas in this theme."),
    "parking_lot": N_("report", "Parking lot"),
    "parking_lot_intro": N_(
        "report",
        "Ideas kept aside because they belong to no strategic question; where the room was when "
        "each was raised.",
    ),
    "parking_lot_empty": N_("report", "Nothing was put in the parking lot."),
    "parked_while": N_("report", "Raised during: {where}"),
    "agenda_heading": N_("report", "Appendix: the day's agenda"),
    "agenda_intro": N_(
        "report", "The agenda as planned, with clock times where the day's start time was set."
    ),
    "agenda_start": N_("report", "Start"),
    "agenda_end": N_("report", "End"),
    "agenda_item": N_("report", "Item"),
    "agenda_length": N_("report", "Length"),
    "agenda_total": N_("report", "Total"),
    "kind_welcome": N_("report", "Welcome"),
    "kind_break": N_("report", "Break"),
    "kind_lunch": N_("report", "Lunch"),
    "kind_report_out": N_("report", "Report-out"),
    "kind_custom": N_("report", "Agenda item"),
    "condition_item": N_("report", "Condition"),
    "agenda_title": N_("report", "Agenda"),
    "agenda_kind": N_("report", "Kind"),
    "theme_ideas": N_("report", "Ideas"),
    "agenda_question_boxes": N_("report", "Strategic questions with a time box of their own"),
}
