"""Reading JSON that says each thing once: a key repeated inside one object is an error, not a choice.

Python's `json` keeps the last of two equal keys silently, so a bundle with `"id"` twice could be read
as a different workshop than the one its first `"id"` names. Every JSON file plworkshop reads from a
person (bundles, content packs, their translations, the chosen-pack note) goes through `loads`.
"""

from __future__ import annotations

import json
from typing import Any


class DuplicateKey(ValueError):
    """A JSON object names the same key twice."""

    def __init__(self, key: str) -> None:
        shown = key if len(key) <= 60 else key[:59] + "…"
        super().__init__(f"the key “{shown}” appears twice in one object")
        self.key = key


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise DuplicateKey(key)
            seen.add(key)
    return result


def loads(text: str | bytes, **options: Any) -> Any:
    """`json.loads` that raises DuplicateKey (a ValueError) for a key repeated in one object."""
    return json.loads(text, object_pairs_hook=_unique_keys, **options)
