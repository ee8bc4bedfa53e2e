"""Pure edits of a content pack: new conditions and questions with stable keys, and readable problems."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from plworkshop.framework.loader import PackError
from plworkshop.framework.model import STAGE_NAMES, Condition, FrameworkPack, Question, Stage
from plworkshop.framework.user_packs import slugify

_QUESTION_NUMBER = re.compile(r"\.s\d+\.q(\d+)$")


@dataclass(frozen=True)
class StageText:
    """What a facilitator writes for one stage of a new condition."""

    goal: str
    actions: tuple[str, ...]
    questions: tuple[str, ...]


def new_condition_key(pack: FrameworkPack, title: str) -> str:
    """A key made from the title, unique in the pack ("state-priority", then "state-priority-2"...)."""
    base = slugify(title) or "condition"
    key, number = base, 2
    while pack.has_condition(key):
        key, number = f"{base}-{number}", number + 1
    return key


def all_question_keys(pack: FrameworkPack) -> set[str]:
    return {key for condition in pack.conditions for key in condition.question_keys()}


def new_question_key(condition_key: str, stage: int, taken: set[str]) -> str:
    """`<condition>.s<stage>.q<n>` with n above every number used for that stage, so a removed
    question's key is not handed to a different question while the same keys are in view."""
    prefix = f"{condition_key}.s{stage}.q"
    numbers = [
        int(m.group(1)) for key in taken if key.startswith(prefix) and (m := _QUESTION_NUMBER.search(key))
    ]
    return f"{prefix}{max(numbers, default=0) + 1}"


def _clean(texts) -> tuple[str, ...]:
    return tuple(text.strip() for text in texts if text and text.strip())


def make_condition(
    pack: FrameworkPack, *, title: str, strategy: str, summary: str, stages: list[StageText]
) -> Condition:
    """A condition of the facilitator's own (custom, adapted), with keys made from its title."""
    where = "new condition"
    if not title.strip():
        raise PackError(where, "", "needs a title")
    if strategy not in {term.key for term in pack.strategies}:
        raise PackError(where, "", "needs one of the pack's strategies")
    if not summary.strip():
        raise PackError(where, "", "needs a summary (one paragraph on what it is about)")
    if len(stages) != len(STAGE_NAMES):
        raise PackError(where, "", "needs all three stages")
    key = new_condition_key(pack, title)
    built, taken = [], all_question_keys(pack)
    for number, text in zip(sorted(STAGE_NAMES), stages):
        label = f"stage {number} ({STAGE_NAMES[number]})"
        if not text.goal.strip():
            raise PackError(where, "", f"needs a goal for {label}")
        actions, questions = _clean(text.actions), _clean(text.questions)
        if not actions:
            raise PackError(where, "", f"needs at least one supporting action for {label}")
        if not questions:
            raise PackError(where, "", f"needs at least one strategic question for {label}")
        keyed = []
        for question in questions:
            keyed.append(Question(new_question_key(key, number, taken), question))
            taken.add(keyed[-1].key)
        built.append(Stage(number, text.goal.strip(), actions, tuple(keyed)))
    return Condition(
        key=key,
        title=title.strip(),
        strategy=strategy,
        summary=summary.strip(),
        official=False,
        stages=tuple(built),
        early_adopter=None,
        custom=True,
    )


def replace_condition(pack: FrameworkPack, condition: Condition) -> FrameworkPack:
    """The pack with `condition` in place of the one with its key, or added at the end."""
    if not pack.has_condition(condition.key):
        return dataclasses.replace(pack, conditions=pack.conditions + (condition,))
    return dataclasses.replace(
        pack, conditions=tuple(condition if c.key == condition.key else c for c in pack.conditions)
    )


def remove_condition(pack: FrameworkPack, key: str) -> FrameworkPack:
    """Remove a condition the facilitator added; the framework's own conditions stay in every pack."""
    condition = pack.condition(key)
    if not condition.custom:
        raise PackError(
            f"pack {pack.id!r}",
            "",
            f"keeps the framework's condition “{condition.title}”; only conditions you added can be removed",
        )
    return dataclasses.replace(pack, conditions=tuple(c for c in pack.conditions if c.key != key))


def with_stage(
    condition: Condition,
    number: int,
    *,
    goal: str | None = None,
    actions: tuple[str, ...] | None = None,
    questions: tuple[Question, ...] | None = None,
) -> Condition:
    """The condition with one stage's goal, actions or questions replaced."""
    stages = []
    for stage in condition.stages:
        if stage.number == number:
            stage = Stage(
                number,
                stage.goal if goal is None else goal,
                stage.actions if actions is None else tuple(actions),
                stage.questions if questions is None else tuple(questions),
            )
        stages.append(stage)
    return dataclasses.replace(condition, stages=tuple(stages))


_FIELD = re.compile(r"^conditions\[(\d+)\](?:\.stages\[(\d+)\])?(?:\.(\w+)(?:\[(\d+)\])?)?(?:\.(\w+))?")
_NAMES = {
    "goal": "the goal",
    "actions": "supporting action",
    "questions": "strategic question",
    "title": "the title",
    "summary": "the summary",
    "strategy": "the strategy",
    "key": "the key",
}


def describe_problem(pack: FrameworkPack, exc: PackError) -> str:
    """A PackError as a sentence a facilitator can act on, naming the condition and stage in words."""
    match = _FIELD.match(exc.field or "")
    if not match or int(match.group(1)) >= len(pack.conditions):
        return str(exc)
    condition = pack.conditions[int(match.group(1))]
    where = f"“{condition.title}”"
    if match.group(2) is not None:
        number = int(match.group(2)) + 1
        where += f", stage {number} ({STAGE_NAMES.get(number, number)})"
    part, index = match.group(3), match.group(4)
    what = _NAMES.get(part or "", part or "")
    if index is not None:
        what = f"{what} {int(index) + 1}"
    problem = str(exc).split(f"{exc.field} ", 1)[-1]
    return f"{where}: {what} {problem}.".replace("  ", " ") if what else f"{where}: {problem}."
