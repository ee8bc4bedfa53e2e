"""A content pack or translation that names a key twice is refused, never read with the last value."""

from __future__ import annotations

import json

import pytest

from plworkshop.framework.loader import PackError, load_default_pack, load_pack
from plworkshop.framework.translations import read_translation
from plworkshop.framework.user_packs import pack_to_dict


def test_a_pack_with_a_repeated_key_is_refused(tmp_path):
    text = json.dumps(pack_to_dict(load_default_pack()), ensure_ascii=False)
    text = text.replace('"version": ', '"version": "evil", "version": ', 1)
    path = tmp_path / "pack.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PackError, match="“version” appears twice"):
        load_pack(path)


def test_a_translation_with_a_repeated_key_is_refused(tmp_path):
    path = tmp_path / "pack.es.json"
    path.write_text(
        '{"format": "plworkshop-framework-translation", "format": "other", "conditions": {}}',
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match="“format” appears twice"):
        read_translation(path)
