"""The rollup workbook's fixed words (sheet names, headers, notes, vocabularies) in English or Spanish.

The English is written here and marked for the gettext catalogue (context "rollup workbook"); Spanish
comes from `resources/locale/es`. Sheet names stay within the 31 characters a spreadsheet allows.
"""

from __future__ import annotations

from plworkshop.domain import vocabulary_es
from plworkshop.domain.rollup.models import MIN_CELL_PEOPLE, ConditionColumn, Rollup
from plworkshop.i18n import LANGUAGES, N_, translate

CONTEXT = "rollup workbook"

_EN = {
    "title": N_("rollup workbook", "Statewide rollup"),
    "sheet.summary": N_("rollup workbook", "Summary"),
    "sheet.districts": N_("rollup workbook", "Districts heat map"),
    "sheet.groups": N_("rollup workbook", "Groups heat map"),
    "sheet.district_rows": N_("rollup workbook", "District placements"),
    "sheet.group_rows": N_("rollup workbook", "Group placements"),
    "sheet.disagreements": N_("rollup workbook", "Disagreements"),
    "sheet.ideas": N_("rollup workbook", "Top ideas"),
    "sheet.actions": N_("rollup workbook", "Action items"),
    "sheet.owners": N_("rollup workbook", "Owners"),
    "sheet.workshops": N_("rollup workbook", "Workshops"),
    "col.item": N_("rollup workbook", "Item"),
    "col.value": N_("rollup workbook", "Value"),
    "col.district": N_("rollup workbook", "District"),
    "col.group": N_("rollup workbook", "Stakeholder group"),
    "col.condition": N_("rollup workbook", "Condition"),
    "col.people": N_("rollup workbook", "People"),
    "col.mean": N_("rollup workbook", "Mean stage"),
    "col.spread": N_("rollup workbook", "Spread (std. dev.)"),
    "col.stage_count": N_("rollup workbook", "People at stage {n}: {name}"),
    "col.consensus": N_("rollup workbook", "Room consensus (stages)"),
    "col.withheld": N_("rollup workbook", "Numbers withheld"),
    "col.gap": N_("rollup workbook", "Gap between groups"),
    "col.highest": N_("rollup workbook", "Highest group"),
    "col.lowest": N_("rollup workbook", "Lowest group"),
    "col.its_mean": N_("rollup workbook", "Its mean"),
    "col.statewide_mean": N_("rollup workbook", "Statewide mean"),
    "col.minority": N_("rollup workbook", "Minority views"),
    "col.stage": N_("rollup workbook", "Stage"),
    "col.stage_name": N_("rollup workbook", "Stage name"),
    "col.question": N_("rollup workbook", "Question"),
    "col.responses": N_("rollup workbook", "Responses"),
    "col.rank": N_("rollup workbook", "Rank"),
    "col.votes": N_("rollup workbook", "Votes"),
    "col.idea": N_("rollup workbook", "Idea"),
    "col.workshop": N_("rollup workbook", "Workshop"),
    "col.overdue": N_("rollup workbook", "Overdue"),
    "col.owner": N_("rollup workbook", "Owner"),
    "col.lever": N_("rollup workbook", "Policy lever"),
    "col.due": N_("rollup workbook", "Due date"),
    "col.status": N_("rollup workbook", "Status"),
    "col.priority": N_("rollup workbook", "Priority"),
    "col.action": N_("rollup workbook", "Action"),
    "col.items": N_("rollup workbook", "Action items"),
    "col.overdue_items": N_("rollup workbook", "Overdue items"),
    "col.next_due": N_("rollup workbook", "Next due"),
    "col.state": N_("rollup workbook", "State"),
    "col.date": N_("rollup workbook", "Date"),
    "col.participants": N_("rollup workbook", "Participants"),
    "col.id": N_("rollup workbook", "Id"),
    "row.scope": N_("rollup workbook", "Scope"),
    "row.generated": N_("rollup workbook", "Generated on"),
    "row.workshops": N_("rollup workbook", "Workshops"),
    "row.participants": N_("rollup workbook", "Participants"),
    "row.responses": N_("rollup workbook", "Responses"),
    "row.actions": N_("rollup workbook", "Action items"),
    "row.overdue": N_("rollup workbook", "Overdue action items"),
    "row.small_groups": N_("rollup workbook", "Small groups"),
    "row.stages": N_("rollup workbook", "Stages"),
    "row.adapted": N_("rollup workbook", "Adapted text"),
    "statewide": N_("rollup workbook", "Statewide"),
    "all_states": N_("rollup workbook", "All states"),
    "scope_1": N_("rollup workbook", "{where}: 1 workshop"),
    "scope_n": N_("rollup workbook", "{where}: {n} workshops"),
    "adapted": N_("rollup workbook", "adapted"),
    "yes": N_("rollup workbook", "Yes"),
    "fewer_than": N_("rollup workbook", "fewer than {n} people"),
    "some_fewer": N_("rollup workbook", "stages chosen by fewer than {n} people: {stages}"),
    "note.small_groups": N_(
        "rollup workbook",
        "A breakdown of fewer than {n} people shows no numbers: its number cells are left empty and the "
        "column “Numbers withheld” (or, on a heat map, a grey cell) says why.",
    ),
    "note.heat": N_(
        "rollup workbook",
        "Each cell is the mean stage (0–3) of the individual placements. A grey empty cell: fewer than {n} "
        "people, numbers withheld. A white empty cell: nobody placed the state there.",
    ),
    "note.stages": N_(
        "rollup workbook",
        "0 Not yet started, 1 Exploration, 2 Replication, 3 Statewide Transformation; mean ± spread "
        "(standard deviation) of individual placements.",
    ),
    "note.adapted": N_(
        "rollup workbook",
        "Conditions marked “(adapted)” use guiding text adapted for this tool; Collaborative Leadership "
        "is the framework’s official text.",
    ),
    "minority": N_(
        "rollup workbook",
        "{label} ({kind}, {n} people): mean {mean}, {direction} than the statewide {overall}",
    ),
    "kind_group": N_("rollup workbook", "stakeholder group"),
    "kind_district": N_("rollup workbook", "district"),
    "further": N_("rollup workbook", "further along"),
    "less_far": N_("rollup workbook", "less far along"),
    "page": N_("rollup workbook", "Page {page} of {pages}"),
}


class WorkbookWords:
    """The rollup workbook's words in one language (English where the catalogue has none)."""

    def __init__(self, lang: str = "en") -> None:
        self.lang = lang if lang in LANGUAGES else "en"
        self._labels: dict[tuple[str, str], str] = {}  # a rollup repeats a few labels 100,000 times

    def __call__(self, key: str, **values: object) -> str:
        text = translate(self.lang, CONTEXT, _EN[key])
        return text.format(**values) if values else text

    def sheet(self, key: str) -> str:
        """A sheet name: at most 31 characters and none of the characters a sheet name refuses."""
        name = self(f"sheet.{key}")
        return "".join(" " if c in "[]:*?/\\" else c for c in name)[:31]

    @property
    def fewer_than(self) -> str:
        return self("fewer_than", n=MIN_CELL_PEOPLE)

    def decimal(self, value: float) -> str:
        text = f"{value:.1f}"
        return text.replace(".", ",") if self.lang == "es" else text

    def scope_line(self, rollup: Rollup) -> str:
        count = len(rollup.workshops)
        where = rollup.state.strip() if rollup.state and rollup.state.strip() else self("all_states")
        return self("scope_1", where=where) if count == 1 else self("scope_n", where=where, n=count)

    def condition(self, column: ConditionColumn) -> str:
        return column.title if column.official else f"{column.title} ({self('adapted')})"

    def stage(self, number: int) -> str:
        return vocabulary_es.stage_name(number, self.lang)

    def status(self, key: str) -> str:
        return self._label("status", key)

    def priority(self, key: str) -> str:
        return self._label("priority", key)

    def term(self, kind: str, english: str) -> str:
        """A shipped pack term, given its English label (the rollup data carries labels, not keys), in
        this language; a state's own or renamed term as written."""
        return self._label(kind, english)

    def _label(self, kind: str, value: str) -> str:
        found = self._labels.get((kind, value))
        if found is None:
            found = self._labels[(kind, value)] = self._look_up(kind, value)
        return found

    def _look_up(self, kind: str, value: str) -> str:
        if kind == "status":
            return vocabulary_es.status_label(value, self.lang)
        if kind == "priority":
            return vocabulary_es.priority_label(value, self.lang)
        for key, shipped in vocabulary_es.SHIPPED_TERMS.get(kind, {}).items():
            if shipped == value:
                return vocabulary_es.term_label(kind, key, value, self.lang)
        return value

    def minority(self, view) -> str:
        kind = self("kind_district") if view.kind == "district" else self("kind_group")
        direction = self("further") if view.mean > view.statewide_mean else self("less_far")
        return self(
            "minority",
            label=self.term("stakeholder_groups", view.label) if view.kind != "district" else view.label,
            kind=kind,
            n=view.people,
            mean=self.decimal(view.mean),
            direction=direction,
            overall=self.decimal(view.statewide_mean),
        )
