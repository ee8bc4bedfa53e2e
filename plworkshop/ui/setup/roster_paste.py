"""Turning rows pasted from a spreadsheet into new participants, or one clear list of what is wrong.

Columns are tab-separated. With a header row (a cell reading "name"), columns are matched by their
headers; without one they are taken in the roster's order: name, role, organization, stakeholder
group, may be named. The group may be given by its label ("Teachers and their unions") or its key.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from plworkshop.framework.model import FrameworkPack
from plworkshop.services.roster import NewParticipant
from plworkshop.domain import vocabulary_es
from plworkshop.ui.i18n import translate

FIELDS = ("name", "role", "organization", "group", "named")
HEADER_WORDS = {
    "name": ("name", "full name", "participant", "person"),
    "role": ("role", "title", "position", "job title"),
    "organization": ("organization", "organisation", "org", "agency", "employer", "affiliation"),
    "group": ("group", "stakeholder group", "stakeholder", "sector"),
    "named": ("may be named", "named", "may be named in reports", "name in reports", "consent"),
}
YES = {"yes", "y", "true", "1", "x", "✓", "sí", "si"}
NO = {"no", "n", "false", "0", "anonymous"}


@dataclass
class PasteResult:
    people: list[NewParticipant] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.people) and not self.problems


def _cells(line: str) -> list[str]:
    return [cell.strip().strip('"').strip() for cell in line.split("\t")]


def _header_map(cells: list[str]) -> dict[str, int] | None:
    lowered = [c.casefold() for c in cells]
    found = {}
    for name, words in HEADER_WORDS.items():
        for i, cell in enumerate(lowered):
            if cell in words and i not in found.values():
                found[name] = i
                break
    return found if "name" in found else None


def _group_lookup(pack: FrameworkPack) -> dict[str, str]:
    table = {}
    for term in pack.stakeholder_groups:
        table[term.key.casefold()] = term.key
        table[term.label.casefold()] = term.key
        # a Spanish roster may name the group in Spanish
        table[vocabulary_es.term_label("stakeholder_groups", term.key, term.label, "es").casefold()] = term.key
    return table


def parse_roster_paste(text: str, pack: FrameworkPack, *, default_group: str = "other") -> PasteResult:
    """Read pasted rows; every row with a problem is named (by its line) and nothing is kept then."""
    lines = [line for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
             if line.strip()]
    result = PasteResult()
    if not lines:
        result.problems.append(translate("RosterPaste", "There is nothing to paste: copy some rows from a spreadsheet first."))
        return result
    columns = _header_map(_cells(lines[0]))
    first_line = 1
    if columns is None:
        columns = {name: i for i, name in enumerate(FIELDS)}
        first_line = 0
    groups = _group_lookup(pack)
    for number, line in enumerate(lines[first_line:], start=first_line + 1):
        cells = _cells(line)
        get = lambda name: cells[columns[name]] if name in columns and columns[name] < len(cells) else ""  # noqa: E731
        name = get("name")
        if not name:
            result.problems.append(translate("RosterPaste", "Line {number}: the name is empty.").format(number=number))
            continue
        group_text = get("group")
        group = groups.get(group_text.casefold(), None) if group_text else default_group
        if group is None:
            result.problems.append(translate("RosterPaste", "Line {number} ({name}): “{group_text}” is not a stakeholder group.").format(number=number, name=name, group_text=group_text))
            continue
        named_text = get("named").casefold()
        if named_text and named_text not in YES | NO:
            result.problems.append(
                translate("RosterPaste", "Line {number} ({name}): “{get}” should be yes or no (may be named in reports).").format(number=number, name=name, get=get('named')))
            continue
        result.people.append(NewParticipant(
            name=name, role=get("role"), organization=get("organization"), stakeholder_group=group,
            named_in_report=named_text not in NO))
    return result
