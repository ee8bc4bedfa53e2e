"""Validation errors, round-trips and the summary shape of the framework pack loader."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from plworkshop.framework import (
    DEFAULT_PACK_FILE,
    PackError,
    condition_from_dict,
    condition_to_dict,
    load_default_pack,
    load_pack,
    pack_summary,
    parse_pack,
)
from plworkshop.paths import resources_dir

PACK_FILE = resources_dir() / "framework" / DEFAULT_PACK_FILE


@pytest.fixture
def raw() -> dict:
    return json.loads(PACK_FILE.read_text(encoding="utf-8"))


def write(tmp_path: Path, data) -> Path:
    path = tmp_path / "pack.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def error_for(tmp_path: Path, data) -> PackError:
    path = write(tmp_path, data)
    with pytest.raises(PackError) as caught:
        load_pack(path)
    assert caught.value.file == str(path)
    assert str(caught.value).startswith(f"{path}: ")
    return caught.value


def test_invalid_json(tmp_path):
    error = error_for(tmp_path, "{not json")
    assert "not valid JSON" in str(error)


def test_wrong_format(tmp_path, raw):
    raw["format"] = "something-else"
    assert error_for(tmp_path, raw).field == "format"


def test_newer_format_version_is_refused(tmp_path, raw):
    raw["format_version"] = 2
    error = error_for(tmp_path, raw)
    assert error.field == "format_version"
    assert "newer" in str(error)


def test_missing_goal(tmp_path, raw):
    del raw["conditions"][3]["stages"][1]["goal"]
    error = error_for(tmp_path, raw)
    assert error.field == "conditions[3].stages[1].goal"
    assert "conditions[3].stages[1].goal" in str(error)


def test_empty_goal(tmp_path, raw):
    raw["conditions"][3]["stages"][1]["goal"] = "  "
    error = error_for(tmp_path, raw)
    assert str(error).endswith("conditions[3].stages[1].goal must be non-empty text")


def test_duplicate_question_key_across_conditions(tmp_path, raw):
    raw["conditions"][4]["stages"][0]["questions"][0]["key"] = "collaborative-leadership.s1.q1"
    error = error_for(tmp_path, raw)
    assert error.field == "conditions[4].stages[0].questions[0].key"
    assert "collaborative-leadership.s1.q1" in str(error)


def test_duplicate_condition_key(tmp_path, raw):
    raw["conditions"].append(copy.deepcopy(raw["conditions"][0]))
    assert error_for(tmp_path, raw).field.startswith("conditions[")


def test_unknown_strategy(tmp_path, raw):
    raw["conditions"][2]["strategy"] = "no-such-strategy"
    error = error_for(tmp_path, raw)
    assert error.field == "conditions[2].strategy"
    assert "no-such-strategy" in str(error)


def test_stage_numbers_wrong(tmp_path, raw):
    raw["conditions"][0]["stages"][2]["number"] = 4
    assert error_for(tmp_path, raw).field == "conditions[0].stages"


def test_missing_stage(tmp_path, raw):
    del raw["conditions"][0]["stages"][2]
    assert error_for(tmp_path, raw).field == "conditions[0].stages"


def test_wrong_typed_fields(tmp_path, raw):
    raw["conditions"][1]["stages"][0]["actions"] = "one action"
    assert error_for(tmp_path, raw).field == "conditions[1].stages[0].actions"


def test_parse_pack_names_its_source(raw):
    raw["title"] = ""
    with pytest.raises(PackError) as caught:
        parse_pack(raw, source="imported.json")
    assert str(caught.value) == "imported.json: title must be non-empty text"


def test_condition_round_trip():
    for condition in load_default_pack().conditions:
        data = condition_to_dict(condition)
        assert json.loads(json.dumps(data)) == data
        assert condition_from_dict(data) == condition


def test_condition_from_dict_rejects_bad_data():
    data = condition_to_dict(load_default_pack().condition("culture-of-innovation"))
    data["custom"] = True
    assert condition_from_dict(data).custom is True
    data["source"] = "invented"
    with pytest.raises(PackError) as caught:
        condition_from_dict(data, source="backup.json", field="custom_conditions[0]")
    assert caught.value.file == "backup.json"
    assert caught.value.field == "custom_conditions[0].source"


def test_pack_summary_shape():
    summary = pack_summary(load_default_pack())
    assert set(summary) == {"id", "version", "title", "stages", "conditions"}
    assert summary["stages"][2] == {"number": 3, "name": "Statewide Transformation"}
    first = summary["conditions"][0]
    assert set(first) == {"key", "title", "official", "strategy", "stages"}
    assert set(first["stages"][0]) == {"number", "name", "goal", "questions"}
    assert set(first["stages"][0]["questions"][0]) == {"key", "text"}
    assert len(summary["conditions"]) == 11
    json.dumps(summary)
