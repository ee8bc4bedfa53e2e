"""User content packs: save, list, load, export, import and their refusals (Qt-free)."""

from __future__ import annotations

import dataclasses
import json

import pytest

from plworkshop.framework import PackError, load_default_pack, load_pack, parse_pack
from plworkshop.framework.pack_edits import with_stage
from plworkshop.framework.user_packs import (
    MAX_PACK_BYTES,
    derive_pack,
    export_pack,
    import_pack,
    list_packs,
    load_pack_by_id,
    mark_adapted,
    next_version,
    pack_to_dict,
    save_user_pack,
)


def _shipped_bytes():
    from plworkshop.framework.loader import DEFAULT_PACK_FILE
    from plworkshop.paths import resources_dir

    return (resources_dir() / "framework" / DEFAULT_PACK_FILE).read_bytes()


def test_pack_to_dict_round_trips_the_shipped_pack():
    pack = load_default_pack()
    assert parse_pack(pack_to_dict(pack)) == pack


def test_save_list_and_load_a_derived_pack(app_paths):
    before = _shipped_bytes()
    own = derive_pack(load_default_pack(), "north-dakota-2026", "North Dakota 2026")
    path = save_user_pack(app_paths, own)
    assert path.parent == app_paths.packs_dir and path.name == "north-dakota-2026.json"
    infos = list_packs(app_paths)
    assert [(i.id, i.shipped) for i in infos] == [
        ("kw-state-policy-pl-2019", True),
        ("north-dakota-2026", False),
    ]
    assert load_pack_by_id(app_paths, "north-dakota-2026") == own
    assert load_pack_by_id(app_paths, "kw-state-policy-pl-2019") == load_default_pack()
    assert _shipped_bytes() == before, "the shipped pack file must never change"


def test_the_shipped_pack_cannot_be_saved_over(app_paths):
    with pytest.raises(PackError, match="shipped pack cannot be replaced"):
        save_user_pack(app_paths, load_default_pack())


def test_saving_invalid_text_names_the_field(app_paths):
    own = derive_pack(load_default_pack(), "mine", "Mine")
    first = own.conditions[0]
    broken = dataclasses.replace(own, conditions=(with_stage(first, 2, goal="   "),) + own.conditions[1:])
    with pytest.raises(PackError, match=r"conditions\[0\]\.stages\[1\]\.goal must be non-empty text"):
        save_user_pack(app_paths, broken)
    assert not (app_paths.packs_dir / "mine.json").exists()


def test_bad_pack_ids_are_refused():
    for bad in ("", "../escape", "Upper", "with space", "x" * 81):
        with pytest.raises(PackError, match="lower-case letters"):
            derive_pack(load_default_pack(), bad, "Title")


def test_export_then_import_on_another_machine(app_paths, tmp_path):
    own = derive_pack(load_default_pack(), "shared-pack", "Shared")
    exported = export_pack(own, tmp_path / "out" / "shared.json")
    assert load_pack(exported) == own
    other = dataclasses.replace(app_paths, data_dir=tmp_path / "other")
    assert import_pack(other, exported) == own
    assert [i.id for i in list_packs(other)] == ["kw-state-policy-pl-2019", "shared-pack"]


def test_import_refuses_the_shipped_pack_unless_a_new_version(app_paths, tmp_path):
    shipped = load_default_pack()
    same = tmp_path / "same.json"
    same.write_text(json.dumps(pack_to_dict(shipped)), encoding="utf-8")
    with pytest.raises(PackError, match="shipped pack cannot be replaced"):
        import_pack(app_paths, same)
    newer = dataclasses.replace(shipped, version=next_version(shipped.version))
    path = tmp_path / "newer.json"
    path.write_text(json.dumps(pack_to_dict(newer)), encoding="utf-8")
    assert import_pack(app_paths, path).version == newer.version
    assert load_pack_by_id(app_paths, shipped.id) == shipped
    assert load_pack_by_id(app_paths, shipped.id, newer.version) == newer


def test_import_refuses_big_and_broken_files(app_paths, tmp_path):
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (MAX_PACK_BYTES + 1))
    with pytest.raises(PackError, match="at most 5 MB"):
        import_pack(app_paths, big)
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(PackError, match="not valid JSON"):
        import_pack(app_paths, broken)
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"format": "something-else"}), encoding="utf-8")
    with pytest.raises(PackError, match="not a plworkshop framework pack"):
        import_pack(app_paths, other)
    assert list_packs(app_paths)[1:] == []


def test_unreadable_user_files_are_skipped_in_the_list(app_paths):
    app_paths.packs_dir.mkdir(parents=True)
    (app_paths.packs_dir / "junk.json").write_text("[]", encoding="utf-8")
    assert [i.id for i in list_packs(app_paths)] == ["kw-state-policy-pl-2019"]


def test_unknown_pack_id_is_a_clear_error(app_paths):
    with pytest.raises(PackError, match="no content pack with the id 'nope'"):
        load_pack_by_id(app_paths, "nope")


def test_next_version():
    assert next_version("1") == "2"
    assert next_version("2019.3") == "2019.4"
    assert next_version("2019-2nd") == "2019-2nd.1"
    assert next_version("beta") == "beta.1"


def test_editing_official_text_marks_the_condition_adapted():
    shipped = load_default_pack()
    official = shipped.condition("collaborative-leadership")
    assert official.official
    stage = official.stage(1)
    reworded = (
        dataclasses.replace(stage.questions[0], text="How will our state convene leaders?"),
    ) + stage.questions[1:]
    edited = dataclasses.replace(
        shipped,
        conditions=tuple(
            with_stage(c, 1, questions=reworded) if c.key == official.key else c for c in shipped.conditions
        ),
    )
    marked = mark_adapted(shipped, edited)
    assert not marked.condition("collaborative-leadership").official
    untouched = mark_adapted(shipped, shipped)
    assert untouched.condition("collaborative-leadership").official
