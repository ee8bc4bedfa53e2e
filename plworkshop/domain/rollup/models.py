"""The statewide rollup as plain frozen data: heat maps, disagreements, top ideas, action items.

No database and no rendering here: `plworkshop.services.rollup` fills these from SQL aggregates,
the PDF/XLSX writers and the State view only read them. Small-group safety is applied when a cell is
built (`stage_cell`), so no renderer can leak a breakdown of fewer than MIN_CELL_PEOPLE people.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

MIN_CELL_PEOPLE = 5
"""A breakdown of fewer people than this is shown as "fewer than 5", never as numbers."""

FEWER_THAN = f"fewer than {MIN_CELL_PEOPLE}"
STAGE_RANGE = (0, 1, 2, 3)


@dataclass(frozen=True)
class StageCell:
    """Where a set of people placed the state on one condition (stages 0–3).

    `people` is None (and every number with it) when 1–4 people are behind the cell; a stage count of
    1–4 inside a larger cell is None too. `consensus` holds the rooms' own consensus placements.
    """

    people: int | None
    suppressed: bool
    counts: tuple[int | None, ...] = ()
    mean: float | None = None
    spread: float | None = None
    consensus: tuple[int, ...] = ()

    @property
    def empty(self) -> bool:
        return self.people == 0 and not self.suppressed

    def label(self) -> str:
        """'1.8 ± 0.7 (n=23)', 'fewer than 5', or '—' when nobody placed the state here."""
        if self.suppressed:
            return FEWER_THAN
        if not self.people:
            return "—"
        return f"{self.mean:.1f} ± {self.spread:.1f} (n={self.people})"


def stage_cell(counts: dict[int, int] | tuple[int, ...], consensus: tuple[int, ...] = ()) -> StageCell:
    """A cell from the number of people at each stage, with the small-group rule applied."""
    if isinstance(counts, dict):
        counts = tuple(counts.get(stage, 0) for stage in STAGE_RANGE)
    people = sum(counts)
    consensus = tuple(sorted(consensus))
    if 0 < people < MIN_CELL_PEOPLE:
        return StageCell(people=None, suppressed=True, consensus=consensus)
    if people == 0:
        return StageCell(people=0, suppressed=False, counts=(0,) * len(STAGE_RANGE), consensus=consensus)
    total = sum(stage * n for stage, n in zip(STAGE_RANGE, counts))
    squares = sum(stage * stage * n for stage, n in zip(STAGE_RANGE, counts))
    mean = total / people
    spread = math.sqrt(max(squares / people - mean * mean, 0.0))
    shown = tuple(None if 0 < n < MIN_CELL_PEOPLE else n for n in counts)
    return StageCell(
        people=people,
        suppressed=False,
        counts=shown,
        mean=round(mean, 3),
        spread=round(spread, 3),
        consensus=consensus,
    )


@dataclass(frozen=True)
class ConditionColumn:
    key: str
    title: str
    official: bool


@dataclass(frozen=True)
class HeatRow:
    key: str
    label: str
    cells: tuple[StageCell, ...]  # one per column, in the heat map's column order


@dataclass(frozen=True)
class HeatMap:
    """Rows (districts or stakeholder groups) × conditions, plus the statewide cell per condition."""

    title: str
    row_heading: str
    columns: tuple[ConditionColumn, ...]
    rows: tuple[HeatRow, ...]
    overall: tuple[StageCell, ...]

    def cell(self, row_key: str, condition: str) -> StageCell:
        index = [c.key for c in self.columns].index(condition)
        for row in self.rows:
            if row.key == row_key:
                return row.cells[index]
        raise KeyError(row_key)


@dataclass(frozen=True)
class MinorityView:
    """A stakeholder group or a district that placed the state far from everyone else."""

    kind: str  # "stakeholder group" | "district"
    label: str
    mean: float
    people: int
    statewide_mean: float

    @property
    def direction(self) -> str:
        return "further along" if self.mean > self.statewide_mean else "less far along"


@dataclass(frozen=True)
class Disagreement:
    """How far apart the stakeholder groups are on one condition, and the views far from the rest."""

    condition: ConditionColumn
    gap: float | None  # highest group mean − lowest (groups of 5 or more only)
    highest: tuple[str, float] | None
    lowest: tuple[str, float] | None
    overall: StageCell
    minority_views: tuple[MinorityView, ...]


@dataclass(frozen=True)
class Idea:
    text: str
    votes: int
    district: str
    workshop_title: str
    workshop_id: str
    stakeholder_group: str  # the group's label, "" when nobody said whose voice it was


@dataclass(frozen=True)
class QuestionIdeas:
    condition: ConditionColumn
    stage: int
    question_key: str
    question: str
    responses: int  # visible responses to this question across the workshops
    ideas: tuple[Idea, ...]  # the most-voted, most votes first


@dataclass(frozen=True)
class ActionRow:
    workshop_id: str
    district: str
    workshop_title: str
    condition: str
    title: str
    owner: str
    policy_lever: str
    due: dt.date | None
    status: str
    priority: str
    overdue: bool


@dataclass(frozen=True)
class OwnerLoad:
    owner: str
    items: int
    overdue: int
    next_due: dt.date | None


@dataclass(frozen=True)
class WorkshopLine:
    id: str
    title: str
    district: str
    state: str
    date: dt.date | None
    participants: int
    responses: int
    action_items: int


def district_key(line: WorkshopLine, *, many_states: bool = False) -> tuple[str, str]:
    """(key, label) of the district a workshop belongs to (its title when it names none). The same
    district name in two states is two districts; with several states in scope the label says which."""
    label = line.district.strip() or line.title
    state = line.state.strip()
    if many_states and state:
        label = f"{label} ({state})"
    return f"{label.casefold()}\x00{state.casefold()}", label


def many_states(lines) -> bool:
    return len({line.state.strip().casefold() for line in lines}) > 1


@dataclass(frozen=True)
class Rollup:
    """Everything the statewide rollup shows, for the workshops in scope."""

    generated_on: dt.date
    state: str | None
    workshops: tuple[WorkshopLine, ...]
    districts: HeatMap
    groups: HeatMap
    disagreements: tuple[Disagreement, ...]  # widest gap first
    top_ideas: tuple[QuestionIdeas, ...]
    action_items: tuple[ActionRow, ...]  # overdue first, then by owner, policy lever, due date
    owners: tuple[OwnerLoad, ...]

    @property
    def participants(self) -> int:
        return sum(w.participants for w in self.workshops)

    @property
    def responses(self) -> int:
        return sum(w.responses for w in self.workshops)

    @property
    def overdue(self) -> int:
        return sum(1 for a in self.action_items if a.overdue)
