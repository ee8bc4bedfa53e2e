"""The rules every piece of typed or imported text passes before it is stored.

Text is stored exactly as typed. What cannot travel safely through every format we write (XML-based
DOCX/XLSX cannot hold C0 control characters; a NUL breaks C strings) is refused at the point of entry
with a message saying which character, rather than altered silently.
"""

from __future__ import annotations

import unicodedata

from plworkshop.domain.errors import InvalidValue
from plworkshop.domain.vocabulary import MAX_SHORT_TEXT, MAX_TEXT

_ALLOWED_CONTROLS = {"\t", "\n", "\r"}


def _first_forbidden(text: str) -> str | None:
    for ch in text:
        code = ord(ch)
        if (code < 0x20 and ch not in _ALLOWED_CONTROLS) or code == 0x7F:
            return ch
        if 0xD800 <= code <= 0xDFFF or code in (0xFFFE, 0xFFFF):
            return ch
    return None


def check_text(
    field: str,
    value: object,
    *,
    label: str | None = None,
    max_len: int = MAX_TEXT,
    required: bool = False,
    single_line: bool = False,
) -> str:
    """Return `value` unchanged if it is acceptable text, else raise InvalidValue with one sentence."""
    name = label or field.replace("_", " ")
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise InvalidValue(field, f"The {name} must be text.")
    if required and not value.strip():
        raise InvalidValue(field, f"The {name} cannot be empty.")
    if len(value) > max_len:
        raise InvalidValue(field, f"The {name} is {len(value):,} characters long; the limit is {max_len:,}.")
    bad = _first_forbidden(value)
    if bad is not None:
        char_name = unicodedata.name(bad, "control character")
        raise InvalidValue(
            field,
            f"The {name} contains an invisible control character (U+{ord(bad):04X} {char_name}) "
            "that cannot be stored; please remove it.",
        )
    if single_line and ("\n" in value or "\r" in value):
        raise InvalidValue(field, f"The {name} must fit on one line.")
    return value


def check_short_text(field: str, value: object, *, label: str | None = None, required: bool = False) -> str:
    """A one-line field such as a name or title."""
    return check_text(field, value, label=label, max_len=MAX_SHORT_TEXT, required=required, single_line=True)
