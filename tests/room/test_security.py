"""The room on a shared network: codes, tokens, sizes, floods, hostile text, declined names, the address."""

from __future__ import annotations

import socket
import uuid

import pytest
from room_helpers import DECLINED_NAME, HOSTILE, Client, call

from plworkshop.room.limits import RoomLimits
from plworkshop.room.server import RoomServer


def _every_route(base: str):
    rid = str(uuid.uuid4())
    return [
        ("GET", f"{base}/join", None),
        ("POST", f"{base}/join", {}),
        ("GET", f"{base}/state", None),
        ("POST", f"{base}/responses", {"id": rid, "text": "x"}),
        ("PATCH", f"{base}/responses/{rid}", {"text": "x"}),
        ("POST", f"{base}/votes", {"response": rid, "delta": 1}),
        ("PUT", f"{base}/placements/x", {"stage": 1}),
        ("GET", f"{base}/events", None),
    ]


@pytest.mark.parametrize("bad_code", ["", "x", "AAAAAAAAAAAAAAAAAAAAAA", "../etc/passwd"])
def test_a_wrong_or_missing_code_gets_404_on_every_route(room, bad_code):
    good = Client(room)
    good.join()
    base = f"http://127.0.0.1:{room.port}/api/{bad_code}"
    for method, url, body in _every_route(base):
        answer = call(method, url, body, token=good.token)
        assert answer.status == 404, (method, url)
        assert set(answer.body) == {"error"}
    assert call("GET", f"http://127.0.0.1:{room.port}/j/{bad_code}").status == 404


def test_no_or_unknown_device_gets_401(room):
    base = f"http://127.0.0.1:{room.port}/api/{room.code}"
    for method, url, body in _every_route(base)[2:]:
        for token in (None, "not-a-device", "x" * 500):
            answer = call(method, url, body, token=token)
            assert answer.status == 401, (method, url, token)
            assert "join" in answer.body["error"]


def test_a_token_of_another_session_is_unknown_here(room_workshop, tmp_path):
    from room_helpers import make_room_workshop

    other = make_room_workshop(tmp_path / "other")
    first = RoomServer(room_workshop.url, room_workshop.workshop_id, host="127.0.0.1", port=0).start()
    second = RoomServer(other.url, other.workshop_id, host="127.0.0.1", port=0).start()
    try:
        c = Client(first)
        c.join()
        c.base = f"http://127.0.0.1:{second.port}/api/{second.code}"
        assert c.state().status == 401
    finally:
        first.stop()
        second.stop()


def test_oversized_bodies_get_413_and_change_nothing(room):
    c = Client(room)
    c.join()
    filler = b"a" * (RoomLimits().max_body + 10)
    huge = b'{"id": "' + str(uuid.uuid4()).encode() + b'", "text": "' + filler + b'"}'
    answer = call("POST", f"{c.base}/responses", raw=huge, token=c.token)
    assert answer.status == 413 and "too large" in answer.body["error"]
    assert c.state().body["own"] == []
    long_text = "ü" * 100_001  # over the text limit, inside the body limit
    assert c.send(long_text).status == 400
    assert c.send("ü" * 100_000).status == 201  # the longest input the app accepts arrives whole


def test_a_flood_from_one_device_gets_429_and_others_still_get_through(room_workshop):
    limits = RoomLimits(device_rate=1.0, device_burst=5.0)
    server = RoomServer(
        room_workshop.url, room_workshop.workshop_id, host="127.0.0.1", port=0, limits=limits
    ).start()
    try:
        flooder, calm = Client(server), Client(server)
        flooder.join()
        calm.join()
        statuses = [flooder.state().status for _ in range(20)]
        assert statuses[:5] == [200] * 5 and 429 in statuses
        refused = flooder.state()
        assert refused.status == 429 and "Too many" in refused.body["error"]
        assert calm.state().status == 200
    finally:
        server.stop()


def test_joining_floods_from_one_address_get_429(room_workshop):
    limits = RoomLimits(join_rate=0.1, join_burst=3.0)
    server = RoomServer(
        room_workshop.url, room_workshop.workshop_id, host="127.0.0.1", port=0, limits=limits
    ).start()
    try:
        statuses = [Client(server).join().status for _ in range(6)]
        assert statuses[:3] == [201] * 3 and statuses[3:] == [429] * 3
    finally:
        server.stop()


def test_security_headers_on_page_api_and_errors(room):
    c = Client(room)
    c.join()
    for answer in (
        call("GET", f"http://127.0.0.1:{room.port}/j/{room.code}"),
        c.state(),
        call("GET", f"http://127.0.0.1:{room.port}/nothing"),
        c.send(""),
    ):
        h = answer.headers
        csp = h["Content-Security-Policy"]
        assert "default-src 'none'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert h["X-Content-Type-Options"] == "nosniff" and h["Referrer-Policy"] == "no-referrer"
        assert "Server" not in h
    assert c.state().headers["Cache-Control"] == "no-store"
    page = call("GET", f"http://127.0.0.1:{room.port}/j/{room.code}").raw.decode()
    assert "<script>" not in page and " on" not in page.split("<body>")[1].split("=")[0]


def test_hostile_text_is_stored_as_typed_and_returned_as_json_text(room):
    c = Client(room)
    c.join()
    rid = c.send(HOSTILE).body["id"]
    own = c.state()
    assert own.body["own"][0]["text"] == HOSTILE
    assert own.headers["Content-Type"].startswith("application/json")
    assert b"<script>" not in call("GET", f"http://127.0.0.1:{room.port}/j/{room.code}").raw
    script = call("GET", f"http://127.0.0.1:{room.port}/j/{room.code}/app.js").raw.decode()
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script and "eval(" not in script
    assert rid


def test_a_declined_name_never_leaves_the_laptop(room, room_workshop):
    from plworkshop.services import responses
    from plworkshop.storage.opening import open_database

    # the facilitator typed input in the declined person's name; a device joined in their group
    db = open_database(room_workshop.url)
    try:
        position = room.session.position
        responses.record_response(
            db.uow(),
            room_workshop.workshop_id,
            condition=position.condition,
            stage=position.stage,
            question=position.question,
            text="typed by facilitator",
            participant_id=room_workshop.declined_id,
        )
    finally:
        db.dispose()
    c = Client(room)
    c.join(group="families")
    room.set_controls(voting_open=True)
    seen = []
    for method, url, body in [
        ("GET", f"http://127.0.0.1:{room.port}/j/{room.code}", None),
        ("GET", f"{c.base}/join", None),
    ]:
        seen.append(call(method, url, body).raw)
    seen.append(c.state().raw)
    seen.append(c.join(participant=room_workshop.declined_id).raw)
    for name in ("app.js", "i18n.js"):
        seen.append(call("GET", f"http://127.0.0.1:{room.port}/j/{room.code}/{name}").raw)
    blob = b"\n".join(seen)
    assert b"typed by facilitator" in blob  # the idea is there to vote on ...
    assert DECLINED_NAME.encode() not in blob and b"Declined" not in blob  # ... never the name


def test_the_server_listens_only_on_the_chosen_address(room_workshop):
    server = RoomServer(room_workshop.url, room_workshop.workshop_id, host="127.0.0.1", port=0).start()
    try:
        port = server.port
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
        others = [a for a in _this_machines_other_addresses()]
        for address in others:
            with pytest.raises(OSError):
                socket.create_connection((address, port), timeout=2).close()
        listening = _listening_addresses(port)
        assert listening == {"127.0.0.1"}, listening
    finally:
        server.stop()


def _this_machines_other_addresses() -> list[str]:
    from plworkshop.room.addresses import local_addresses

    return [a.host for a in local_addresses() if a.host != "127.0.0.1"]


def _listening_addresses(port: int) -> set[str]:
    """From /proc/net/tcp (Linux): the local addresses in LISTEN state on `port`."""
    import ipaddress
    from pathlib import Path

    found = set()
    for name in ("tcp", "tcp6"):
        table = Path(f"/proc/net/{name}")
        if not table.exists():
            continue
        for line in table.read_text().splitlines()[1:]:
            fields = line.split()
            local, state = fields[1], fields[3]
            address, port_hex = local.split(":")
            if state != "0A" or int(port_hex, 16) != port:
                continue
            raw = bytes.fromhex(address)
            if len(raw) == 4:
                found.add(str(ipaddress.IPv4Address(raw[::-1])))
            else:
                words = [raw[i : i + 4][::-1] for i in range(0, 16, 4)]
                found.add(str(ipaddress.IPv6Address(b"".join(words))))
    return found
