"""Every fixed string the action-plan report prints, by key, in the edition's language.

The English is written here; the other languages come from the gettext catalogue (`plworkshop.i18n`,
`docs/translations.md`), Spanish being Latin-American as used in US education policy. A string the
catalogue lacks prints in English. A few notes print only in a translated edition (`EDITION_ONLY`).
Dates use a month table of their own, so the report never depends on the machine's locale.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType

from plworkshop.domain import vocabulary_es
from plworkshop.i18n import LANGUAGES, N_, translate
from plworkshop.reports.action_plan import facilitation_strings

EN: Mapping[str, str] = MappingProxyType(
    {
        "report_kind": N_("report", "Action plan"),
        "subject": N_(
            "report", "Action plan from a convening on the State Policy Framework for Personalized Learning"
        ),
        "cover_date": N_("report", "Date"),
        "cover_place": N_("report", "Place"),
        "cover_state": N_("report", "State"),
        "cover_district": N_("report", "District"),
        "cover_facilitator": N_("report", "Facilitator"),
        "cover_participation": N_("report", "Who took part"),
        "cover_group": N_("report", "Stakeholder group"),
        "cover_people": N_("report", "People"),
        "cover_total": N_("report", "Total"),
        "cover_nobody": N_("report", "No participants were recorded."),
        "cover_anonymous": N_(
            "report", "This edition names no one: input is attributed to stakeholder groups only."
        ),
        "contents": N_("report", "Contents"),
        "summary": N_("report", "Summary"),
        "conditions_covered": N_("report", "Conditions covered"),
        "minutes": N_("report", "{n} min"),
        "no_conditions": N_("report", "No conditions were on the agenda."),
        "placements": N_("report", "Where the room placed the state"),
        "placements_intro": N_(
            "report",
            "Each chart shows how many participants placed the state at each stage; the highlighted bar is "
            "the room’s consensus.",
        ),
        "consensus": N_("report", "Consensus"),
        "no_consensus": N_("report", "No consensus recorded"),
        "placements_count": N_("report", "{n} individual placements"),
        "top_priorities": N_("report", "Top priorities by votes"),
        "no_priorities": N_("report", "No input received votes."),
        "rank": N_("report", "#"),
        "input": N_("report", "Input"),
        "votes": N_("report", "Votes"),
        "condition": N_("report", "Condition"),
        "action_status": N_("report", "Action items by status"),
        "status": N_("report", "Status"),
        "count": N_("report", "Count"),
        "no_action_items": N_("report", "No action items were recorded."),
        "official_text": N_("report", "Official text"),
        "adapted_text": N_("report", "Adapted text"),
        "adapted_note": N_("report", "Adapted for facilitation; not the publisher’s official wording."),
        "stages": N_("report", "The stages in brief"),
        "stage_n": N_("report", "Stage {n}"),
        "placement": N_("report", "Where the room placed the state"),
        "placed_at": N_("report", "The room placed the state at {stage}."),
        "not_placed": N_("report", "The room did not record a consensus placement."),
        "why": N_("report", "Why"),
        "input_heading": N_("report", "Input to the strategic questions"),
        "no_input": N_("report", "No input was recorded for this condition."),
        "unattributed": N_("report", "Unattributed"),
        "anonymous": N_("report", "Anonymous"),
        "vote_1": N_("report", "1 vote"),
        "vote_n": N_("report", "{n} votes"),
        "condition_actions": N_("report", "Action items for this condition"),
        "no_condition_actions": N_("report", "No action items were recorded for this condition."),
        "owner": N_("report", "Owner"),
        "partners": N_("report", "Partners"),
        "due": N_("report", "Due"),
        "priority": N_("report", "Priority"),
        "policy_lever": N_("report", "Policy lever"),
        "measure": N_("report", "Measure of success"),
        "action": N_("report", "Action"),
        "description": N_("report", "Description"),
        "no_due": N_("report", "—"),
        "start": N_("report", "Start"),
        "overdue": N_("report", "overdue"),
        "blocked_reason": N_("report", "Reason blocked"),
        "resources": N_("report", "Resources or funding"),
        "baseline": N_("report", "Baseline"),
        "target": N_("report", "Target"),
        "progress_as_of": N_("report", "Progress as of {date}"),
        "progress": N_("report", "Progress"),
        "action_plan": N_("report", "Consolidated action plan"),
        "action_plan_intro": N_(
            "report",
            "All action items by condition, each under the stage goal it works toward; sorted by due date "
            "(items without a date come last).",
        ),
        "by_owner": N_("report", "Action items by owner"),
        "by_lever": N_("report", "Action items by policy lever"),
        "no_owner": N_("report", "No owner named"),
        "no_lever": N_("report", "No policy lever chosen"),
        "appendix_roster": N_("report", "Appendix: participants"),
        "roster_intro": N_("report", "Participants who agreed to be named in this report."),
        "roster_name": N_("report", "Name"),
        "roster_role": N_("report", "Role"),
        "roster_org": N_("report", "Organization"),
        "roster_group": N_("report", "Stakeholder group"),
        "roster_unnamed_1": N_("report", "One further participant asked not to be named."),
        "roster_unnamed_n": N_("report", "{n} further participants asked not to be named."),
        "roster_anonymous": N_("report", "This edition of the report names no participants."),
        "roster_empty": N_("report", "No participant agreed to be named."),
        "name_withheld": N_("report", "[name withheld]"),
        "page_of": N_("report", "Page {page} of {pages}"),
        "edition_summary": N_("report", "summary edition, top {n} ideas"),
        "edition_full": N_("report", "full record"),
        "summary_edition_note": N_(
            "report",
            "Summary edition: the {n} most-voted ideas of each question. The full record prints every input.",
        ),
        "more_ideas": N_("report", "{n} more ideas are in the full record."),
        "more_idea_1": N_("report", "1 more idea is in the full record."),
        "serves_stage": N_("report", "Works toward stage {n}, {name}:"),
        "no_condition": N_("report", "Not tied to a condition"),
        "generated": N_("report", "Prepared with plworkshop on {date}."),
        "months": N_(
            "report", "January February March April May June July August September October November December"
        ),
        "date_format": N_("report", "{month} {day}, {year}"),
        "months_short": N_(
            "report short date", "Jan. Feb. Mar. Apr. May June July Aug. Sept. Oct. Nov. Dec."
        ),
        "wording": N_("report", "Wording"),
        "time": N_("report", "Time"),
        "people_took_part": N_("report", "{n} people took part."),
        "short_date_format": N_("report short date", "{month} {day}, {year}"),
        "official_in_english": N_("report", "Shown in English, in the publisher’s official wording."),
        "unofficial_translation": N_(
            "report", "Unofficial translation; where in doubt, the English text prevails."
        ),
        "partly_translated": N_(
            "report", "Partly an unofficial translation; the rest is shown in English, as written."
        ),
        "english_text": N_("report", "English text (not translated)."),
        "framework_notice": N_(
            "report",
            "Collaborative Leadership is reproduced in the wording "
            "KnowledgeWorks published (in English); the "
            "goals, actions, strategic questions and summaries of the other conditions were adapted by the "
            "plworkshop project for facilitation and are not the official wording.",
        ),
        "translation_notice": N_(
            "report",
            "The framework texts in this language are an unofficial translation by the plworkshop project; "
            "where in doubt, the English text prevails.",
        ),
    }
)
EN = MappingProxyType({**EN, **facilitation_strings.EN})  # themes, parking lot, the day's agenda
"""The English of every key (its gettext message id, with the context given to `N_`)."""

EDITION_ONLY = frozenset(
    {
        "official_in_english",
        "unofficial_translation",
        "partly_translated",
        "english_text",
        "framework_notice",
        "translation_notice",
    }
)
"""Notes only a translated edition prints (the English edition leaves them out)."""

_CONTEXTS = {"short_date_format": "report short date", "months_short": "report short date"}

# Titles of known framework packs as a translated edition prints them (the pack's own title otherwise).
_FRAMEWORK_TITLES = {
    "kw-state-policy-pl-2019": N_("framework title", "State Policy Framework for Personalized Learning"),
}


class Strings:
    """Look-ups in one language, English for anything the table lacks."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in LANGUAGES else "en"

    def __getitem__(self, key: str) -> str:
        if self.lang == "en" and key in EDITION_ONLY:
            return ""
        return translate(self.lang, _CONTEXTS.get(key, "report"), EN[key])

    def fmt(self, key: str, **values: object) -> str:
        return self[key].format(**values)

    def framework_title(self, pack_id: str, title: str) -> str:
        """The framework's title as this edition prints it (a known pack's title in translation)."""
        english = _FRAMEWORK_TITLES.get(pack_id)
        if english is None or self.lang == "en":
            return title
        translated = translate(self.lang, "framework title", english)
        return title if translated == english else translated

    def votes(self, n: int) -> str:
        return self["vote_1"] if n == 1 else self.fmt("vote_n", n=self.number(n))

    def date(self, value: dt.date | None) -> str:
        if value is None:
            return ""
        month = self["months"].split()[value.month - 1]
        return self.fmt("date_format", month=month, day=value.day, year=value.year)

    def short_date(self, value: dt.date | None) -> str:
        """A date for narrow table columns ("Mar. 13, 2027")."""
        if value is None:
            return ""
        month = self["months_short"].split()[value.month - 1]
        return self.fmt("short_date_format", month=month, day=value.day, year=value.year)

    def stage(self, number: int, *, short: bool = False) -> str:
        """A stage's name (0 = not yet started), from the vocabulary the GUI and exports share."""
        return vocabulary_es.stage_name(number, self.lang, short=short)

    def number(self, value: int) -> str:
        """An integer grouped the way the edition's readers write it.

        US Spanish (CLDR es-US, which the interface's QLocale also uses) groups thousands with a comma,
        as US English does, so both editions print 12,345; the decimal-comma form of Spain would look
        wrong to the families and officials these reports are written for.
        """
        return f"{value:,}"


def strings(lang: str) -> Strings:
    return Strings(lang)
