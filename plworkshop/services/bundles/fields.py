"""Typed, path-naming access to one JSON object of a bundle: every refusal names the field at fault.

Text passes exactly the rules of `plworkshop.domain.text_rules.check_text` (a fast path skips the
character-by-character scan when a regular expression finds nothing to object to).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from plworkshop.domain.errors import BundleRefused, InvalidValue
from plworkshop.domain.text_rules import check_text
from plworkshop.domain.vocabulary import MAX_SHORT_TEXT, MAX_TEXT

MISSING: Any = object()
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TYPE_NAMES = {
    str: "text",
    int: "a number",
    float: "a number",
    bool: "true or false",
    list: "a list",
    dict: "an object",
    type(None): "null",
}


def refuse(path: str, problem: str) -> BundleRefused:
    """One sentence naming the field: "The bundle's field workshop.x <problem>."."""
    return BundleRefused(f"The bundle's field {path} {problem}.")


def wrong_type(path: str, expected: str, value: object) -> BundleRefused:
    return refuse(path, f"must be {expected}, not {_TYPE_NAMES.get(type(value), type(value).__name__)}")


def translate(path: str, exc: InvalidValue) -> BundleRefused:
    """An InvalidValue from the domain rules, restated as a refusal that names the bundle field."""
    message = str(exc).rstrip(".")
    return BundleRefused(f"The bundle's field {path} is refused: {message[:1].lower()}{message[1:]}.")


def check_bundle_text(
    path: str, value: object, *, max_len: int = MAX_TEXT, required: bool = False, single_line: bool = False
) -> str:
    """`check_text` semantics with the refusal naming `path`."""
    if (
        type(value) is str
        and len(value) <= max_len
        and _FORBIDDEN.search(value) is None
        and (not required or value.strip())
        and (not single_line or ("\n" not in value and "\r" not in value))
    ):
        return value  # type: ignore[return-value]
    if value is not None and not isinstance(value, str):
        raise wrong_type(path, "text", value)
    try:
        return check_text(
            path, value, label="text", max_len=max_len, required=required, single_line=single_line
        )
    except InvalidValue as exc:
        raise translate(path, exc) from exc


def parse_time(path: str, value: object) -> dt.datetime:
    if not isinstance(value, str):
        raise wrong_type(path, "a time such as 2026-11-23T15:04:05+00:00", value)
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        raise refuse(path, f"“{value[:40]}” is not a time; use the form 2026-11-23T15:04:05+00:00") from None
    if parsed.tzinfo is None:
        raise refuse(path, f"“{value[:40]}” has no UTC offset; add one, as in 2026-11-23T15:04:05+00:00")
    try:
        return parsed.astimezone(dt.UTC)
    except OverflowError:  # 9999-12-31T23:00-05:00 is in the year 10000 in UTC, 0001-01-01T01:00+05:00 in 0
        raise refuse(
            path, f"“{value[:40]}” lies outside the calendar (years 1 to 9999) once counted in UTC"
        ) from None


def check_uuid(path: str, value: object) -> str:
    if type(value) is not str:
        raise wrong_type(path, "an id (a UUID)", value)
    if _UUID.match(value) is None:
        raise refuse(path, f"“{value[:40]}” is not a UUID")
    return value


class Record:
    """One JSON object of the bundle at `path`; each getter refuses with the field's full path."""

    __slots__ = ("data", "path")

    def __init__(self, data: object, path: str) -> None:
        if not isinstance(data, dict):
            raise wrong_type(path, "an object", data)
        self.data: dict = data
        self.path = path

    def at(self, name: str) -> str:
        return f"{self.path}.{name}" if self.path else name

    def get(self, name: str, default: Any = MISSING) -> Any:
        value = self.data.get(name, MISSING)
        if value is MISSING:
            if default is MISSING:
                raise BundleRefused(f"The bundle lacks the required field {self.at(name)}.")
            return default
        return value

    def text(self, name: str, *, default: Any = "", required: bool = False) -> str:
        value = self.get(name, default)
        if (
            type(value) is str
            and len(value) <= MAX_TEXT
            and _FORBIDDEN.search(value) is None
            and (not required or value.strip())
        ):
            return value  # the common case, without building the field's path
        return check_bundle_text(self.at(name), value, required=required)

    def short(self, name: str, *, default: Any = "", required: bool = False) -> str:
        """A one-line field such as a name or a title (the limits the app itself applies)."""
        return check_bundle_text(
            self.at(name),
            self.get(name, default),
            max_len=MAX_SHORT_TEXT,
            required=required,
            single_line=True,
        )

    def key(
        self, name: str, *, max_len: int = 200, nullable: bool = False, default: Any = MISSING
    ) -> str | None:
        """An identifier such as a condition or question key."""
        value = self.get(name, default)
        if value is None and nullable:
            return None
        if (
            type(value) is str
            and 0 < len(value) <= max_len
            and _FORBIDDEN.search(value) is None
            and value.strip()
            and "\n" not in value
            and "\r" not in value
        ):
            return value
        if not isinstance(value, str):
            raise wrong_type(self.at(name), "text", value)
        return check_bundle_text(self.at(name), value, max_len=max_len, required=True, single_line=True)

    def uuid(self, name: str, *, nullable: bool = False, default: Any = MISSING) -> str | None:
        value = self.get(name, default)
        if value is None and nullable:
            return None
        if type(value) is str and _UUID.match(value) is not None:
            return value
        return check_uuid(self.at(name), value)

    def integer(self, name: str, *, low: int, high: int, default: Any = MISSING) -> int:
        value = self.get(name, default)
        if type(value) is not int:
            raise wrong_type(self.at(name), "a whole number", value)
        if not low <= value <= high:
            raise refuse(self.at(name), f"must be between {low} and {high}; {value} is not")
        return value

    def boolean(self, name: str, *, default: Any = MISSING) -> bool:
        value = self.get(name, default)
        if type(value) is not bool:
            raise wrong_type(self.at(name), "true or false", value)
        return value

    def time(self, name: str, *, default: Any = MISSING) -> dt.datetime:
        value = self.get(name, default)
        if isinstance(value, dt.datetime):
            return value
        if type(value) is str:
            try:
                parsed = dt.datetime.fromisoformat(value)
            except ValueError:
                parsed = None
            if parsed is not None and parsed.tzinfo is not None:
                try:
                    return parsed.astimezone(dt.UTC)
                except OverflowError:
                    pass  # parse_time names the field
        return parse_time(self.at(name), value)

    def date(self, name: str) -> dt.date | None:
        value = self.get(name, None)
        if value is None:
            return None
        if not isinstance(value, str):
            raise wrong_type(self.at(name), "a date such as 2027-03-01, or null", value)
        try:
            if _DATE.match(value) is None:
                raise ValueError(value)
            return dt.date.fromisoformat(value)
        except ValueError:
            raise refuse(self.at(name), f"“{value[:40]}” is not a date; use the form 2027-03-01") from None

    def choice(
        self,
        name: str,
        choices: tuple[str, ...] | frozenset[str],
        *,
        default: Any = MISSING,
        nullable: bool = False,
        what: str = "value",
    ) -> str | None:
        value = self.get(name, default)
        if value is None and nullable:
            return None
        if type(value) is not str:
            raise wrong_type(self.at(name), "text" + (" or null" if nullable else ""), value)
        if value not in choices:
            shown = value[:40]
            if isinstance(choices, tuple):
                raise refuse(self.at(name), f"must be one of {', '.join(choices)}; “{shown}” is not")
            raise refuse(self.at(name), f"names “{shown}”, which is not a known {what}")
        return value

    def items(self, name: str, *, default: Any = MISSING) -> list:
        value = self.get(name, default)
        if not isinstance(value, list):
            raise wrong_type(self.at(name), "a list", value)
        return value
