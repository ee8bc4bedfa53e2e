"""The projector's read of a busy question: the ten most-voted shown ideas, and how many it has in all."""

from __future__ import annotations

from plworkshop.services import responses


def test_top_responses_are_the_most_voted_shown_ones_and_the_total_counts_the_rest(db, workshop):
    where = dict(condition="collaborative-leadership", stage=1, question="collaborative-leadership.s1.q1")
    made = [responses.record_response(db.uow(), workshop.id, text=f"idea {n}", **where) for n in range(14)]
    for n, view in enumerate(made):
        if n % 3 == 0:
            responses.set_votes(db.uow(), workshop.id, view.id, n)
    responses.withdraw_response(db.uow(), workshop.id, made[12].id)  # the most votes, but withdrawn
    responses.record_response(
        db.uow(),
        workshop.id,
        text="another question",
        **{**where, "question": "collaborative-leadership.s1.q2"},
    )
    top, total = responses.top_responses(
        db.uow(), workshop.id, condition=where["condition"], question=where["question"], limit=10
    )
    assert total == 13  # every shown idea of the question, withdrawn and other questions left out
    assert [v.text for v in top[:3]] == ["idea 9", "idea 6", "idea 3"]
    assert [v.votes for v in top] == [9, 6, 3] + [0] * 7
    assert [v.text for v in top[3:]] == [f"idea {n}" for n in (0, 1, 2, 4, 5, 7, 8)]  # a tie: earlier first
