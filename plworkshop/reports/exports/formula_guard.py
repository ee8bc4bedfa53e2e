"""Neutralising spreadsheet formula injection: user text is shown as text, never evaluated.

A spreadsheet program treats a cell as a formula (or a DDE command) when its text starts with one of
`= + - @`, possibly after blanks, or with a tab or carriage return. Such text is "dangerous".

CSV rule (reversible): a field that is dangerous, or that already starts with an apostrophe, is written
with one apostrophe `'` in front. To recover the exact text, remove one leading apostrophe from any field
that starts with one (`recover_csv_text`). Numbers and dates are never touched.

XLSX rule (lossless): the text is stored unchanged as a string cell (never a formula) with the
`quotePrefix` style — exactly what a spreadsheet program stores when a person types `'=1+1` — so it is
shown as text and stays text when the cell is edited.
"""

from __future__ import annotations

TRIGGERS = frozenset("=+-@\uff1d\uff0b\uff0d\uff20")  # with the full-width forms some locales accept
CONTROL_STARTS = ("\t", "\r", "\n")
APOSTROPHE = "'"


def is_dangerous(text: str) -> bool:
    """True if a spreadsheet could read `text` as a formula."""
    if not text:
        return False
    if text.startswith(CONTROL_STARTS):
        return True
    stripped = text.lstrip(" \t\r\n\u00a0\u3000")
    return bool(stripped) and stripped[0] in TRIGGERS


def neutralise_csv_text(text: str) -> str:
    """The text as a CSV field: an apostrophe in front if it is dangerous or starts with one."""
    if is_dangerous(text) or text.startswith(APOSTROPHE):
        return APOSTROPHE + text
    return text


def recover_csv_text(field: str) -> str:
    """The original text of a field written by `neutralise_csv_text`."""
    return field[1:] if field.startswith(APOSTROPHE) else field
