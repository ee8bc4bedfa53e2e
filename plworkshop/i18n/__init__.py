"""Fixed strings outside Qt (reports, exports, the shared vocabulary) in the reader's language, by gettext.

The Qt interface translates with Qt's own `.ts`/`.qm` files; everything else uses one gettext catalogue
per language, `resources/locale/<lang>/LC_MESSAGES/plworkshop.po`, compiled to `plworkshop.mo` beside it.
English is the source language: a message's id is its English text, with a context naming where it is
printed (the same English word can need different Spanish in a report heading and a spreadsheet
column). `docs/translations.md` says how to add a string.
"""

from __future__ import annotations

import functools
import gettext
from pathlib import Path

DOMAIN = "plworkshop"
LANGUAGES = ("en", "es")


def N_(context: str, message: str) -> str:  # noqa: N802 - gettext's conventional marker name
    """Mark `message` for extraction (pybabel's keyword `N_:1c,2`) without translating it yet."""
    return message


def locale_dir() -> Path:
    from plworkshop.paths import resources_dir

    return resources_dir() / "locale"


@functools.cache
def catalogue(lang: str) -> gettext.NullTranslations:
    """The compiled catalogue for `lang`; English, or a language without one, translates nothing."""
    if lang not in LANGUAGES or lang == "en":
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, localedir=locale_dir(), languages=[lang], fallback=True)


def translate(lang: str, context: str, message: str) -> str:
    """`message` (English) in `lang`; the English itself where the catalogue has no translation."""
    return catalogue(lang).pgettext(context, message)
