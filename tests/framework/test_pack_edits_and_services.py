"""New conditions and questions, readable problems, and the packs service on a real database (Qt-free)."""

from __future__ import annotations

import dataclasses

import pytest

from plworkshop.domain.errors import InvalidValue
from plworkshop.framework import PackError, Question, load_default_pack
from plworkshop.framework.pack_edits import (
    StageText,
    describe_problem,
    make_condition,
    new_condition_key,
    new_question_key,
    remove_condition,
    replace_condition,
    with_stage,
)
from plworkshop.framework.user_packs import derive_pack, save_user_pack, validated
from plworkshop.services import packs, responses, workshops

STAGES = [StageText(f"Goal {n}", (f"Action {n}",), (f"Question {n}a?", f"Question {n}b?")) for n in (1, 2, 3)]


def _own_pack():
    return derive_pack(load_default_pack(), "nd-2026", "North Dakota 2026")


def test_a_new_condition_gets_keys_from_its_title():
    pack = _own_pack()
    condition = make_condition(
        pack,
        title="Rural Broadband Équité",
        strategy=pack.strategies[0].key,
        summary="Connectivity for every learner.",
        stages=STAGES,
    )
    assert condition.key == "rural-broadband-equite"
    assert condition.custom and not condition.official
    assert condition.stage(2).questions == (
        Question("rural-broadband-equite.s2.q1", "Question 2a?"),
        Question("rural-broadband-equite.s2.q2", "Question 2b?"),
    )
    bigger = validated(replace_condition(pack, condition))
    assert bigger.conditions[-1] == condition
    again = make_condition(
        bigger, title="Rural broadband équité", strategy=pack.strategies[0].key, summary="x", stages=STAGES
    )
    assert again.key == "rural-broadband-equite-2"
    assert remove_condition(bigger, condition.key).conditions == pack.conditions


def test_a_new_condition_must_be_complete():
    pack = _own_pack()
    strategy = pack.strategies[0].key
    with pytest.raises(PackError, match="needs a title"):
        make_condition(pack, title=" ", strategy=strategy, summary="s", stages=STAGES)
    with pytest.raises(PackError, match="needs one of the pack's strategies"):
        make_condition(pack, title="T", strategy="nope", summary="s", stages=STAGES)
    no_goal = [STAGES[0], dataclasses.replace(STAGES[1], goal=""), STAGES[2]]
    with pytest.raises(PackError, match=r"needs a goal for stage 2 \(Replication\)"):
        make_condition(pack, title="T", strategy=strategy, summary="s", stages=no_goal)
    no_question = [STAGES[0], STAGES[1], dataclasses.replace(STAGES[2], questions=("  ",))]
    with pytest.raises(PackError, match=r"strategic question for stage 3 \(Statewide Transformation\)"):
        make_condition(pack, title="T", strategy=strategy, summary="s", stages=no_question)


def test_framework_conditions_cannot_be_removed():
    with pytest.raises(PackError, match="only conditions you added"):
        remove_condition(_own_pack(), "collaborative-leadership")


def test_new_question_keys_never_reuse_a_number_in_view():
    taken = {"c.s1.q1", "c.s1.q2", "c.s1.q7", "c.s2.q9"}
    assert new_question_key("c", 1, taken) == "c.s1.q8"
    assert new_question_key("c", 3, taken) == "c.s3.q1"
    assert new_condition_key(_own_pack(), "Collaborative Leadership") == "collaborative-leadership-2"


def test_problems_are_described_in_words():
    pack = _own_pack()
    first = pack.conditions[0]
    broken = dataclasses.replace(
        pack, conditions=(with_stage(first, 2, actions=("ok", " ")),) + pack.conditions[1:]
    )
    with pytest.raises(PackError) as caught:
        validated(broken)
    assert describe_problem(broken, caught.value) == (
        f"“{first.title}”, stage 2 (Replication): supporting action 2 must be non-empty text."
    )


def test_new_workshops_use_the_chosen_pack(db, app_paths):
    pack = _own_pack()
    cl = pack.condition("collaborative-leadership")
    edited_q = dataclasses.replace(cl.stage(1).questions[0], text="Who convenes our state's leaders?")
    pack = replace_condition(pack, with_stage(cl, 1, questions=(edited_q,) + cl.stage(1).questions[1:]))
    save_user_pack(app_paths, pack)
    assert packs.pack_for_new_workshops(app_paths).id == load_default_pack().id
    packs.use_for_new_workshops(app_paths, packs.choose_pack(app_paths, "nd-2026"))
    w = packs.new_workshop(db.uow(), app_paths, title="Bismarck convening")
    snap = workshops.snapshot(db.uow(), w.id)
    assert snap.workshop.title == "Bismarck convening"
    assert (
        snap.conditions["collaborative-leadership"].stage(1).questions[0].text
        == "Who convenes our state's leaders?"
    )


def test_a_broken_choice_falls_back_to_the_shipped_pack(app_paths):
    packs.use_for_new_workshops(app_paths, _own_pack())  # chosen, but never saved
    assert packs.pack_for_new_workshops(app_paths) == load_default_pack()
    with pytest.raises(InvalidValue, match="cannot be used"):
        packs.choose_pack(app_paths, "nd-2026")


def test_applying_edited_text_to_a_workshop(db, workshop):
    cl = load_default_pack().condition("collaborative-leadership")
    q1 = cl.stage(1).questions[0]
    responses.record_response(
        db.uow(), workshop.id, condition=cl.key, stage=1, question=q1.key, text="The governor's office."
    )
    reworded = with_stage(
        cl, 1, questions=(dataclasses.replace(q1, text="Who convenes?"),) + cl.stage(1).questions[1:]
    )
    packs.apply_condition(db.uow(), workshop.id, dataclasses.replace(reworded, official=False))
    snap = workshops.snapshot(db.uow(), workshop.id)
    assert snap.conditions[cl.key].stage(1).questions[0].text == "Who convenes?"
    assert not snap.conditions[cl.key].official
    dropped = with_stage(cl, 1, questions=cl.stage(1).questions[1:])
    with pytest.raises(InvalidValue, match="has 1 recorded response in this workshop; reword it"):
        packs.apply_condition(db.uow(), workshop.id, dropped)


def test_a_workshop_keeps_its_content_when_the_pack_changes(db, app_paths):
    pack = _own_pack()
    save_user_pack(app_paths, pack)
    w = packs.new_workshop(db.uow(), app_paths, pack=pack, title="First")
    before = workshops.snapshot(db.uow(), w.id).conditions
    cl = pack.condition("collaborative-leadership")
    changed = replace_condition(pack, with_stage(cl, 1, goal="A different goal."))
    save_user_pack(app_paths, dataclasses.replace(changed, version="2"))
    assert workshops.snapshot(db.uow(), w.id).conditions == before
    assert before["collaborative-leadership"].stage(1).goal == cl.stage(1).goal
