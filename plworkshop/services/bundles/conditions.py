"""The framework text a bundle brings: which condition keys it knows, and the text each one has.

A condition key is known when it is in the bundle's `framework_text` (the workshop's own copy),
in the default content pack, or in `custom_conditions`. Every string of a condition's text passes
the same text rules as everything else in the bundle.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from plworkshop.domain.errors import BundleRefused
from plworkshop.framework.loader import PackError, condition_from_dict, condition_to_dict, load_default_pack
from plworkshop.framework.model import Condition
from plworkshop.services.bundles.fields import Record, check_bundle_text, wrong_type

_SOURCE = "bundle"


@dataclass
class ConditionTexts:
    """Condition key → (text, custom?) as this bundle defines it, falling back to the default pack."""

    texts: dict[str, tuple[Condition, bool]] = field(default_factory=dict)
    has_framework_text: bool = False
    _stages: dict[str, dict[str, int]] = field(default_factory=dict)

    def get(self, key: str) -> Condition | None:
        if key in self.texts:
            return self.texts[key][0]
        pack = load_default_pack()
        return pack.condition(key) if pack.has_condition(key) else None

    def question_stages(self, key: str) -> dict[str, int] | None:
        """question key → stage number, for a known condition (None when the key is unknown)."""
        if key not in self._stages:
            condition = self.get(key)
            if condition is None:
                return None
            self._stages[key] = {q.key: s.number for s in condition.stages for q in s.questions}
        return self._stages[key]

    def to_store(self, referenced: set[str]) -> dict[str, tuple[Condition, bool]]:
        """The conditions a newly imported workshop keeps a copy of."""
        pack = load_default_pack()
        stored: dict[str, tuple[Condition, bool]] = {}
        if not self.has_framework_text:
            stored.update((c.key, (c, c.custom)) for c in pack.conditions)
        stored.update(self.texts)
        for key in sorted(referenced - stored.keys()):
            condition = self.get(key)
            if condition is not None:
                stored[key] = (condition, condition.custom)
        return stored


def _check_strings(value: object, path: str) -> None:
    if isinstance(value, str):
        check_bundle_text(path, value)
    elif isinstance(value, dict):
        for name, item in value.items():
            _check_strings(item, f"{path}.{name}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_strings(item, f"{path}[{index}]")


def _condition(item: object, path: str) -> Condition:
    Record(item, path)  # refuses anything but an object, naming the path
    try:
        condition = condition_from_dict(item, source=_SOURCE, field=path)  # type: ignore[arg-type]
    except PackError as exc:
        problem = str(exc).removeprefix(f"{_SOURCE}: ")
        raise BundleRefused(f"The bundle's field {problem}.") from exc
    _check_strings(condition_to_dict(condition), path)
    check_bundle_text(f"{path}.key", condition.key, max_len=200, single_line=True)
    for stage in condition.stages:
        for question in stage.questions:
            check_bundle_text(
                f"{path}.stages[{stage.number - 1}].questions.key",
                question.key,
                max_len=300,
                single_line=True,
            )
    return condition


def read_condition_texts(document: dict) -> ConditionTexts:
    """Validate `custom_conditions` and `framework_text` (both optional lists of conditions)."""
    pack = load_default_pack()
    result = ConditionTexts(has_framework_text=document.get("framework_text") is not None)
    custom_keys: set[str] = set()
    for name in ("custom_conditions", "framework_text"):
        value = document.get(name)
        if value is None:
            continue
        if not isinstance(value, list):
            raise wrong_type(name, "a list", value)
        seen: set[str] = set()
        for index, item in enumerate(value):
            path = f"{name}[{index}]"
            condition = _condition(item, path)
            if condition.key in seen:
                raise BundleRefused(f"The bundle's field {path}.key repeats the condition “{condition.key}”.")
            seen.add(condition.key)
            if name == "custom_conditions":
                custom_keys.add(condition.key)
            custom = condition.key in custom_keys or condition.custom or not pack.has_condition(condition.key)
            result.texts[condition.key] = (condition, custom)
    return result
