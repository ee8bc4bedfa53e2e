"""Translations of a content pack's texts: an overlay file beside the pack, keyed by the pack's own keys.

`resources/framework/<pack-id>.<lang>.json` (format "plworkshop-framework-translation") holds, per
condition key, any of: title, summary, and per stage number the goal, the supporting actions (a
list in the same order) and the questions by question key. Anything missing stays in the pack's
language. A translated text is used only while the text it translates is unchanged: the overlay
translates the *shipped* wording, so a workshop or a user pack that edited a text keeps its own
(English) text, and `LocalizedCondition.languages` says which language each text is shown in.
An overlay is unofficial unless it says `"official": true`; the GUI and reports say so.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from plworkshop.domain import strict_json
from plworkshop.framework.model import Condition, FrameworkPack, Question, Stage

log = logging.getLogger(__name__)

FORMAT = "plworkshop-framework-translation"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class PackTranslation:
    """One overlay: the language, whether it is official, a notice, and the texts by key."""

    pack_id: str
    language: str
    official: bool
    notice: str
    conditions: dict = field(default_factory=dict)

    def entry(self, condition_key: str) -> dict:
        return self.conditions.get(condition_key) or {}


@dataclass(frozen=True)
class LocalizedCondition:
    """A condition with translated texts where they apply, and the language of each shown text.

    `languages` maps "title", "summary", "s<N>.goal", "s<N>.actions", "<question key>" to a
    language code; `language` is that code when all agree, else "mixed".
    """

    condition: Condition
    languages: dict[str, str]
    official_translation: bool
    notice: str

    @property
    def language(self) -> str:
        codes = set(self.languages.values())
        return codes.pop() if len(codes) == 1 else "mixed"

    def language_of(self, part: str) -> str:
        return self.languages.get(part, "")


def overlay_path(folder: Path, pack_id: str, lang: str) -> Path:
    return folder / f"{pack_id}.{lang}.json"


def read_translation(path: Path) -> PackTranslation:
    """Read an overlay file; a file of another format or a newer version is refused with ValueError."""
    data = strict_json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError(f"{path.name} is not a plworkshop framework translation.")
    if int(data.get("format_version", 0)) > FORMAT_VERSION:
        raise ValueError(f"{path.name} was made by a newer plworkshop; update plworkshop to read it.")
    conditions = data.get("conditions") or {}
    if not isinstance(conditions, dict):
        raise ValueError(f'{path.name}: "conditions" must be an object keyed by condition key.')
    return PackTranslation(
        pack_id=str(data.get("pack", "")),
        language=str(data.get("language", "")),
        official=bool(data.get("official", False)),
        notice=str(data.get("notice", "")),
        conditions=conditions,
    )


@lru_cache(maxsize=8)
def load_translation(pack_id: str, lang: str, folder: str | None = None) -> PackTranslation | None:
    """The shipped overlay for `pack_id` in `lang`, or None when there is none (or it is unreadable)."""
    from plworkshop.paths import resources_dir

    path = overlay_path(Path(folder) if folder else resources_dir() / "framework", pack_id, lang)
    if not path.is_file():
        return None
    try:
        return read_translation(path)
    except (OSError, ValueError) as exc:
        log.warning("Ignoring the translation %s: %s", path, exc)
        return None


def _pick(translated, english: str, shipped: str | None, lang: str, source_lang: str) -> tuple[str, str]:
    if isinstance(translated, str) and translated.strip() and shipped is not None and english == shipped:
        return translated, lang
    return english, source_lang


def localize_condition(
    condition: Condition,
    translation: PackTranslation | None,
    shipped: Condition | None,
    *,
    source_lang: str = "en",
) -> LocalizedCondition:
    """`condition` with each text replaced by its translation where the text is still the shipped one."""
    if translation is None:
        languages = {"title": source_lang, "summary": source_lang}
        for stage in condition.stages:
            languages[f"s{stage.number}.goal"] = languages[f"s{stage.number}.actions"] = source_lang
            for q in stage.questions:
                languages[q.key] = source_lang
        return LocalizedCondition(condition, languages, False, "")
    entry, lang = translation.entry(condition.key), translation.language
    languages: dict[str, str] = {}
    title, languages["title"] = _pick(
        entry.get("title"), condition.title, shipped.title if shipped else None, lang, source_lang
    )
    summary, languages["summary"] = _pick(
        entry.get("summary"), condition.summary, shipped.summary if shipped else None, lang, source_lang
    )
    stages = []
    for stage in condition.stages:
        stage_entry = (entry.get("stages") or {}).get(str(stage.number)) or {}
        shipped_stage = _shipped_stage(shipped, stage.number)
        goal, languages[f"s{stage.number}.goal"] = _pick(
            stage_entry.get("goal"),
            stage.goal,
            shipped_stage.goal if shipped_stage else None,
            lang,
            source_lang,
        )
        actions, languages[f"s{stage.number}.actions"] = _actions(
            stage, stage_entry, shipped_stage, lang, source_lang
        )
        questions = []
        for q in stage.questions:
            shipped_q = shipped.question(q.key) if shipped else None
            text, languages[q.key] = _pick(
                (stage_entry.get("questions") or {}).get(q.key),
                q.text,
                shipped_q.text if shipped_q else None,
                lang,
                source_lang,
            )
            questions.append(Question(q.key, text))
        stages.append(replace(stage, goal=goal, actions=actions, questions=tuple(questions)))
    localized = replace(condition, title=title, summary=summary, stages=tuple(stages))
    return LocalizedCondition(localized, languages, translation.official, translation.notice)


def _shipped_stage(shipped: Condition | None, number: int) -> Stage | None:
    if shipped is None:
        return None
    try:
        return shipped.stage(number)
    except KeyError:
        return None


def _actions(
    stage: Stage, entry: dict, shipped: Stage | None, lang: str, source_lang: str
) -> tuple[tuple[str, ...], str]:
    translated = entry.get("actions")
    if (
        isinstance(translated, list)
        and shipped is not None
        and stage.actions == shipped.actions
        and len(translated) == len(stage.actions)
        and all(isinstance(t, str) and t for t in translated)
    ):
        return tuple(translated), lang
    return stage.actions, source_lang


def localize_from_pack(condition: Condition, shipped_pack: FrameworkPack, lang: str) -> LocalizedCondition:
    """Convenience: the overlay of `shipped_pack` in `lang` applied to `condition`."""
    source = getattr(shipped_pack, "language", None) or "en"
    translation = load_translation(shipped_pack.id, lang) if lang != source else None
    shipped = next((c for c in shipped_pack.conditions if c.key == condition.key), None)
    return localize_condition(condition, translation, shipped, source_lang=source)
