"""Every route of the room's API, what it answers, and that each 2xx is in the database."""

from __future__ import annotations

import uuid

from room_helpers import Client, call

from plworkshop.services import assessments, responses
from plworkshop.services.room import state as room_state
from plworkshop.storage.opening import open_database


def _db(room_workshop):
    return open_database(room_workshop.url)


def test_page_and_assets_are_served_only_under_the_code(room):
    page = call("GET", f"http://127.0.0.1:{room.port}/j/{room.code}")
    assert page.status == 200 and b"<h1" in page.raw and f"/j/{room.code}/app.js".encode() in page.raw
    for name, kind in (
        ("app.js", "javascript"),
        ("i18n.js", "javascript"),
        ("style.css", "text/css"),
        ("icon.svg", "svg"),
    ):
        asset = call("GET", f"http://127.0.0.1:{room.port}/j/{room.code}/{name}")
        assert asset.status == 200 and kind in asset.headers["Content-Type"]
    for path in (
        f"/j/{room.code}/page.html",
        f"/j/{room.code}/..%2Fserver.py",
        f"/j/{room.code}/",
        "/",
        "/j/",
        "/static/app.js",
        f"/j/{room.code}x",
    ):
        answer = call("GET", f"http://127.0.0.1:{room.port}{path}")
        assert answer.status == 404, path
        assert answer.body == {"error": "There is nothing here."}


def test_join_lists_only_people_who_may_be_named(room, room_workshop):
    options = call("GET", f"http://127.0.0.1:{room.port}/api/{room.code}/join")
    assert options.status == 200
    assert [p["name"] for p in options.body["people"]] == ["Ana Named"]
    assert "families" in {g["key"] for g in options.body["stakeholder_groups"]}


def test_join_three_ways_and_the_display_the_room_sees(room, room_workshop):
    person, group, anon = Client(room), Client(room), Client(room)
    assert person.join(participant=room_workshop.named_id).body["display"] == "Ana Named"
    answer = group.join(group="families")
    assert answer.status == 201 and answer.body["display"] == "A member of: Families"
    cookie = answer.headers.get("Set-Cookie", "")
    assert "plw_device=" in cookie and "HttpOnly" in cookie
    assert anon.join().body["display"] == "Anonymous"
    assert len({person.token, group.token, anon.token}) == 3
    assert room.device_count() == 3


def test_join_refusals(room, room_workshop):
    c = Client(room)
    declined = c.join(participant=room_workshop.declined_id)
    unknown = c.join(participant=str(uuid.uuid4()))
    assert declined.status == unknown.status == 400
    assert declined.body == unknown.body  # the same sentence: nothing tells the two apart
    assert c.join(group="no-such-group").status == 400
    assert c.join(participant=room_workshop.named_id, group="families").status == 400
    assert call("POST", f"{c.base}/join", raw=b"not json").status == 400
    assert call("POST", f"{c.base}/join", raw=b"[1, 2]").status == 400


def test_state_follows_the_facilitator(room, room_workshop):
    c = Client(room)
    c.join()
    first = c.state().body
    assert first["condition"]["key"] == room_workshop.conditions[0]
    assert first["stage"]["number"] == 1 and first["question"]["key"].endswith("s1.q1")
    assert first["input_open"] is True and first["voting_open"] is False
    assert first["budget"] == 3 and first["budget_left"] == 3 and first["own"] == []
    second = room_workshop.conditions[1]
    room.move_to(second, 2, f"{second}.s2.q1")
    moved = c.state().body
    assert moved["condition"]["key"] == second and moved["stage"]["number"] == 2
    assert moved["question"]["key"] == f"{second}.s2.q1" and moved["question"]["text"]


def test_send_is_durable_and_a_repeated_id_is_the_same_record(room, room_workshop):
    c = Client(room)
    c.join(group="families")
    rid = str(uuid.uuid4())
    first = c.send("More time for teachers to plan together", rid)
    question = f"{room_workshop.conditions[0]}.s1.q1"
    assert first.status == 201 and first.body == {"id": rid, "question": question}
    again = c.send("More time for teachers to plan together", rid)
    assert again.status == 200 and again.body == {"id": rid, "question": question}
    db = _db(room_workshop)
    try:
        found = [r for r in responses.list_responses(db.uow(), room_workshop.workshop_id) if r.id == rid]
        marks = room_state.room_input_marks(db.uow(), room_workshop.workshop_id)
    finally:
        db.dispose()
    assert len(found) == 1 and found[0].stakeholder_group == "families" and not found[0].hidden
    assert found[0].question.endswith("s1.q1")
    assert marks[rid].device_display == "A member of: Families" and not marks[rid].held
    own = c.state().body["own"]
    assert [o["id"] for o in own] == [rid] and own[0]["editable"] is True


def test_send_refusals(room):
    c = Client(room)
    c.join()
    assert c.send("   ").status == 400
    assert c.send("bell \x07 inside").status == 400
    assert call("POST", f"{c.base}/responses", {"id": "not-a-uuid", "text": "x"}, token=c.token).status == 400
    assert call("POST", f"{c.base}/responses", {"text": "no id"}, token=c.token).status == 400
    other = Client(room)
    other.join()
    rid = str(uuid.uuid4())
    assert c.send("mine", rid).status == 201
    taken = other.send("not mine", rid)
    assert taken.status == 409 and "already used" in taken.body["error"]
    room.set_controls(input_open=False)
    paused = c.send("while paused")
    assert paused.status == 409 and "paused" in paused.body["error"]


def test_edit_and_withdraw_own_input_only(room, room_workshop):
    c, other = Client(room), Client(room)
    c.join()
    other.join()
    rid = c.send("first words").body["id"]
    assert c.patch(rid, {"text": "better words"}).status == 200
    assert other.patch(rid, {"text": "hijack"}).status == 404
    assert other.patch(rid, {"withdrawn": True}).status == 404
    assert c.patch(rid, {}).status == 400
    assert c.patch(rid, {"withdrawn": False}).status == 400
    assert c.patch(rid, {"text": ""}).status == 400
    assert c.patch(str(uuid.uuid4()), {"text": "x"}).status == 404
    assert c.patch(rid, {"withdrawn": True}).status == 200
    assert c.patch(rid, {"withdrawn": True}).status == 200  # the same answer again
    assert c.patch(rid, {"text": "after withdrawing"}).status == 409
    db = _db(room_workshop)
    try:
        row = next(r for r in responses.list_responses(db.uow(), room_workshop.workshop_id) if r.id == rid)
    finally:
        db.dispose()
    assert row.text == "better words" and row.hidden  # kept, never deleted
    assert c.state().body["own"][0]["withdrawn"] is True


def test_votes_spend_a_per_device_budget_and_counts_hide_until_voting_closes(room, room_workshop):
    author, voter = Client(room), Client(room)
    author.join()
    voter.join(participant=room_workshop.named_id)
    a = author.send("idea A").body["id"]
    b = author.send("idea B").body["id"]
    closed = voter.vote(a)
    assert closed.status == 409 and "closed" in closed.body["error"]
    room.set_controls(voting_open=True)
    assert voter.vote(a).body == {"budget_left": 2}
    assert voter.vote(a).body == {"budget_left": 1}
    assert voter.vote(b).body == {"budget_left": 0}
    spent = voter.vote(b)
    assert spent.status == 400 and "all 3" in spent.body["error"]
    assert voter.vote(b, -1).body == {"budget_left": 1}
    assert voter.vote(b, -1).status == 400  # nothing left there to take back
    assert voter.vote(a, 2).status == 400
    assert voter.vote(str(uuid.uuid4())).status == 400
    ideas = voter.state().body["ideas"]
    assert {i["id"]: i["mine"] for i in ideas} == {a: 2, b: 0}
    assert all(i["votes"] is None for i in ideas)  # hidden while voting is open
    room.set_controls(voting_open=False)
    shown = {i["id"]: i["votes"] for i in voter.state().body["ideas"]}
    assert shown == {a: 2, b: 0}
    # the other device has its own budget
    room.set_controls(voting_open=True)
    assert author.vote(b).body == {"budget_left": 2}


def test_a_person_on_two_devices_has_one_budget(room, room_workshop):
    phone, laptop, author = Client(room), Client(room), Client(room)
    for c in (phone, laptop):
        c.join(participant=room_workshop.named_id)
    author.join()
    rid = author.send("idea").body["id"]
    room.set_controls(voting_open=True)
    phone.vote(rid)
    phone.vote(rid)
    assert laptop.vote(rid).body == {"budget_left": 0}
    assert laptop.vote(rid).status == 400


def test_placements_become_the_persons_assessment_or_a_device_placement(room, room_workshop):
    person, anon = Client(room), Client(room)
    person.join(participant=room_workshop.named_id)
    anon.join()
    cond = room_workshop.conditions[0]
    assert person.place(cond, 2, "Pilots in three districts").status == 200
    assert anon.place(cond, 1).status == 200
    assert anon.place(cond, 3).status == 200  # changes, does not add
    assert person.place(cond, 4).status == 400
    assert person.place(cond, "2").status == 400
    assert person.place("no-such-condition", 1).status == 400
    db = _db(room_workshop)
    try:
        placed = assessments.list_assessments(db.uow(), room_workshop.workshop_id, cond)
        devices = room_state.room_placements(db.uow(), room_workshop.workshop_id, cond)
    finally:
        db.dispose()
    mine = [a for a in placed if a.participant_id == room_workshop.named_id]
    assert [(a.stage, a.note) for a in mine] == [(2, "Pilots in three districts")]
    assert devices == {0: 0, 1: 0, 2: 0, 3: 1}
    assert person.state().body["placement"] == {
        "condition": cond,
        "stage": 2,
        "note": "Pilots in three districts",
    }
    room.set_controls(input_open=False)
    assert anon.place(cond, 0).status == 409


def test_hold_for_approval(room, room_workshop):
    c = Client(room)
    c.join()
    room.set_controls(hold_for_approval=True)
    rid = c.send("needs a look first").body["id"]
    assert c.state().body["own"][0]["held"] is True
    db = _db(room_workshop)
    try:
        assert next(
            r for r in responses.list_responses(db.uow(), room_workshop.workshop_id) if r.id == rid
        ).hidden
        room.approve(rid)
        assert not next(
            r for r in responses.list_responses(db.uow(), room_workshop.workshop_id) if r.id == rid
        ).hidden
    finally:
        db.dispose()
    assert c.state().body["own"][0]["held"] is False


def test_events_stream_sends_the_room_and_follows_moves(room, room_workshop):
    import json
    import socket

    c = Client(room)
    c.join()
    with socket.create_connection(("127.0.0.1", room.port), timeout=10) as sock:
        sock.sendall(
            f"GET /api/{room.code}/events HTTP/1.1\r\nHost: x\r\n"
            f"Authorization: Bearer {c.token}\r\n\r\n".encode()
        )
        reader = sock.makefile("rb")
        head = b""
        while b"\r\n\r\n" not in head:
            head += reader.readline()
        assert b"200 OK" in head and b"text/event-stream" in head

        def next_room_event():
            data = None
            while True:
                line = reader.readline().decode()
                if line.startswith("event: room"):
                    data = json.loads(reader.readline().decode().split("data: ", 1)[1])
                    return data

        assert next_room_event()["question"].endswith("s1.q1")
        second = room_workshop.conditions[1]
        room.move_to(second, 1, f"{second}.s1.q2")
        assert next_room_event() == {
            "condition": second,
            "stage": 1,
            "question": f"{second}.s1.q2",
            "input_open": True,
            "voting_open": False,
            "counts_hidden": False,
            "ended": False,
        }


def test_ending_the_session_closes_the_port_and_the_code(room_workshop):
    from plworkshop.room.server import RoomServer
    from plworkshop.services.room import sessions

    server = RoomServer(room_workshop.url, room_workshop.workshop_id, host="127.0.0.1", port=0).start()
    c = Client(server)
    c.join()
    code, port = server.code, server.port
    server.end()
    import socket

    try:
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
        refused = False
    except OSError:
        refused = True
    assert refused
    again = RoomServer(room_workshop.url, room_workshop.workshop_id, host="127.0.0.1", port=0).start()
    try:
        assert again.code != code
        assert call("GET", f"http://127.0.0.1:{again.port}/api/{code}/join").status == 404
    finally:
        again.stop()
    db = _db(room_workshop)
    try:
        assert sessions.session_by_code(db.uow(), code).ended
    finally:
        db.dispose()


def test_a_restart_resumes_the_same_code_and_devices_unless_a_new_code_is_asked(room_workshop):
    from plworkshop.room.server import RoomServer

    first = RoomServer(room_workshop.url, room_workshop.workshop_id, host="127.0.0.1", port=0).start()
    c = Client(first)
    c.join()
    code = first.code
    first.stop()
    resumed = RoomServer(room_workshop.url, room_workshop.workshop_id, host="127.0.0.1", port=0).start()
    try:
        assert resumed.code == code
        c.base = f"http://127.0.0.1:{resumed.port}/api/{code}"
        assert c.state().status == 200
    finally:
        resumed.stop()
    fresh = RoomServer(
        room_workshop.url, room_workshop.workshop_id, host="127.0.0.1", port=0, fresh_code=True
    ).start()
    try:
        assert fresh.code != code
    finally:
        fresh.stop()
