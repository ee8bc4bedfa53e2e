"""Read-only data model of a framework content pack: conditions, stages, questions and vocabularies."""

from __future__ import annotations

from dataclasses import dataclass

STAGE_NAMES: dict[int, str] = {1: "Exploration", 2: "Replication", 3: "Statewide Transformation"}
ASSESSMENT_STAGE_NAMES: dict[int, str] = {0: "Not yet started", **STAGE_NAMES}


@dataclass(frozen=True)
class Term:
    """One entry of a controlled vocabulary (a stakeholder group, a policy lever, a strategy...)."""

    key: str
    label: str


@dataclass(frozen=True)
class Question:
    """A strategic question, with a key that is stable across pack versions."""

    key: str
    text: str


@dataclass(frozen=True)
class Stage:
    """One stage of a condition: its goal, supporting actions and strategic questions."""

    number: int
    goal: str
    actions: tuple[str, ...]
    questions: tuple[Question, ...]

    @property
    def name(self) -> str:
        return STAGE_NAMES[self.number]


@dataclass(frozen=True)
class EarlyAdopter:
    """A state's early-adopter story for a condition."""

    state: str
    year: int | None
    text: str


@dataclass(frozen=True)
class Condition:
    """A policy condition; `official` is True only when its text is the publisher's own wording."""

    key: str
    title: str
    strategy: str
    summary: str
    official: bool
    stages: tuple[Stage, ...]
    early_adopter: EarlyAdopter | None = None
    custom: bool = False

    def stage(self, number: int) -> Stage:
        for stage in self.stages:
            if stage.number == number:
                return stage
        raise KeyError(number)

    def question(self, key: str) -> Question | None:
        for stage in self.stages:
            for question in stage.questions:
                if question.key == key:
                    return question
        return None

    def question_keys(self) -> tuple[str, ...]:
        return tuple(q.key for stage in self.stages for q in stage.questions)

    def stage_of_question(self, key: str) -> int | None:
        for stage in self.stages:
            if any(q.key == key for q in stage.questions):
                return stage.number
        return None


def _label(terms: tuple[Term, ...], key: str | None) -> str:
    if key is None:
        return ""
    for term in terms:
        if term.key == key:
            return term.label
    return key


@dataclass(frozen=True)
class FrameworkPack:
    """A whole content pack: metadata, vocabularies and the conditions in display order."""

    id: str
    version: str
    title: str
    publisher: str
    edition: str
    language: str
    notice: str
    stages: tuple[Term, ...]
    strategies: tuple[Term, ...]
    stakeholder_groups: tuple[Term, ...]
    policy_levers: tuple[Term, ...]
    barriers: tuple[Term, ...]
    conditions: tuple[Condition, ...]

    def condition(self, key: str) -> Condition:
        for condition in self.conditions:
            if condition.key == key:
                return condition
        raise KeyError(key)

    def has_condition(self, key: str) -> bool:
        return any(condition.key == key for condition in self.conditions)

    def stakeholder_label(self, key: str | None) -> str:
        """The group's label; the key itself if the pack does not know it; "" for no group."""
        return _label(self.stakeholder_groups, key)

    def policy_lever_label(self, key: str | None) -> str:
        return _label(self.policy_levers, key)

    def strategy_label(self, key: str) -> str:
        return _label(self.strategies, key)
