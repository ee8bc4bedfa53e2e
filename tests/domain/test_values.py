"""Dates, stages, numbers and choices a person enters: accepted in their plain forms, refused in words."""

from __future__ import annotations

import datetime as dt

import pytest

from plworkshop.domain.errors import InvalidValue
from plworkshop.domain.values import (
    check_assessment_stage,
    check_date,
    check_int,
    check_priority,
    check_stage,
    check_status,
)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2027-03-01", dt.date(2027, 3, 1)),
        (" 2027-03-01 ", dt.date(2027, 3, 1)),
        (dt.date(2027, 3, 1), dt.date(2027, 3, 1)),
        (dt.datetime(2027, 3, 1, 23, 59), dt.date(2027, 3, 1)),
        ("", None),
        (None, None),
    ],
)
def test_dates_in_their_plain_forms(value, expected):
    assert check_date("due", value) == expected


@pytest.mark.parametrize("value", ["01/03/2027", "2027-02-30", "tomorrow", 20270301, "x" * 500])
def test_a_date_that_is_not_one_is_refused_with_an_example(value):
    with pytest.raises(InvalidValue) as refused:
        check_date("due", value, label="due date")
    message = str(refused.value)
    assert message.startswith("The due date “") and message.endswith("use the form 2027-03-01.")
    assert len(message) < 120  # the bad value is quoted, but cut short


def test_whole_numbers_within_bounds():
    assert check_int("votes", 0, low=0, high=3) == 0
    assert check_int("votes", 3, low=0, high=3) == 3
    with pytest.raises(InvalidValue, match="between 0 and 3; 4 is not"):
        check_int("votes", 4, low=0, high=3)
    for not_whole in (True, 1.0, "2", None):
        with pytest.raises(InvalidValue, match="must be a whole number"):
            check_int("votes", not_whole, low=0, high=3)


def test_stages_answered_are_one_to_three_and_placements_start_at_zero():
    assert [check_stage(s) for s in (1, 2, 3)] == [1, 2, 3]
    assert [check_assessment_stage(s) for s in (0, 1, 2, 3)] == [0, 1, 2, 3]
    for bad in (0, 4, True, "1", None):
        with pytest.raises(InvalidValue, match="The stage must be 1, 2 or 3"):
            check_stage(bad)
    for bad in (-1, 4, False, "0"):
        with pytest.raises(InvalidValue, match="0 \\(not yet started\\)"):
            check_assessment_stage(bad)


def test_priorities_and_statuses_are_the_vocabulary_keys():
    assert check_priority("high") == "high"
    assert check_status("in_progress") == "in_progress"
    with pytest.raises(InvalidValue, match="must be one of high, medium, low; 'High' is not"):
        check_priority("High")
    with pytest.raises(InvalidValue, match="must be one of planned, in_progress, done, blocked"):
        check_status("In progress")
