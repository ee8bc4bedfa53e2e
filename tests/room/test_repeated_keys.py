"""A request body that names a key twice is refused: the room never guesses which value was meant."""

from __future__ import annotations

import uuid

from room_helpers import Client, call


def test_a_body_with_a_repeated_key_is_refused_and_nothing_is_recorded(room):
    c = Client(room)
    c.join()
    rid = str(uuid.uuid4())
    raw = f'{{"id": "{rid}", "text": "shown", "text": "hidden"}}'.encode()
    answer = call("POST", f"{c.base}/responses", raw=raw, token=c.token)
    assert answer.status == 400
    assert c.send("one value", rid).status == 201  # the id was not taken by the refused request
