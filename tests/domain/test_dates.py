"""The date parser reads dates the way people type them, or refuses them with one sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from plworkshop.domain.dates import order_for_locale, parse_date
from plworkshop.domain.errors import InvalidValue

TODAY = dt.date(2026, 12, 6)


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("12 March 2027", dt.date(2027, 3, 12)),
        ("March 12, 2027", dt.date(2027, 3, 12)),
        ("Jun 30, 2027", dt.date(2027, 6, 30)),
        ("2027-06-30", dt.date(2027, 6, 30)),
        ("2027/6/3", dt.date(2027, 6, 3)),
        ("6/30/2027", dt.date(2027, 6, 30)),
        ("30/6/2027", dt.date(2027, 6, 30)),
        ("30.06.2027", dt.date(2027, 6, 30)),
        ("12 de marzo de 2027", dt.date(2027, 3, 12)),
        ("1º de abril de 2027", dt.date(2027, 4, 1)),
        ("miércoles, 3 de noviembre de 2027", dt.date(2027, 11, 3)),
        ("Diciembre 24 2027", dt.date(2027, 12, 24)),
        ("Tuesday, 2nd February 2027", dt.date(2027, 2, 2)),
        ("12th of March 2027", dt.date(2027, 3, 12)),
        ("  sept 9 2030 ", dt.date(2030, 9, 9)),
        ("5/5/2027", dt.date(2027, 5, 5)),
        ("30 June", dt.date(2026, 6, 30)),
        ("30-Jun-27", dt.date(2027, 6, 30)),
    ],
)
def test_reads_the_ways_people_type_dates(typed, expected):
    assert parse_date(typed, today=TODAY) == expected


def test_blank_is_no_date():
    assert parse_date("   ") is None
    assert parse_date("") is None


@pytest.mark.parametrize("order, expected", [("mdy", dt.date(2027, 3, 4)), ("dmy", dt.date(2027, 4, 3))])
def test_ambiguous_numbers_follow_the_order_given(order, expected):
    assert parse_date("3/4/2027", order=order) == expected


def test_ambiguous_numbers_without_an_order_are_refused_with_both_readings():
    with pytest.raises(InvalidValue) as err:
        parse_date("3/4/2027")
    assert "3 April 2027" in str(err.value) and "4 March 2027" in str(err.value)


@pytest.mark.parametrize("typed", ["3020-12-06", "6 Dec 3020", "12 March 1999", "1/1/2101"])
def test_implausible_years_are_refused(typed):
    with pytest.raises(InvalidValue, match="outside the dates"):
        parse_date(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "tomorrow",
        "12 Smarch 2027",
        "32/13/2027",
        "2027",
        "<b>1</b>",
        "12 March 2027 2028",
        "x" * 100_000,
        "٣ مارس ٢٠٢٧",
        "\x00",
    ],
)
def test_unreadable_text_is_refused_with_one_sentence(typed):
    with pytest.raises(InvalidValue) as err:
        parse_date(typed)
    message = str(err.value)
    assert message.endswith(".") and len(message) < 200


def test_days_that_do_not_exist_are_named():
    with pytest.raises(InvalidValue, match="February has no day 30"):
        parse_date("30 February 2027")


def test_order_for_locale():
    assert order_for_locale("en_US") == "mdy"
    assert order_for_locale("es_MX") == "dmy"
    assert order_for_locale("en_GB") == "dmy"
    assert order_for_locale("C") == "dmy"
