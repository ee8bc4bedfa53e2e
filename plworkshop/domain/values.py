"""Checking and converting non-text values a person enters: dates, stages, numbers, choices."""

from __future__ import annotations

import datetime as dt

from plworkshop.domain.errors import InvalidValue
from plworkshop.domain.vocabulary import ASSESSMENT_STAGES, PRIORITIES, STAGE_NUMBERS, STATUSES


def check_date(field: str, value: object, *, label: str | None = None) -> dt.date | None:
    """A date, an ISO `YYYY-MM-DD` string, or empty/None; anything else is refused."""
    name = label or field.replace("_", " ")
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise InvalidValue(field, f"The {name} “{str(value)[:40]}” is not a date; use the form 2027-03-01.")


def check_int(field: str, value: object, *, low: int, high: int, label: str | None = None) -> int:
    name = label or field.replace("_", " ")
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidValue(field, f"The {name} must be a whole number.")
    if not low <= value <= high:
        raise InvalidValue(field, f"The {name} must be between {low} and {high}; {value} is not.")
    return value


def check_stage(value: object) -> int:
    """A stage whose strategic question is answered: 1, 2 or 3."""
    if isinstance(value, bool) or value not in STAGE_NUMBERS:
        raise InvalidValue("stage", f"The stage must be 1, 2 or 3; {value!r} is not a stage.")
    return int(value)  # type: ignore[arg-type]


def check_assessment_stage(value: object) -> int:
    """Where the state stands: 0 not yet started, 1, 2 or 3."""
    if isinstance(value, bool) or value not in ASSESSMENT_STAGES:
        raise InvalidValue("stage", f"A placement must be 0 (not yet started), 1, 2 or 3; {value!r} is not.")
    return int(value)  # type: ignore[arg-type]


def check_choice(field: str, value: object, choices: tuple[str, ...]) -> str:
    if value not in choices:
        allowed = ", ".join(choices)
        raise InvalidValue(
            field, f"The {field.replace('_', ' ')} must be one of {allowed}; {value!r} is not."
        )
    return value  # type: ignore[return-value]


def check_priority(value: object) -> str:
    return check_choice("priority", value, PRIORITIES)


def check_status(value: object) -> str:
    return check_choice("status", value, STATUSES)
