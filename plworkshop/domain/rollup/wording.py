"""The fixed wording of the statewide rollup (English), shared by the PDF, the XLSX and the State view."""

from __future__ import annotations

from plworkshop.domain.rollup.models import ConditionColumn, MinorityView, Rollup
from plworkshop.domain.vocabulary import PRIORITY_LABELS, STATUS_LABELS
from plworkshop.framework.model import ASSESSMENT_STAGE_NAMES

ADAPTED = "adapted"


def condition_heading(column: ConditionColumn) -> str:
    """The condition's title, marked “(adapted)” unless it is the framework's official text."""
    return column.title if column.official else f"{column.title} ({ADAPTED})"


def scope_line(rollup: Rollup) -> str:
    """'Colorado: 20 workshops' / 'All workshops: 3 workshops'."""
    count = len(rollup.workshops)
    where = rollup.state.strip() if rollup.state else "All states"
    return f"{where}: {count} workshop{'s' if count != 1 else ''}"


def minority_text(view: MinorityView) -> str:
    """'Families (stakeholder group, 212 people): mean 0.6, less far along than the statewide 1.5'."""
    return (
        f"{view.label} ({view.kind}, {view.people} people): mean {view.mean:.1f}, "
        f"{view.direction} than the statewide {view.statewide_mean:.1f}"
    )


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status)


def priority_label(priority: str) -> str:
    return PRIORITY_LABELS.get(priority, priority)


def stage_name(stage: int) -> str:
    return ASSESSMENT_STAGE_NAMES.get(stage, str(stage))
