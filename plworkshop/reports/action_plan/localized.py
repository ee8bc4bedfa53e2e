"""The action plan's framework texts and labels in the report's language (overlay and shared vocabulary).

Condition titles, summaries, goals and questions come from the pack's translation overlay
(`plworkshop.framework.translations`) where one exists and the workshop's text is still the shipped
wording; everything else, including the official Collaborative Leadership text, stays as written.
Official text is never altered: the overlay does not translate it, and a translated text is only
ever *shown* beside a note saying it is an unofficial translation.
"""

from __future__ import annotations

from plworkshop.domain import attribution, vocabulary_es
from plworkshop.domain.read_models import ResponseView, WorkshopSnapshot
from plworkshop.framework.model import Condition, FrameworkPack
from plworkshop.framework.translations import LocalizedCondition, load_translation, localize_condition


def _shipped_pack() -> FrameworkPack | None:
    from plworkshop.framework.loader import load_default_pack

    try:
        return load_default_pack()
    except Exception:  # noqa: BLE001 - a missing shipped pack only means "no translation"
        return None


class Localizer:
    """Looks up condition texts (translated where the overlay allows) for one report language."""

    def __init__(self, snapshot: WorkshopSnapshot, pack: FrameworkPack, lang: str) -> None:
        self.snapshot, self.pack, self.lang = snapshot, pack, lang
        shipped = _shipped_pack() if lang != "en" else None
        self._shipped = shipped
        self._translation = load_translation(shipped.id, lang) if shipped is not None else None
        self._cache: dict[str, LocalizedCondition] = {}
        self.used_translation = False

    def condition(self, condition: Condition) -> LocalizedCondition:
        """`condition` with the overlay applied; remembers whether any translation was printed."""
        cached = self._cache.get(condition.key)
        if cached is not None and cached.condition.key == condition.key:
            return cached
        shipped = None
        if self._shipped is not None:
            shipped = next((c for c in self._shipped.conditions if c.key == condition.key), None)
        source = getattr(self._shipped, "language", None) or "en"
        localized = localize_condition(condition, self._translation, shipped, source_lang=source)
        if self.lang != source and self.lang in localized.languages.values():
            self.used_translation = True
        self._cache[condition.key] = localized
        return localized

    def title(self, key: str | None) -> str:
        """A condition's title by key (the workshop's copy first, then the pack); the key if unknown."""
        if not key:
            return ""
        condition = self.snapshot.conditions.get(key)
        if condition is None and self.pack.has_condition(key):
            condition = self.pack.condition(key)
        if condition is None:
            return key
        localized = self.condition(condition)
        return localized.condition.title

    def framework_notice(self, strings) -> str:
        """The pack's notice; the Spanish edition prints its own wording of the shipped pack's notice."""
        translated = strings["framework_notice"]
        if (
            self.lang != "en"
            and translated
            and self._shipped is not None
            and self.pack.notice == self._shipped.notice
        ):
            return translated
        return self.pack.notice

    def attribution(self, response: ResponseView, *, anonymous: bool, anonymous_label: str) -> str:
        """`attribution.attribution_label` (the one naming rule) with the group named in this language."""
        label = attribution.attribution_label(
            self.snapshot, response, GroupNames(self.pack, self.lang), anonymous=anonymous
        )
        return anonymous_label if label == attribution.ANONYMOUS else label


class GroupNames:
    """Stands in for the pack where the naming rule only asks for a group's label (exports use it too)."""

    def __init__(self, pack: FrameworkPack, lang: str) -> None:
        self._pack, self._lang = pack, lang

    def stakeholder_label(self, key: str | None) -> str:
        english = self._pack.stakeholder_label(key) if key else ""
        return (
            vocabulary_es.term_label("stakeholder_groups", key or "", english, self._lang) if english else ""
        )
