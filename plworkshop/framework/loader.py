"""Read, validate and write framework content packs (JSON), by hand and with clear error messages."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from plworkshop.domain import strict_json
from plworkshop.framework.model import (
    STAGE_NAMES,
    Condition,
    EarlyAdopter,
    FrameworkPack,
    Question,
    Stage,
    Term,
)

FORMAT = "plworkshop-framework"
FORMAT_VERSION = 1
DEFAULT_PACK_FILE = "kw-state-policy-pl-2019.json"
SOURCES = ("official", "adapted")
TERM_LISTS = ("strategies", "stakeholder_groups", "policy_levers", "barriers")


class PackError(ValueError):
    """A content pack (or one condition) that cannot be read; names the file and the field at fault."""

    def __init__(self, file: str, field: str, problem: str) -> None:
        self.file = file
        self.field = field
        super().__init__(f"{file}: {field} {problem}" if field else f"{file}: {problem}")


class _Reader:
    """Typed access to JSON values that raises PackError naming the source and the field path."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, field: str, problem: str) -> PackError:
        return PackError(self.source, field, problem)

    def obj(self, value: Any, field: str) -> dict:
        if not isinstance(value, dict):
            raise self.fail(field, "must be an object" if field else "the top level must be an object")
        return value

    def get(self, data: dict, name: str, field: str) -> Any:
        if name not in data:
            raise self.fail(_join(field, name), "is missing")
        return data[name]

    def text(self, data: dict, name: str, field: str) -> str:
        value = self.get(data, name, field)
        if not isinstance(value, str) or not value.strip():
            raise self.fail(_join(field, name), "must be non-empty text")
        return value

    def integer(self, data: dict, name: str, field: str, optional: bool = False) -> int | None:
        value = self.get(data, name, field)
        if value is None and optional:
            return None
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.fail(_join(field, name), "must be a whole number")
        return value

    def items(self, data: dict, name: str, field: str) -> list:
        value = self.get(data, name, field)
        if not isinstance(value, list) or not value:
            raise self.fail(_join(field, name), "must be a non-empty list")
        return value


def _join(field: str, name: str) -> str:
    return f"{field}.{name}" if field else name


def _unique(reader: _Reader, keys: list[str], field: str, what: str) -> None:
    seen: set[str] = set()
    for index, key in enumerate(keys):
        if key in seen:
            raise reader.fail(f"{field}[{index}].key", f"repeats the {what} key {key!r}")
        seen.add(key)


def _terms(reader: _Reader, data: dict, name: str) -> tuple[Term, ...]:
    terms = []
    for index, item in enumerate(reader.items(data, name, "")):
        field = f"{name}[{index}]"
        item = reader.obj(item, field)
        terms.append(Term(reader.text(item, "key", field), reader.text(item, "label", field)))
    _unique(reader, [t.key for t in terms], name, "vocabulary")
    return tuple(terms)


def _pack_stages(reader: _Reader, data: dict) -> tuple[Term, ...]:
    stages = []
    for index, item in enumerate(reader.items(data, "stages", "")):
        field = f"stages[{index}]"
        item = reader.obj(item, field)
        number = reader.integer(item, "number", field)
        stages.append(Term(str(number), reader.text(item, "name", field)))
    if [t.key for t in stages] != ["1", "2", "3"]:
        raise reader.fail("stages", "must list stage numbers 1, 2 and 3 in order")
    return tuple(stages)


def _stage(reader: _Reader, item: Any, field: str) -> Stage:
    item = reader.obj(item, field)
    actions = []
    for index, action in enumerate(reader.items(item, "actions", field)):
        if not isinstance(action, str) or not action.strip():
            raise reader.fail(f"{field}.actions[{index}]", "must be non-empty text")
        actions.append(action)
    questions = []
    for index, question in enumerate(reader.items(item, "questions", field)):
        qfield = f"{field}.questions[{index}]"
        question = reader.obj(question, qfield)
        questions.append(
            Question(reader.text(question, "key", qfield), reader.text(question, "text", qfield))
        )
    return Stage(
        number=reader.integer(item, "number", field),
        goal=reader.text(item, "goal", field),
        actions=tuple(actions),
        questions=tuple(questions),
    )


def _early_adopter(reader: _Reader, data: dict, field: str) -> EarlyAdopter | None:
    value = data.get("early_adopter")
    if value is None:
        return None
    field = f"{field}.early_adopter"
    value = reader.obj(value, field)
    return EarlyAdopter(
        state=reader.text(value, "state", field),
        year=reader.integer(value, "year", field, optional=True),
        text=reader.text(value, "text", field),
    )


def _condition(reader: _Reader, item: Any, field: str) -> Condition:
    item = reader.obj(item, field)
    source = reader.text(item, "source", field)
    if source not in SOURCES:
        raise reader.fail(f"{field}.source", 'must be "official" or "adapted"')
    custom = item.get("custom", False)
    if not isinstance(custom, bool):
        raise reader.fail(f"{field}.custom", "must be true or false")
    stages = tuple(
        _stage(reader, stage, f"{field}.stages[{index}]")
        for index, stage in enumerate(reader.items(item, "stages", field))
    )
    if [s.number for s in stages] != sorted(STAGE_NAMES):
        raise reader.fail(f"{field}.stages", "must hold stage numbers 1, 2 and 3 in order")
    condition = Condition(
        key=reader.text(item, "key", field),
        title=reader.text(item, "title", field),
        strategy=reader.text(item, "strategy", field),
        summary=reader.text(item, "summary", field),
        official=source == "official",
        stages=stages,
        early_adopter=_early_adopter(reader, item, field),
        custom=custom,
    )
    _check_question_keys(reader, [condition], [field])
    return condition


def _check_question_keys(reader: _Reader, conditions: list[Condition], fields: list[str]) -> None:
    seen: set[str] = set()
    for condition, field in zip(conditions, fields):
        for stage_index, stage in enumerate(condition.stages):
            for q_index, question in enumerate(stage.questions):
                if question.key in seen:
                    raise reader.fail(
                        f"{field}.stages[{stage_index}].questions[{q_index}].key",
                        f"repeats the question key {question.key!r}",
                    )
                seen.add(question.key)


def _check_header(reader: _Reader, data: dict) -> None:
    if data.get("format") != FORMAT:
        raise reader.fail("format", f'must be "{FORMAT}" (this is not a plworkshop framework pack)')
    version = reader.integer(data, "format_version", "")
    if version > FORMAT_VERSION:
        raise reader.fail(
            "format_version",
            f"is {version}, newer than this version of plworkshop can read ({FORMAT_VERSION}); "
            "please update plworkshop",
        )
    if version < 1:
        raise reader.fail("format_version", "must be 1 or more")


def parse_pack(data: dict, source: str = "<pack>") -> FrameworkPack:
    """Validate already-decoded JSON and build the pack; PackError names `source` and the field."""
    reader = _Reader(source)
    data = reader.obj(data, "")
    _check_header(reader, data)
    vocabularies = {name: _terms(reader, data, name) for name in TERM_LISTS}
    fields = [f"conditions[{i}]" for i in range(len(reader.items(data, "conditions", "")))]
    conditions = [_condition(reader, item, f) for item, f in zip(data["conditions"], fields)]
    _unique(reader, [c.key for c in conditions], "conditions", "condition")
    _check_question_keys(reader, conditions, fields)
    strategy_keys = {t.key for t in vocabularies["strategies"]}
    for condition, field in zip(conditions, fields):
        if condition.strategy not in strategy_keys:
            raise reader.fail(f"{field}.strategy", f"names an unknown strategy {condition.strategy!r}")
    return FrameworkPack(
        id=reader.text(data, "id", ""),
        version=reader.text(data, "version", ""),
        title=reader.text(data, "title", ""),
        publisher=reader.text(data, "publisher", ""),
        edition=reader.text(data, "edition", ""),
        language=reader.text(data, "language", ""),
        notice=reader.text(data, "notice", ""),
        stages=_pack_stages(reader, data),
        conditions=tuple(conditions),
        **vocabularies,
    )


def load_pack(path: Path) -> FrameworkPack:
    """Read and validate a pack file; PackError on anything unreadable, malformed or too new."""
    source = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError(source, "", f"cannot be read ({exc})") from exc
    try:
        data = strict_json.loads(text)
    except json.JSONDecodeError as exc:
        raise PackError(source, "", f"is not valid JSON (line {exc.lineno}, column {exc.colno})") from exc
    except strict_json.DuplicateKey as exc:
        raise PackError(source, "", f"is refused: {exc}, so which value is meant cannot be known") from exc
    return parse_pack(data, source)


@lru_cache(maxsize=1)
def load_default_pack() -> FrameworkPack:
    """The pack shipped in resources/framework (read once per process)."""
    from plworkshop.paths import resources_dir

    return load_pack(resources_dir() / "framework" / DEFAULT_PACK_FILE)


def condition_to_dict(condition: Condition) -> dict:
    """One condition in the pack's own JSON shape, plus "custom"."""
    adopter = condition.early_adopter
    return {
        "key": condition.key,
        "title": condition.title,
        "strategy": condition.strategy,
        "summary": condition.summary,
        "source": "official" if condition.official else "adapted",
        "stages": [
            {
                "number": stage.number,
                "goal": stage.goal,
                "actions": list(stage.actions),
                "questions": [{"key": q.key, "text": q.text} for q in stage.questions],
            }
            for stage in condition.stages
        ],
        "early_adopter": None
        if adopter is None
        else {"state": adopter.state, "year": adopter.year, "text": adopter.text},
        "custom": condition.custom,
    }


def condition_from_dict(data: dict, source: str = "<condition>", field: str = "condition") -> Condition:
    """Build one condition from its JSON shape, validated like the pack loader does."""
    return _condition(_Reader(source), data, field)


def pack_summary(pack: FrameworkPack) -> dict:
    """The shape printed by `plworkshop framework --json`."""
    return {
        "id": pack.id,
        "version": pack.version,
        "title": pack.title,
        "stages": [{"number": int(term.key), "name": term.label} for term in pack.stages],
        "conditions": [
            {
                "key": c.key,
                "title": c.title,
                "official": c.official,
                "strategy": c.strategy,
                "stages": [
                    {
                        "number": s.number,
                        "name": s.name,
                        "goal": s.goal,
                        "questions": [{"key": q.key, "text": q.text} for q in s.questions],
                    }
                    for s in c.stages
                ],
            }
            for c in pack.conditions
        ],
    }
