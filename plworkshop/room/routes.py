"""The room's JSON API and page: every path carries the join code; a wrong code is answered 404."""

from __future__ import annotations

import asyncio
import json
import secrets
from dataclasses import asdict
from typing import TYPE_CHECKING

from aiohttp import web

from plworkshop.domain import strict_json
from plworkshop.domain.errors import InvalidValue
from plworkshop.room import pages
from plworkshop.room.security import error
from plworkshop.services.room import contributions, devices, state
from plworkshop.services.room.views import DeviceState, DeviceView

if TYPE_CHECKING:
    from plworkshop.room.server import RoomServer

COOKIE = "plw_device"


def _json(data, status: int = 200) -> web.Response:
    return web.Response(
        status=status,
        content_type="application/json",
        charset="utf-8",
        text=json.dumps(data, ensure_ascii=False),
    )


async def _body(request: web.Request) -> dict:
    raw = await request.read()  # refused with 413 past the application's client_max_size
    try:
        data = strict_json.loads(raw.decode("utf-8")) if raw else None  # a key said twice is refused
    except (UnicodeDecodeError, ValueError):
        raise InvalidValue("body", "The request must be JSON.") from None
    if not isinstance(data, dict):
        raise InvalidValue("body", "The request must be a JSON object.")
    return data


def state_json(s: DeviceState, device: DeviceView) -> dict:
    where = s.session.position
    return {
        "condition": {"key": where.condition, "title": s.condition_title} if where.condition else None,
        "stage": {"number": where.stage, "name": s.stage_name} if where.stage is not None else None,
        "question": {"key": where.question, "text": s.question_text} if where.question else None,
        "input_open": s.session.input_open and not s.session.ended,
        "voting_open": s.session.voting_open and not s.session.ended,
        "counts_hidden": s.session.counts_hidden and s.session.voting_open,
        "ended": s.session.ended,
        "device": {"display": device.display},
        "budget": s.budget,
        "budget_left": s.budget_left,
        "own": [asdict(o) for o in s.own],
        "ideas": [asdict(i) for i in s.ideas],
        "placement": (
            {"condition": where.condition, "stage": s.placement_stage, "note": s.placement_note}
            if s.placement_stage is not None
            else None
        ),
    }


class RoomRoutes:
    """Request handlers; reads go to a reader thread pool, writes to the single group writer."""

    def __init__(self, server: RoomServer) -> None:
        self.server = server

    def add_to(self, app: web.Application) -> None:
        r = app.router
        r.add_get("/j/{code}", self.page)
        r.add_get("/j/{code}/{asset}", self.asset)
        r.add_get("/api/{code}/join", self.join_options)
        r.add_post("/api/{code}/join", self.join)
        r.add_get("/api/{code}/state", self.state)
        r.add_post("/api/{code}/responses", self.send)
        r.add_patch("/api/{code}/responses/{id}", self.change)
        r.add_post("/api/{code}/votes", self.vote)
        r.add_put("/api/{code}/placements/{condition}", self.place)
        r.add_get("/api/{code}/events", self.events)

    # --- checks -------------------------------------------------------------------------------
    def _check_code(self, request: web.Request) -> None:
        code = request.match_info.get("code", "")
        if not secrets.compare_digest(code.encode(), self.server.code.encode()):
            raise web.HTTPNotFound()

    async def _device(self, request: web.Request) -> DeviceView:
        self._check_code(request)
        header = request.headers.get("Authorization", "")
        token = header[7:].strip() if header.startswith("Bearer ") else request.cookies.get(COOKIE, "")
        if not token or len(token) > 200:
            raise web.HTTPUnauthorized()
        device = await self.server.device_for(token)
        if device is None:
            raise web.HTTPUnauthorized()
        if not self.server.device_buckets.take(device.id):
            raise web.HTTPTooManyRequests()
        return device

    async def _write(self, write, note=None):
        return await asyncio.wrap_future(self.server.writer.submit(write, note))

    # --- the page -----------------------------------------------------------------------------
    async def page(self, request: web.Request) -> web.Response:
        self._check_code(request)
        return web.Response(
            text=pages.page_html(self.server.code),
            content_type="text/html",
            charset="utf-8",
            headers={"Cache-Control": "no-store"},
        )

    async def asset(self, request: web.Request) -> web.Response:
        self._check_code(request)
        found = pages.asset(request.match_info["asset"])
        if found is None:
            raise web.HTTPNotFound()
        body, content_type = found
        return web.Response(
            body=body, content_type=content_type, charset="utf-8", headers={"Cache-Control": "no-cache"}
        )

    # --- joining ------------------------------------------------------------------------------
    async def join_options(self, request: web.Request) -> web.Response:
        self._check_code(request)
        options = await self.server.read(devices.join_options, self.server.workshop_id)
        return _json(
            {
                "people": [{"id": pid, "name": name} for pid, name in options.people],
                "stakeholder_groups": [{"key": k, "label": label} for k, label in options.groups],
            }
        )

    async def join(self, request: web.Request) -> web.Response:
        self._check_code(request)
        if not self.server.join_buckets.take(request.remote or "?"):
            raise web.HTTPTooManyRequests()
        body = await _body(request)
        session_id = self.server.session_id
        device, token = await self._write(
            lambda uow: devices.join(
                uow,
                session_id,
                participant_id=body.get("participant"),
                stakeholder_group=body.get("stakeholder_group"),
            ),
            ("device", None),
        )
        response = _json({"device": token, "display": device.display}, 201)
        response.set_cookie(
            COOKIE,
            token,
            path=f"/api/{self.server.code}",
            httponly=True,
            samesite="Strict",
            max_age=2 * 24 * 3600,
        )
        return response

    # --- a device's own page ------------------------------------------------------------------
    async def state(self, request: web.Request) -> web.Response:
        device = await self._device(request)
        found = await self.server.read(state.device_state, device)
        return _json(state_json(found, device))

    async def send(self, request: web.Request) -> web.Response:
        device = await self._device(request)
        body = await _body(request)
        sent = await self._write(
            lambda uow: contributions.send_response(
                uow,
                device,
                body.get("id"),
                body.get("text"),
                condition=body.get("condition"),
                question=body.get("question"),
            ),
            ("response", body.get("id")),
        )
        return _json({"id": sent.id, "question": sent.question}, 201 if sent.created else 200)

    async def change(self, request: web.Request) -> web.Response:
        device = await self._device(request)
        body = await _body(request)
        rid = request.match_info["id"]
        await self._write(
            lambda uow: contributions.change_response(
                uow, device, rid, text=body.get("text"), withdrawn=body.get("withdrawn")
            ),
            ("response", rid),
        )
        return _json({"id": rid})

    async def vote(self, request: web.Request) -> web.Response:
        device = await self._device(request)
        body = await _body(request)
        left = await self._write(
            lambda uow: contributions.vote(uow, device, body.get("response"), body.get("delta")),
            ("vote", body.get("response")),
        )
        return _json({"budget_left": left})

    async def place(self, request: web.Request) -> web.Response:
        device = await self._device(request)
        body = await _body(request)
        condition = request.match_info["condition"]
        await self._write(
            lambda uow: contributions.place(uow, device, condition, body.get("stage"), body.get("note")),
            ("placement", condition),
        )
        return _json({"condition": condition, "stage": body.get("stage")})

    async def events(self, request: web.Request) -> web.StreamResponse:
        device = await self._device(request)
        hub = self.server.hub
        if hub.streams_of(device.id) >= self.server.limits.max_streams_per_device:
            return error(429, "This device already has the room open in several tabs; close one.")
        return await hub.stream(request, device.id, self.server.room_event())
