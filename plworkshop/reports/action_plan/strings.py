"""Every fixed string the action-plan report prints, by language (a translation table drops in here).

Only English is written so far; `strings("es")` falls back to English key by key, so a Spanish
table can be added one entry at a time without breaking the report.
"""

from __future__ import annotations

import datetime as dt
from types import MappingProxyType
from typing import Mapping

EN: Mapping[str, str] = MappingProxyType({
    "report_kind": "Action plan",
    "subject": "Action plan from a convening on the State Policy Framework for Personalized Learning",
    "cover_date": "Date",
    "cover_place": "Place",
    "cover_state": "State",
    "cover_district": "District",
    "cover_facilitator": "Facilitator",
    "cover_participation": "Who took part",
    "cover_group": "Stakeholder group",
    "cover_people": "People",
    "cover_total": "Total",
    "cover_nobody": "No participants were recorded.",
    "cover_anonymous": "This edition names no one: input is attributed to stakeholder groups only.",
    "contents": "Contents",
    "summary": "Summary",
    "conditions_covered": "Conditions covered",
    "minutes": "{n} min",
    "no_conditions": "No conditions were on the agenda.",
    "placements": "Where the room placed the state",
    "placements_intro": ("Each chart shows how many participants placed the state at each stage; "
                         "the highlighted bar is the room’s consensus."),
    "consensus": "Consensus",
    "no_consensus": "No consensus recorded",
    "placements_count": "{n} individual placements",
    "top_priorities": "Top priorities by votes",
    "no_priorities": "No input received votes.",
    "rank": "#",
    "input": "Input",
    "votes": "Votes",
    "condition": "Condition",
    "action_status": "Action items by status",
    "status": "Status",
    "count": "Count",
    "no_action_items": "No action items were recorded.",
    "official_text": "Official text",
    "adapted_text": "Adapted text",
    "adapted_note": "Adapted for facilitation; not the publisher’s official wording.",
    "stages": "The stages in brief",
    "stage_n": "Stage {n}",
    "placement": "Where the room placed the state",
    "placed_at": "The room placed the state at {stage}.",
    "not_placed": "The room did not record a consensus placement.",
    "why": "Why",
    "input_heading": "Input to the strategic questions",
    "no_input": "No input was recorded for this condition.",
    "unattributed": "Unattributed",
    "vote_1": "1 vote",
    "vote_n": "{n} votes",
    "condition_actions": "Action items for this condition",
    "no_condition_actions": "No action items were recorded for this condition.",
    "owner": "Owner",
    "partners": "Partners",
    "due": "Due",
    "priority": "Priority",
    "policy_lever": "Policy lever",
    "measure": "Measure of success",
    "action": "Action",
    "description": "Description",
    "no_due": "—",
    "action_plan": "Consolidated action plan",
    "action_plan_intro": "All action items, sorted by due date (items without a date come last).",
    "by_owner": "Action items by owner",
    "by_lever": "Action items by policy lever",
    "no_owner": "No owner named",
    "no_lever": "No policy lever chosen",
    "appendix_roster": "Appendix: participants",
    "roster_intro": "Participants who agreed to be named in this report.",
    "roster_name": "Name",
    "roster_role": "Role",
    "roster_org": "Organization",
    "roster_group": "Stakeholder group",
    "roster_unnamed_1": "One further participant asked not to be named.",
    "roster_unnamed_n": "{n} further participants asked not to be named.",
    "roster_anonymous": "This edition of the report names no participants.",
    "roster_empty": "No participant agreed to be named.",
    "name_withheld": "[name withheld]",
    "page_of": "Page {page} of {pages}",
    "generated": "Prepared with plworkshop on {date}.",
    "months": "January February March April May June July August September October November December",
    "date_format": "{month} {day}, {year}",
    "months_short": "Jan. Feb. Mar. Apr. May June July Aug. Sept. Oct. Nov. Dec.",
    "wording": "Wording",
    "time": "Time",
    "people_took_part": "{n} people took part.",
})

TABLES: dict[str, Mapping[str, str]] = {"en": EN}


class Strings:
    """Look-ups in one language, English for anything the table lacks."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in ("en", "es") else "en"
        self._table = TABLES.get(self.lang, EN)

    def __getitem__(self, key: str) -> str:
        return self._table.get(key) or EN[key]

    def fmt(self, key: str, **values: object) -> str:
        return self[key].format(**values)

    def votes(self, n: int) -> str:
        return self["vote_1"] if n == 1 else self.fmt("vote_n", n=n)

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
        return self.fmt("date_format", month=month, day=value.day, year=value.year)


def strings(lang: str) -> Strings:
    return Strings(lang)
