"""Input a page queued while offline is recorded under the question it was typed for, not the one open
when it finally arrives; a question that has left the agenda meanwhile falls back to the open one."""

from __future__ import annotations

import uuid

from room_helpers import Client, call

from plworkshop.services import agenda, responses
from plworkshop.storage.opening import open_database


def _recorded(room_workshop) -> dict[str, tuple[str, int, str]]:
    db = open_database(room_workshop.url)
    try:
        rows = responses.list_responses(db.uow(), room_workshop.workshop_id, include_hidden=True)
    finally:
        db.dispose()
    return {r.id: (r.condition, r.stage, r.question) for r in rows}


def test_queued_input_lands_under_the_question_it_was_typed_for(room, room_workshop):
    first, second = room_workshop.conditions
    typed_for = (first, f"{first}.s1.q1")
    c = Client(room)
    c.join(group="families")
    assert c.state().body["question"]["key"] == typed_for[1]
    room.move_to(second, 2, f"{second}.s2.q1")  # the facilitator moved on while the phone was offline
    rid = str(uuid.uuid4())
    sent = c.send("typed on the first question", rid, typed_for=typed_for)
    assert sent.status == 201 and sent.body == {"id": rid, "question": typed_for[1]}
    assert _recorded(room_workshop)[rid] == (first, 1, typed_for[1])
    again = c.send("typed on the first question", rid, typed_for=typed_for)  # the retry of a lost answer
    assert again.status == 200 and again.body == {"id": rid, "question": typed_for[1]}
    # without saying where it was typed (an older page), input goes to the open question, as before
    plain = c.send("no question sent")
    assert plain.status == 201 and plain.body["question"] == f"{second}.s2.q1"
    # and it shows among the device's own input with its question
    own = {o["id"]: o["question"] for o in c.state().body["own"]}
    assert own[rid] == typed_for[1]


def test_a_question_whose_condition_left_the_agenda_falls_back_to_the_open_one(room, room_workshop):
    first, second = room_workshop.conditions
    c = Client(room)
    c.join()
    room.move_to(second, 2, f"{second}.s2.q1")
    db = open_database(room_workshop.url)
    try:
        agenda.set_agenda(db.uow(), room_workshop.workshop_id, [(second, 30)])
    finally:
        db.dispose()
    rid = str(uuid.uuid4())
    sent = c.send("typed before the condition was taken off", rid, typed_for=(first, f"{first}.s1.q1"))
    assert sent.status == 201 and sent.body["question"] == f"{second}.s2.q1"
    assert _recorded(room_workshop)[rid] == (second, 2, f"{second}.s2.q1")
    # a question that never was one of the condition's also goes to the open question
    other = c.send("unknown question", typed_for=(second, f"{second}.s9.q9"))
    assert other.status == 201 and other.body["question"] == f"{second}.s2.q1"


def test_the_question_typed_for_still_obeys_the_room_switches_and_its_shape(room, room_workshop):
    first, _second = room_workshop.conditions
    c = Client(room)
    c.join()
    half = call(
        "POST", f"{c.base}/responses", {"id": str(uuid.uuid4()), "text": "x", "question": "q"}, token=c.token
    )
    assert half.status == 400 and "both" in half.body["error"]
    bad = call(
        "POST",
        f"{c.base}/responses",
        {"id": str(uuid.uuid4()), "text": "x", "condition": 7, "question": ["q"]},
        token=c.token,
    )
    assert bad.status == 400
    room.set_controls(input_open=False)
    paused = c.send("while paused", typed_for=(first, f"{first}.s1.q1"))
    assert paused.status == 409 and "paused" in paused.body["error"]
    assert _recorded(room_workshop) == {}
