"""A device's JSON request to a room server on 127.0.0.1, for the desktop app's room tests."""

from __future__ import annotations

import json
import urllib.request


def post(url: str, body: dict, token: str | None = None, method: str = "POST") -> dict:
    """Send `body` as JSON; the answer's JSON (an HTTPError for a refusal)."""
    request = urllib.request.Request(
        url, data=json.dumps(body).encode(), method=method, headers={"Content-Type": "application/json"}
    )
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(request, timeout=20) as answer:
        return json.loads(answer.read())
