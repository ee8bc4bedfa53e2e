"""Dates as people type them ("2027-03-01", "3/1/2027", "March 1, 2027", "1 de marzo de 2027"), or a
clear refusal: anything that is not a real day is refused, never guessed."""

from __future__ import annotations

import datetime as dt
import re

from plworkshop.domain.errors import InvalidValue

_MONTHS = {
    name: n
    for n, names in enumerate(
        (
            ("january", "jan", "enero", "ene"),
            ("february", "feb", "febrero"),
            ("march", "mar", "marzo"),
            ("april", "apr", "abril", "abr"),
            ("may", "mayo"),
            ("june", "jun", "junio"),
            ("july", "jul", "julio"),
            ("august", "aug", "agosto", "ago"),
            ("september", "sep", "sept", "septiembre", "setiembre", "set"),
            ("october", "oct", "octubre"),
            ("november", "nov", "noviembre"),
            ("december", "dec", "diciembre", "dic"),
        ),
        start=1,
    )
    for name in names
}
_NUMERIC = re.compile(r"^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})$")
_WORDS = re.compile(r"[a-záéíóúñ]+|\d+")


def _year(text: str) -> int:
    year = int(text)
    return 2000 + year if len(text) <= 2 else year


def _plausible(day: dt.date) -> dt.date:
    """A plan's dates lie within two centuries of now; "3020" is a typing slip, not a plan."""
    if not 1900 <= day.year <= 2200:
        raise ValueError(day)
    return day


def parse_typed_date(text: str, *, day_first: bool = False) -> dt.date | None:
    """The day `text` names; None for empty text; InvalidValue (one sentence) otherwise.

    Numbers with slashes are month/day/year, or day/month/year with `day_first` (Spanish)."""
    value = " ".join(str(text or "").split()).casefold()
    if not value:
        return None
    try:
        match = _NUMERIC.match(value)
        if match:
            a, b, c = match.groups()
            if len(a) == 4:  # 2027-03-01, 2027/3/1
                return _plausible(dt.date(int(a), int(b), int(c)))
            month, day = (b, a) if day_first or int(a) > 12 else (a, b)  # 30/6/2028 can only be day first
            return _plausible(dt.date(_year(c), int(month), int(day)))
        parts = [p for p in _WORDS.findall(value) if p not in ("de", "del", "of", "the")]
        months = [p for p in parts if p in _MONTHS]
        numbers = [p for p in parts if p.isdigit()]
        if len(months) == 1 and len(numbers) == 2 and len(parts) == 3:
            day, year = numbers if len(numbers[1]) >= len(numbers[0]) else numbers[::-1]
            return _plausible(dt.date(_year(year), _MONTHS[months[0]], int(day)))
    except ValueError:
        pass
    shown = str(text).strip()[:40]
    example = "1/3/2027" if day_first else "3/1/2027"
    raise InvalidValue("date", f"“{shown}” is not a date; type it like 2027-03-01 or {example}.")
