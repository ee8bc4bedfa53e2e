"""Dates as people type them ("12 March 2027", "Jun 30, 2027", "30/6/2027", "12 de marzo de 2027").

One parser for every date field (workshop date, action-item dates), so a date typed anywhere is read
the same way or refused with one sentence, never guessed into another day. Numeric dates whose day and
month could be swapped (3/4/2027) follow the given order ("mdy" in the United States, "dmy" elsewhere);
with order "auto" they are refused as ambiguous unless day and month are the same.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from plworkshop.domain.errors import InvalidValue

EARLIEST = dt.date(2000, 1, 1)
LATEST = dt.date(2100, 12, 31)
ORDERS = ("auto", "mdy", "dmy")

_MONTHS = {
    # English
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
    # Spanish (accents are removed before lookup)
    "enero": 1,
    "ene": 1,
    "febrero": 2,
    "marzo": 3,
    "abril": 4,
    "abr": 4,
    "mayo": 5,
    "junio": 6,
    "julio": 7,
    "agosto": 8,
    "ago": 8,
    "septiembre": 9,
    "setiembre": 9,
    "set": 9,
    "octubre": 10,
    "noviembre": 11,
    "diciembre": 12,
    "dic": 12,
}
_WEEKDAYS = {
    "monday",
    "mon",
    "tuesday",
    "tue",
    "tues",
    "wednesday",
    "wed",
    "thursday",
    "thu",
    "thur",
    "thurs",
    "friday",
    "fri",
    "saturday",
    "sat",
    "sunday",
    "sun",
    "lunes",
    "martes",
    "miercoles",
    "jueves",
    "viernes",
    "sabado",
    "domingo",
}
_ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_FILLERS = {"de", "del", "of", "the", "el"}
_ORDINAL = re.compile(r"^(\d{1,2})(st|nd|rd|th|o|a|º|ª|°)$")
_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_NUMERIC = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$")
_TOKEN = re.compile(r"[a-z]+|\d+[a-zºª°]*")


def order_for_locale(locale_name: str) -> str:
    """The numeric date order people use where `locale_name` ("en_US", "es_MX"…) is spoken."""
    region = locale_name.replace("-", "_").split("_")[1:2]
    return "mdy" if region and region[0].upper() in {"US", "PH", "FM", "MH", "PW", "AS", "GU"} else "dmy"


def parse_date(
    text: str,
    *,
    order: str = "auto",
    today: dt.date | None = None,
    earliest: dt.date = EARLIEST,
    latest: dt.date = LATEST,
    field: str = "date",
) -> dt.date | None:
    """Read a typed date; None for blank text. Anything else that is not a plausible date raises
    InvalidValue with one sentence, so the caller can show it and keep the old value."""
    if order not in ORDERS:
        raise ValueError(f"order must be one of {ORDERS}, not {order!r}")
    raw = (text or "").strip()
    if not raw:
        return None
    shown = raw if len(raw) <= 40 else raw[:40] + "…"
    value = _read(raw, shown, order, today or dt.date.today(), field)
    if not earliest <= value <= latest:
        shown_day = _name(value.day, value.month, value.year)
        raise InvalidValue(
            field,
            f"{shown_day} is outside the dates this app accepts "
            f"({earliest.year}–{latest.year}); please check the year.",
        )
    return value


def _read(raw: str, shown: str, order: str, today: dt.date, field: str) -> dt.date:
    compact = raw.replace(" ", "")
    iso = _ISO.match(compact)
    if iso:
        return _make(int(iso[1]), int(iso[2]), int(iso[3]), shown, field)
    numeric = _NUMERIC.match(compact)
    if numeric:
        return _numeric(int(numeric[1]), int(numeric[2]), numeric[3], shown, order, field)
    return _worded(raw, shown, today, field)


def _numeric(a: int, b: int, year_text: str, shown: str, order: str, field: str) -> dt.date:
    year = _full_year(year_text)
    if a > 12 and b > 12:
        raise _unreadable(field, shown)
    if a > 12:
        day, month = a, b
    elif b > 12:
        day, month = b, a
    elif a == b or order == "dmy":
        day, month = a, b
    elif order == "mdy":
        day, month = b, a
    else:
        raise InvalidValue(
            field,
            f"“{shown}” could be {_name(a, b, year)} or {_name(b, a, year)}; "
            "please write the month as a word, e.g. 12 March 2027.",
        )
    return _make(year, month, day, shown, field)


def _worded(raw: str, shown: str, today: dt.date, field: str) -> dt.date:
    words = _TOKEN.findall(_plain(raw))
    month, numbers = None, []
    for word in words:
        if word in _FILLERS or word in _WEEKDAYS:
            continue
        ordinal = _ORDINAL.match(word)
        if word.isdigit() or ordinal:
            numbers.append(word if word.isdigit() else ordinal[1])
        elif word in _MONTHS and month is None:
            month = _MONTHS[word]
        else:
            raise _unreadable(field, shown)
    if month is None or not 1 <= len(numbers) <= 2:
        raise _unreadable(field, shown)
    years = [n for n in numbers if len(n) == 4]
    days = [n for n in numbers if len(n) <= 2]
    if len(numbers) == 1:
        if not days:
            raise _unreadable(field, shown)
        return _make(today.year, month, int(days[0]), shown, field)
    if len(years) == 1 and len(days) == 1:
        return _make(int(years[0]), month, int(days[0]), shown, field)
    if len(days) == 2:
        return _make(_full_year(days[1]), month, int(days[0]), shown, field)
    raise _unreadable(field, shown)


def _plain(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def _full_year(text: str) -> int:
    return int(text) + 2000 if len(text) == 2 else int(text)


def _make(year: int, month: int, day: int, shown: str, field: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        if 1 <= month <= 12 and 1 <= year <= 9999:
            raise InvalidValue(
                field, f"“{shown}” is not a day of the calendar ({_month_name(month)} has no day {day})."
            ) from None
        raise _unreadable(field, shown) from None


def _name(day: int, month: int, year: int) -> str:
    return f"{day} {_month_name(month)} {year}"


def _month_name(month: int) -> str:
    return _ENGLISH_MONTHS[month - 1]


def _unreadable(field: str, shown: str) -> InvalidValue:
    return InvalidValue(
        field, f"“{shown}” is not a date this app can read; type it like 12 March 2027 or 2027-03-12."
    )
