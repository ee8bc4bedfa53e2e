"""Translated names for the fixed vocabulary (stages, priorities, statuses, pack terms), for GUI and reports.

Plain Python, no Qt: the reports use it as well as the interface. The English is written here and the
translations come from the gettext catalogue (`plworkshop.i18n`). Every lookup falls back to the
English label it is given, so a state's own stakeholder group or lever (added in a user pack) still
shows, in English, rather than disappearing; so does a shipped term a user pack renamed.
"""

from __future__ import annotations

from plworkshop.i18n import N_, translate

_STAGES = {
    0: N_("stage", "Not yet started"),
    1: N_("stage", "Exploration"),
    2: N_("stage", "Replication"),
    3: N_("stage", "Statewide Transformation"),
}
_SHORT_STAGES = {
    0: N_("short stage", "Not yet"),
    1: N_("short stage", "Exploration"),
    2: N_("short stage", "Replication"),
    3: N_("short stage", "Statewide"),
}
_PRIORITIES = {
    "high": N_("priority", "High"),
    "medium": N_("priority", "Medium"),
    "low": N_("priority", "Low"),
}
_STATUSES = {
    "planned": N_("status", "Planned"),
    "in_progress": N_("status", "In progress"),
    "done": N_("status", "Done"),
    "blocked": N_("status", "Blocked"),
}

# The English labels of the terms in the shipped pack, by kind and key (keys never change with the
# wording), so that a label renamed in a user pack is shown as written, never mistranslated.
_TERM_CONTEXTS = {
    "strategies": "strategy",
    "stakeholder_groups": "stakeholder group",
    "policy_levers": "policy lever",
    "barriers": "barrier",
}
SHIPPED_TERMS: dict[str, dict[str, str]] = {
    "strategies": {
        "building-capacity": N_("strategy", "Building Capacity"),
        "empowering-student-learning": N_("strategy", "Empowering Student Learning"),
        "cultivating-system-change": N_("strategy", "Cultivating System Change"),
        "ensuring-quality": N_("strategy", "Ensuring Quality"),
    },
    "stakeholder_groups": {
        "policymakers": N_("stakeholder group", "Policymakers"),
        "state-agency": N_("stakeholder group", "State agencies"),
        "district-leaders": N_("stakeholder group", "District leaders"),
        "school-leaders": N_("stakeholder group", "School leaders"),
        "teachers-and-unions": N_("stakeholder group", "Teachers and their unions"),
        "families": N_("stakeholder group", "Families"),
        "students": N_("stakeholder group", "Students"),
        "community-organizations": N_("stakeholder group", "Community organizations"),
        "advocacy-groups": N_("stakeholder group", "Advocacy groups"),
        "business-and-workforce": N_("stakeholder group", "Business and workforce"),
        "higher-education": N_("stakeholder group", "Higher education"),
        "other": N_("stakeholder group", "Other"),
    },
    "policy_levers": {
        "statute": N_("policy lever", "Statute"),
        "regulation": N_("policy lever", "Regulation"),
        "guidance": N_("policy lever", "Guidance"),
        "funding": N_("policy lever", "Funding"),
        "pilot-or-innovation-zone": N_("policy lever", "Pilot or innovation zone"),
        "task-force-or-study": N_("policy lever", "Task force or study"),
        "technical-assistance": N_("policy lever", "Technical assistance"),
        "communication": N_("policy lever", "Communication"),
    },
    "barriers": {
        "seat-time": N_("barrier", "Seat-time rules"),
        "graduation-requirements": N_("barrier", "Graduation requirements"),
        "licensure": N_("barrier", "Licensure requirements"),
        "funding-rules": N_("barrier", "Funding rules"),
        "curriculum-policies": N_("barrier", "Curriculum policies"),
        "assessment-and-accountability": N_("barrier", "Assessment and accountability requirements"),
    },
}


def stage_name(number: int, lang: str = "en", *, short: bool = False) -> str:
    """A stage's name (0 = not yet started) in `lang`."""
    english = (_SHORT_STAGES if short else _STAGES).get(number)
    if english is None:
        return str(number)
    return translate(lang, "short stage" if short else "stage", english)


def stage_names(lang: str = "en") -> dict[int, str]:
    """Stages 1–3 by number, in `lang` (the shape of `STAGE_NAMES`)."""
    return {n: stage_name(n, lang) for n in (1, 2, 3)}


def priority_label(key: str, lang: str = "en") -> str:
    """ "High"/"Alta"…; an unknown key is shown as it is."""
    english = _PRIORITIES.get(key)
    return translate(lang, "priority", english) if english else key


def status_label(key: str, lang: str = "en") -> str:
    """ "In progress"/"En curso"…; an unknown key is shown as it is."""
    english = _STATUSES.get(key)
    return translate(lang, "status", english) if english else key


def term_label(kind: str, key: str, english: str, lang: str = "en") -> str:
    """A pack term's label in `lang`; `english` when there is no translation or the label was renamed."""
    if SHIPPED_TERMS.get(kind, {}).get(key) != english:
        return english
    return translate(lang, _TERM_CONTEXTS[kind], english)
