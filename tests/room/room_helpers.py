"""A small workshop for the room's tests, a running server on 127.0.0.1, and a JSON client."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass

from plworkshop.framework.loader import load_default_pack
from plworkshop.services import agenda, roster, workshops
from plworkshop.storage.opening import open_database

DECLINED_NAME = "Dana Declined-Zebra"
HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)> \u202eRTL\u202c 🎉 & "quotes"'


@dataclass
class RoomWorkshop:
    url: str
    workshop_id: str
    named_id: str
    declined_id: str
    conditions: tuple[str, ...]


def make_room_workshop(tmp_path) -> RoomWorkshop:
    url = f"sqlite:///{tmp_path / 'room.db'}"
    db = open_database(url)
    try:
        w = workshops.create_workshop(db.uow(), title="Room test convening")
        people = roster.add_participants(
            db.uow(),
            w.id,
            [
                roster.NewParticipant(name="Ana Named", stakeholder_group="teachers-and-unions"),
                roster.NewParticipant(
                    name=DECLINED_NAME, stakeholder_group="families", named_in_report=False
                ),
            ],
        )
        keys = tuple(c.key for c in load_default_pack().conditions[:2])
        agenda.set_agenda(db.uow(), w.id, [(k, 30) for k in keys])
        workshops.set_votes_per_person(db.uow(), w.id, 3)
    finally:
        db.dispose()
    return RoomWorkshop(url, w.id, people[0].id, people[1].id, keys)


@dataclass
class Answer:
    status: int
    body: dict | None
    headers: dict
    raw: bytes


def call(
    method: str,
    url: str,
    body=None,
    *,
    token: str | None = None,
    raw: bytes | None = None,
    headers: dict | None = None,
) -> Answer:
    data = raw
    if data is None and body is not None:
        data = json.dumps(body, ensure_ascii=False).encode()
    request = urllib.request.Request(url, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=20) as answer:
            status, payload, hdrs = answer.status, answer.read(), dict(answer.headers)
    except urllib.error.HTTPError as exc:
        status, payload, hdrs = exc.code, exc.read(), dict(exc.headers)
    try:
        parsed = json.loads(payload) if payload and "json" in hdrs.get("Content-Type", "") else None
    except ValueError:
        parsed = None
    return Answer(status, parsed, hdrs, payload)


class Client:
    """One simulated device."""

    def __init__(self, server) -> None:
        self.base = f"http://127.0.0.1:{server.port}/api/{server.code}"
        self.token: str | None = None

    def join(self, participant=None, group=None) -> Answer:
        answer = call("POST", f"{self.base}/join", {"participant": participant, "stakeholder_group": group})
        if answer.status == 201:
            self.token = answer.body["device"]
        return answer

    def state(self) -> Answer:
        return call("GET", f"{self.base}/state", token=self.token)

    def send(self, text, rid=None, *, typed_for: tuple[str, str] | None = None) -> Answer:
        """`typed_for` is the (condition, question) the page showed when the text was typed."""
        body = {"id": rid or str(uuid.uuid4()), "text": text}
        if typed_for is not None:
            body["condition"], body["question"] = typed_for
        return call("POST", f"{self.base}/responses", body, token=self.token)

    def patch(self, rid, body) -> Answer:
        return call("PATCH", f"{self.base}/responses/{rid}", body, token=self.token)

    def vote(self, rid, delta=1) -> Answer:
        return call("POST", f"{self.base}/votes", {"response": rid, "delta": delta}, token=self.token)

    def place(self, condition, stage, note="") -> Answer:
        return call(
            "PUT", f"{self.base}/placements/{condition}", {"stage": stage, "note": note}, token=self.token
        )
