"""Paper sizes for the PDFs: Letter or A4, and which one the computer's locale expects.

Letter is the norm in the United States, Canada, Mexico, the Philippines and a few other countries of
the Americas; A4 everywhere else. The GUI asks Qt's QLocale; the core (CLI) reads Python's locale
settings, the same environment variables the C library reads (LC_ALL, LC_PAPER, LANG).
"""

from __future__ import annotations

import locale
import os
import re

PAPERS = ("letter", "a4")
# Territories whose paper is US Letter (CLDR's paperSize data).
LETTER_TERRITORIES = frozenset(
    {"US", "CA", "MX", "PH", "PR", "CL", "CO", "VE", "CR", "GT", "PA", "SV", "NI", "BZ", "DO"}
)
_WINDOWS_NAMES = {
    "united states": "US",
    "canada": "CA",
    "mexico": "MX",
    "philippines": "PH",
    "puerto rico": "PR",
    "chile": "CL",
    "colombia": "CO",
    "venezuela": "VE",
}


def check_paper(value: str) -> str:
    """`value` as one of PAPERS, or ValueError with one sentence."""
    paper = (value or "").strip().lower().replace("-", "")
    if paper not in PAPERS:
        raise ValueError(f"The paper size must be letter or a4, not “{value}”.")
    return paper


def territory_of(locale_name: str | None) -> str | None:
    """The two-letter territory of a locale name ("es_MX.UTF-8" → "MX"; Windows "English_United
    States" → "US", "German_Germany" → "Germany"), or None when the name has none ("C", "POSIX", "en")."""
    if not locale_name:
        return None
    name = locale_name.split(".")[0].split("@")[0]
    match = re.fullmatch(r"[A-Za-z]{2,3}[_-]([A-Za-z]{2})", name)
    if match:
        return match.group(1).upper()
    if "_" not in name:
        return None
    country = name.split("_", 1)[1]
    return _WINDOWS_NAMES.get(country.lower(), country)


def paper_for(locale_name: str | None) -> str:
    """Letter for the territories that use it and for a locale that names none, else A4."""
    territory = territory_of(locale_name)
    return "letter" if territory is None or territory in LETTER_TERRITORIES else "a4"


def default_paper() -> str:
    """The paper this computer's locale expects (without changing the process's locale)."""
    for variable in ("LC_ALL", "LC_PAPER", "LANG"):
        value = os.environ.get(variable)
        if value:
            return paper_for(value)
    return paper_for(locale.getlocale()[0])
