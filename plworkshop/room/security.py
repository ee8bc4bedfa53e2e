"""Headers and refusals every answer of the room carries: CSP, no sniffing, no referrer, no caching."""

from __future__ import annotations

import json
import logging

from aiohttp import web

from plworkshop.domain.errors import InvalidValue, NotFound, PlworkshopError, StorageFailed

log = logging.getLogger(__name__)

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}

MESSAGES = {
    400: "The request could not be read.",
    401: "This device has not joined the room; join first.",
    404: "There is nothing here.",
    405: "That method is not allowed here.",
    409: "The room does not take this at the moment.",
    413: "The request is too large.",
    429: "Too many requests; wait a moment and try again.",
    500: "Something went wrong on the facilitator's laptop; try again.",
    503: "The room is busy; try again in a moment.",
}


def error(status: int, message: str | None = None) -> web.Response:
    return web.Response(
        status=status,
        content_type="application/json",
        charset="utf-8",
        text=json.dumps({"error": message or MESSAGES.get(status, "Refused.")}, ensure_ascii=False),
    )


async def add_headers(request: web.Request, response: web.StreamResponse) -> None:
    """Runs as every answer is prepared (errors and event streams too)."""
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    if request.path.startswith("/api/") or response.status >= 400:
        response.headers["Cache-Control"] = "no-store"
    response.headers.pop("Server", None)


def status_of(exc: PlworkshopError) -> int:
    from plworkshop.services.room.sessions import RoomClosed

    if isinstance(exc, RoomClosed):
        return 409
    if isinstance(exc, InvalidValue):
        return 400
    if isinstance(exc, NotFound):
        return 404
    if isinstance(exc, StorageFailed):
        return 503
    return 400


@web.middleware
async def json_errors(request: web.Request, handler):
    """Every refusal is JSON {"error": one sentence}; no traceback ever reaches a device."""
    try:
        return await handler(request)
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        return error(
            exc.status, None if exc.status != 413 else "The request is too large; send shorter text."
        )
    except PlworkshopError as exc:
        return error(status_of(exc), str(exc))
    except Exception:
        log.exception("A room request failed")
        return error(500)
