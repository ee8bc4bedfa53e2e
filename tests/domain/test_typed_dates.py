"""Dates typed the ways people type them are read; anything else is refused, never guessed."""

from __future__ import annotations

import datetime as dt

import pytest

from plworkshop.domain.errors import InvalidValue
from plworkshop.domain.typed_dates import parse_typed_date

MARCH_1 = dt.date(2027, 3, 1)


@pytest.mark.parametrize(
    "text",
    [
        "2027-03-01",
        "2027/3/1",
        "3/1/2027",
        "3/1/27",
        "March 1, 2027",
        "mar 1 2027",
        "1 March 2027",
        "  March  1 2027 ",
    ],
)
def test_common_forms_are_read(text):
    assert parse_typed_date(text) == MARCH_1


@pytest.mark.parametrize("text", ["1/3/2027", "1 de marzo de 2027", "1 mar 2027", "01.03.2027"])
def test_day_first_forms_for_spanish(text):
    assert parse_typed_date(text, day_first=True) == MARCH_1


def test_empty_is_no_date():
    assert parse_typed_date("  ") is None


@pytest.mark.parametrize(
    "text", ["next week", "2027-02-30", "13/13/2027", "March 2027", "32 March 2027", "1/2", "tomorrow 2027"]
)
def test_anything_else_is_refused_with_one_sentence(text):
    with pytest.raises(InvalidValue) as refused:
        parse_typed_date(text)
    assert str(refused.value) == f"“{text.strip()}” is not a date; type it like 2027-03-01 or 3/1/2027."
