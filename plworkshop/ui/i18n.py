"""Translation of the interface: `translate("Context", "English text")` and the language at start-up.

Source strings stay English. `pyside6-lupdate` finds every `translate("Context", "…")` call (and
`QT_TRANSLATE_NOOP` for texts defined at import time, translated later with the same context), so
`scripts/update_translations.py` can keep `resources/translations/plworkshop_es.ts` in step.
The language is chosen once, before the first window: `--lang` on the command line, else the
Preferences setting, else the system locale. Switching in Preferences applies at the next start.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from plworkshop.paths import resources_dir

log = logging.getLogger(__name__)

LANGUAGES = {"en": "English", "es": "Español"}
LANGUAGE_KEY = "ui/language"  # "" or missing: follow the system locale
TRANSLATIONS_FOLDER = "translations"


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The translation of `text` in `context` for the installed language (the text itself in English)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `text` for translation where it is defined; translate it where it is shown."""
    return text


def system_language() -> str:
    """ "es" when the system locale is Spanish, otherwise "en"."""
    return "es" if QLocale.system().language() == QLocale.Language.Spanish else "en"


def saved_language(settings: QSettings | None) -> str | None:
    """The language chosen in Preferences, or None to follow the system."""
    if settings is None:
        return None
    value = str(settings.value(LANGUAGE_KEY, "") or "")
    return value if value in LANGUAGES else None


def choose_language(explicit: str | None, settings: QSettings | None) -> str:
    """The interface language: `--lang`, else Preferences, else the system locale."""
    if explicit in LANGUAGES:
        return explicit
    return saved_language(settings) or system_language()


_current_language = "en"


def current_language() -> str:
    """The language the running interface uses ("en" until `install_language` chose another).

    Kept in a module variable, not a Qt dynamic property: reading a never-set property in PySide6
    6.12 leaks a reference to None on every call, and labels ask this thousands of times.
    """
    return _current_language


def _set_language(lang: str) -> None:
    global _current_language
    _current_language = lang if lang in LANGUAGES else "en"


def install_language(app: QCoreApplication, lang: str) -> bool:
    """Install plworkshop's and Qt's own translators for `lang` and make it the default locale.

    Returns False if the translation file could not be loaded (the interface then stays English).
    Calling it again replaces the translators installed before.
    """
    for old in getattr(app, "_plworkshop_translators", []):
        app.removeTranslator(old)
    app._plworkshop_translators = []
    locale = (
        QLocale(QLocale.Language.Spanish, QLocale.Country.UnitedStates)
        if lang == "es"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    )
    QLocale.setDefault(locale)
    _set_language(lang)
    if lang != "es":
        return True
    ours = QTranslator(app)
    folder = resources_dir() / TRANSLATIONS_FOLDER
    if not ours.load(f"plworkshop_{lang}", str(folder)):
        log.warning("No translation file for %s in %s", lang, folder)
        _set_language("en")
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return False
    app.installTranslator(ours)
    app._plworkshop_translators.append(ours)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        app._plworkshop_translators.append(qt_own)
    return True


def format_date(value, long: bool = False) -> str:
    """A date in the interface language's form (e.g. "martes, 3 de marzo de 2026")."""
    from PySide6.QtCore import QDate

    if value is None:
        return ""
    qdate = QDate(value.year, value.month, value.day)
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(qdate, fmt)


def format_day(value) -> str:
    """A date as "3 Mar 2026" / "3 mar 2026" ("" for None)."""
    from PySide6.QtCore import QDate

    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy").replace(".", "")


def format_moment(value) -> str:
    """A date and time as "3 Mar 2026, 14:05" in local time ("" for None)."""
    if value is None:
        return ""
    if value.tzinfo is not None:
        value = value.astimezone()
    return f"{format_day(value)}, {value:%H:%M}"


def format_number(value: int | float) -> str:
    """A number with the locale's digit grouping."""
    return QLocale().toString(value)


# -- the fixed vocabulary in the interface language (plworkshop.domain.vocabulary_es) -------------
def stage_name(number: int, *, short: bool = False) -> str:
    """A stage's name (0 = not yet started) in the interface language."""
    from plworkshop.domain import vocabulary_es

    return vocabulary_es.stage_name(number, current_language(), short=short)


def stage_names() -> dict[int, str]:
    """Stages 1–3 by number in the interface language (the shape of `STAGE_NAMES`)."""
    from plworkshop.domain import vocabulary_es

    return vocabulary_es.stage_names(current_language())


def assessment_stage_names() -> dict[int, str]:
    """Stages 0–3 by number in the interface language (the shape of `ASSESSMENT_STAGE_NAMES`)."""
    return {n: stage_name(n) for n in (0, 1, 2, 3)}


def priority_label(key: str) -> str:
    from plworkshop.domain import vocabulary_es

    return vocabulary_es.priority_label(key, current_language())


def status_label(key: str) -> str:
    from plworkshop.domain import vocabulary_es

    return vocabulary_es.status_label(key, current_language())


def term_label(kind: str, term) -> str:
    """A pack `Term`'s label (kind: "stakeholder_groups", "policy_levers", "strategies", "barriers")."""
    from plworkshop.domain import vocabulary_es

    return vocabulary_es.term_label(kind, term.key, term.label, current_language())


def stakeholder_labeller(pack):
    """A `key -> label` function like `pack.stakeholder_label`, in the interface language."""
    from plworkshop.domain import vocabulary_es

    def label(key: str | None) -> str:
        english = pack.stakeholder_label(key)
        return vocabulary_es.term_label("stakeholder_groups", key or "", english, current_language())

    return label


def policy_lever_labeller(pack):
    """A `key -> label` function like `pack.policy_lever_label`, in the interface language."""
    from plworkshop.domain import vocabulary_es

    def label(key: str | None) -> str:
        english = pack.policy_lever_label(key)
        return vocabulary_es.term_label("policy_levers", key or "", english, current_language())

    return label


# -- content texts: the pack's own translation overlay (plworkshop.framework.translations) ----------
def localize_condition(condition, shipped_pack=None):
    """`condition` in the interface language where the pack's overlay translates it (LocalizedCondition)."""
    from plworkshop.framework.loader import load_default_pack
    from plworkshop.framework.translations import localize_from_pack

    return localize_from_pack(condition, shipped_pack or load_default_pack(), current_language())


def language_tag(codes: set[str], official: bool) -> tuple[str, str]:
    """A short tag for content shown in the languages `codes`, and a sentence explaining it.

    ("", "") when everything shown is in the interface language and is not a translation.
    """
    interface = current_language()
    if codes == {interface} and interface == "en":
        return "", ""
    if codes == {interface}:
        return (
            translate("LanguageTag", "ES · official translation")
            if official
            else translate("LanguageTag", "ES · unofficial translation"),
            translate(
                "LanguageTag",
                "This text is a translation of the framework's English wording; the English text prevails.",
            ),
        )
    if len(codes) == 1:
        return (
            translate("LanguageTag", "EN · English text"),
            translate(
                "LanguageTag",
                "This text has no translation (or was edited), so it is shown in English, as written.",
            ),
        )
    return (
        translate("LanguageTag", "ES + EN"),
        translate(
            "LanguageTag",
            "Part of this text is translated (unofficially) and part is shown in English, as written.",
        ),
    )
