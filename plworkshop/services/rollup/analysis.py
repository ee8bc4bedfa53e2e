"""Reading the heat maps: where stakeholder groups disagree most, and the views far from the rest.

Pure functions over the rollup's plain data (no database): a disagreement is the gap between the
highest and the lowest stakeholder-group mean on a condition; a minority view is a group or a district
(of 5 people or more) whose mean lies at least MINORITY_GAP stages from the statewide mean. Both are
kept in the report next to the averages, so a dissenting voice is not averaged away.
"""

from __future__ import annotations

from plworkshop.domain.rollup.models import Disagreement, HeatMap, MinorityView, StageCell

MINORITY_GAP = 0.75
"""How far (in stages) a group's or district's mean must sit from the statewide mean to be listed."""


def _means(heat: HeatMap, index: int) -> list[tuple[str, StageCell]]:
    return [
        (row.label, row.cells[index])
        for row in heat.rows
        if row.cells[index].people and row.cells[index].mean is not None
    ]


def _minorities(kind: str, rows: list[tuple[str, StageCell]], overall: StageCell) -> list[MinorityView]:
    if overall.mean is None:
        return []
    found = [
        MinorityView(kind=kind, label=label, mean=cell.mean, people=cell.people, statewide_mean=overall.mean)
        for label, cell in rows
        if abs(cell.mean - overall.mean) >= MINORITY_GAP
    ]
    return sorted(found, key=lambda v: (-abs(v.mean - v.statewide_mean), v.label.casefold()))


def disagreements(groups: HeatMap, districts: HeatMap) -> tuple[Disagreement, ...]:
    """One entry per condition that anyone placed, the widest gap between groups first."""
    out = []
    for index, column in enumerate(groups.columns):
        overall = groups.overall[index]
        group_rows = _means(groups, index)
        district_rows = _means(districts, index)
        if not overall.people and not overall.suppressed:
            continue
        highest = max(group_rows, key=lambda r: (r[1].mean, r[0]), default=None)
        lowest = min(group_rows, key=lambda r: (r[1].mean, r[0]), default=None)
        gap = (
            round(highest[1].mean - lowest[1].mean, 3) if highest and lowest and len(group_rows) > 1 else None
        )
        views = _minorities("stakeholder group", group_rows, overall) + _minorities(
            "district", district_rows, districts.overall[index]
        )
        out.append(
            Disagreement(
                condition=column,
                gap=gap,
                highest=(highest[0], highest[1].mean) if gap is not None else None,
                lowest=(lowest[0], lowest[1].mean) if gap is not None else None,
                overall=overall,
                minority_views=tuple(views),
            )
        )
    return tuple(sorted(out, key=lambda d: (-(d.gap or 0.0), d.condition.title.casefold())))
