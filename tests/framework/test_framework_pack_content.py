"""The shipped framework pack: the eleven known conditions, stable keys, official vs adapted text."""

from __future__ import annotations

from pathlib import Path

import pytest

from plworkshop.framework import STAGE_NAMES, load_default_pack

README_KEYS = [
    "vision-for-student-success",
    "collaborative-leadership",
    "comprehensive-supports-for-educators-and-leaders",
    "quality-framework-for-student-success",
    "student-learning-pathways",
    "equitable-conditions-for-learning",
    "culture-of-innovation",
    "responsive-funding-systems",
    "balanced-assessments",
    "measuring-success",
    "continuous-school-improvement",
]

CL_STAGE1_GOAL = (
    "State leaders have demonstrated support for personalized learning and have established "
    "partnerships with diverse stakeholders to identify barriers and strategies to advance "
    "personalized teaching and learning models."
)
CL_STAGE3_ACTION2 = (
    "Education leaders and diverse stakeholders participate in processes that ensure continuous "
    "improvement of the education system and hold each other accountable to maintain momentum "
    "toward achieving the state\u2019s vision for student success."
)
# The Collaborative Leadership page of the framework as the project received it (the source of the
# official text in the shipped pack), kept byte for byte.
SOURCE = Path(__file__).resolve().parent / "fixtures" / "collaborative-leadership-source.txt"


@pytest.fixture(scope="module")
def pack():
    return load_default_pack()


def test_pack_metadata(pack):
    assert pack.id == "kw-state-policy-pl-2019"
    assert pack.publisher == "KnowledgeWorks"
    assert [(t.key, t.label) for t in pack.stages] == [(str(n), name) for n, name in STAGE_NAMES.items()]
    assert "not the official wording" in pack.notice


def test_eleven_conditions_in_readme_order(pack):
    assert [c.key for c in pack.conditions] == README_KEYS


def test_vocabularies(pack):
    assert [t.key for t in pack.stakeholder_groups] == [
        "policymakers",
        "state-agency",
        "district-leaders",
        "school-leaders",
        "teachers-and-unions",
        "families",
        "students",
        "community-organizations",
        "advocacy-groups",
        "business-and-workforce",
        "higher-education",
        "other",
    ]
    assert [t.key for t in pack.policy_levers] == [
        "statute",
        "regulation",
        "guidance",
        "funding",
        "pilot-or-innovation-zone",
        "task-force-or-study",
        "technical-assistance",
        "communication",
    ]
    assert len(pack.barriers) == 6
    assert pack.stakeholder_label("families") == "Families"
    assert pack.stakeholder_label("unknown-group") == "unknown-group"
    assert pack.stakeholder_label(None) == ""
    assert pack.policy_lever_label("statute") == "Statute"
    assert pack.strategy_label("ensuring-quality") == "Ensuring Quality"


def test_every_strategy_resolves(pack):
    strategy_keys = {t.key for t in pack.strategies}
    assert all(c.strategy in strategy_keys for c in pack.conditions)


def test_question_keys_unique_and_resolvable(pack):
    keys = [key for c in pack.conditions for key in c.question_keys()]
    assert len(keys) == len(set(keys))
    for condition in pack.conditions:
        for stage in condition.stages:
            assert len(stage.actions) >= 1 and 1 <= len(stage.questions) <= 2
            for question in stage.questions:
                assert question.key.startswith(f"{condition.key}.s{stage.number}.q")
                assert condition.question(question.key) == question
                assert condition.stage_of_question(question.key) == stage.number
    assert pack.condition("vision-for-student-success").question("no.such.key") is None


def test_stages_are_exploration_replication_transformation(pack):
    for condition in pack.conditions:
        assert [s.name for s in condition.stages] == list(STAGE_NAMES.values())
    with pytest.raises(KeyError):
        pack.condition("collaborative-leadership").stage(4)
    with pytest.raises(KeyError):
        pack.condition("twelfth-condition")
    assert not pack.has_condition("twelfth-condition")


def test_only_collaborative_leadership_is_official(pack):
    assert [c.key for c in pack.conditions if c.official] == ["collaborative-leadership"]
    assert not any(c.custom for c in pack.conditions)


def test_collaborative_leadership_text_is_exact(pack):
    condition = pack.condition("collaborative-leadership")
    assert condition.stage(1).goal == CL_STAGE1_GOAL
    assert condition.stage(3).actions[1] == CL_STAGE3_ACTION2
    assert [len(s.questions) for s in condition.stages] == [2, 2, 1]
    assert condition.stage(1).questions[0].text == (
        "Which stakeholder groups should serve as partners in this work?"
    )
    assert condition.early_adopter.state == "North Dakota"
    assert condition.early_adopter.year == 2017
    assert "SB 2186" in condition.early_adopter.text


def test_collaborative_leadership_is_the_source_text_unaltered(pack):
    seed = SOURCE.read_text(encoding="utf-8")
    condition = pack.condition("collaborative-leadership")
    assert condition.summary in seed
    assert condition.early_adopter.text in seed
    for stage in condition.stages:
        assert f"The Goal: {stage.goal}\n" in seed
        for action in stage.actions:
            assert f"  \u2022 {action}\n" in seed
        for question in stage.questions:
            assert question.text in seed


def test_early_adopters_only_where_known(pack):
    adopters = {c.key: c.early_adopter for c in pack.conditions if c.early_adopter}
    assert set(adopters) == {"collaborative-leadership", "comprehensive-supports-for-educators-and-leaders"}
    new_hampshire = adopters["comprehensive-supports-for-educators-and-leaders"]
    assert (new_hampshire.state, new_hampshire.year) == ("New Hampshire", 2011)
