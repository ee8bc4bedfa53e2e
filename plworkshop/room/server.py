"""The room server: aiohttp on its own thread and loop, the single writer, and the facilitator's controls.

The desktop app (through the thin adapter in `plworkshop.ui.room`) and `plworkshop serve` both run a
`RoomServer`. It opens its own connections to the workshop's database (SQLite in WAL lets the app's
connection and these work side by side); every write goes through `GroupWriter`, so an answer is sent
only after the durable commit, and the app's event loop never waits on the room.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from aiohttp import web

from plworkshop.room.events import EventHub
from plworkshop.room.limits import Buckets, RoomLimits, TokenBucket
from plworkshop.room.routes import RoomRoutes
from plworkshop.room.security import add_headers, error, json_errors
from plworkshop.room.writer import GroupWriter
from plworkshop.services.room import devices, sessions
from plworkshop.services.room.views import DeviceView, Position, RoomSessionView
from plworkshop.storage.engine import make_engine
from plworkshop.storage.opening import sqlite_path
from plworkshop.storage.unit_of_work import Database
from plworkshop.storage.users_lock import DatabaseUsers

log = logging.getLogger(__name__)

Listener = Callable[[list[Any]], None]
IDEAS_DEBOUNCE = 0.5


class RoomServer:
    """Serve one workshop's room on `host:port` (port 0: any free port) until `stop()`."""

    def __init__(
        self,
        database_url: str,
        workshop_id: str,
        *,
        host: str,
        port: int = 0,
        fresh_code: bool = False,
        limits: RoomLimits | None = None,
    ) -> None:
        self.database_url = database_url
        self.workshop_id = workshop_id
        self.host = host
        self.port = port
        self.limits = limits or RoomLimits()
        self.fresh_code = fresh_code
        self.hub = EventHub()
        self.device_buckets = Buckets(self.limits.device_rate, self.limits.device_burst)
        self.join_buckets = Buckets(self.limits.join_rate, self.limits.join_burst)
        self._room_bucket = TokenBucket(self.limits.room_rate, self.limits.room_burst)
        self._in_flight = 0
        self._listeners: list[Listener] = []
        self._devices: dict[str, DeviceView] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._ideas_pending = False
        self.session: RoomSessionView | None = None
        self.writer: GroupWriter | None = None
        self.reader: Database | None = None
        self._reads: ThreadPoolExecutor | None = None

    # --- what the facilitator and the tests use ----------------------------------------------
    @property
    def code(self) -> str:
        return self.session.code if self.session else ""

    @property
    def session_id(self) -> str:
        return self.session.id if self.session else ""

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/j/{self.code}"

    @property
    def connected_devices(self) -> int:
        """Devices with the page open right now (an open live-update stream)."""
        return self.hub.devices_connected()

    def add_listener(self, listener: Listener) -> None:
        """`listener(notes)` runs on the writer's thread after each durable group of room writes."""
        self._listeners.append(listener)

    def start(self) -> RoomServer:
        # The room writes through engines of its own: like any writer it is a user of the database file
        # until it stops, so a restore (even from this app) is refused meanwhile instead of swapping the
        # file under it.
        path = sqlite_path(self.database_url)
        users = DatabaseUsers(path).share() if path is not None else None
        self.reader = Database(make_engine(self.database_url), on_dispose=users.release if users else None)
        self.writer = GroupWriter(self.database_url, on_committed=self._committed)
        self._reads = ThreadPoolExecutor(max_workers=2, thread_name_prefix="room-read")
        try:
            self.session = self.writer.call(
                lambda uow: sessions.open_session(
                    uow, self.workshop_id, host=self.host, port=self.port, fresh_code=self.fresh_code
                )
            )
            ready = threading.Event()
            failure: list[BaseException] = []
            self._thread = threading.Thread(
                target=self._serve, args=(ready, failure), name="room-server", daemon=True
            )
            self._thread.start()
            ready.wait(30)
            if failure:
                raise failure[0]
            if self.session.port != self.port:
                self.session = self.writer.call(
                    lambda uow: sessions.open_session(uow, self.workshop_id, host=self.host, port=self.port)
                )
        except BaseException:
            self._close_workers()
            raise
        return self

    def stop(self) -> None:
        """Close every stream and the port; the session stays open in the database (it resumes)."""
        loop, thread = self._loop, self._thread
        if loop is not None and thread is not None and thread.is_alive():
            asyncio.run_coroutine_threadsafe(self._shutdown(), loop).result(30)
            loop.call_soon_threadsafe(loop.stop)
            thread.join(30)
        self._loop = self._thread = None
        self._close_workers()

    def end(self) -> None:
        """End the session for good (its code stops working), then stop serving."""
        if self.writer is not None and self.session is not None:
            session_id = self.session_id
            self.session = self.writer.call(lambda uow: sessions.end_session(uow, session_id))
            self._broadcast_room()
        self.stop()

    def move_to(self, condition: str | None, stage: int | None, question: str | None) -> None:
        session_id = self.session_id
        self.session = self.writer.call(
            lambda uow: sessions.move_to(uow, session_id, Position(condition, stage, question))
        )
        self._broadcast_room()

    def set_controls(self, **changes: bool) -> None:
        """input_open, voting_open, counts_hidden, hold_for_approval."""
        session_id = self.session_id
        self.session = self.writer.call(lambda uow: sessions.set_controls(uow, session_id, **changes))
        self._broadcast_room()
        self.ideas_changed()

    def approve(self, response_id: str) -> None:
        session_id = self.session_id
        self.writer.call(
            lambda uow: sessions.approve(uow, session_id, response_id), ("approved", response_id)
        )

    def ideas_changed(self) -> None:
        """The current question's ideas changed outside the room (the facilitator withdrew one, say)."""
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._ideas_soon)

    def device_count(self) -> int:
        """Devices that joined this session (connected now or not)."""
        return devices.count_devices(self.reader.uow(), self.session_id)

    # --- used by the routes ----------------------------------------------------------------------
    async def read(self, fn, *args):
        return await asyncio.get_running_loop().run_in_executor(self._reads, fn, self.reader.uow(), *args)

    async def device_for(self, token: str) -> DeviceView | None:
        found = self._devices.get(token)
        if found is None:
            found = await self.read(devices.device_by_token, self.session_id, token)
            if found is not None:
                if len(self._devices) > 10_000:
                    self._devices.clear()
                self._devices[token] = found
        return found

    def room_event(self) -> bytes:
        return f"event: room\ndata: {json.dumps(self._room_data(), ensure_ascii=False)}\n\n".encode()

    # --- inside -------------------------------------------------------------------------------
    def _room_data(self) -> dict:
        s = self.session
        return {
            "condition": s.position.condition,
            "stage": s.position.stage,
            "question": s.position.question,
            "input_open": s.input_open and not s.ended,
            "voting_open": s.voting_open and not s.ended,
            "counts_hidden": s.counts_hidden and s.voting_open,
            "ended": s.ended,
        }

    def _broadcast_room(self) -> None:
        if self._loop is not None:
            data = self._room_data()
            self._loop.call_soon_threadsafe(self.hub.broadcast, "room", data)

    def _ideas_soon(self) -> None:
        if not self._ideas_pending:
            self._ideas_pending = True
            self._loop.call_later(IDEAS_DEBOUNCE, self._ideas_now)

    def _ideas_now(self) -> None:
        self._ideas_pending = False
        self.hub.broadcast("ideas", {"question": self.session.position.question})

    def _committed(self, notes: list[Any]) -> None:
        if any(
            kind in ("response", "approved") or (kind == "vote" and not self.session.counts_hidden)
            for kind, _ in notes
        ):
            self.ideas_changed()
        for listener in list(self._listeners):
            listener(notes)

    def _app(self) -> web.Application:
        app = web.Application(client_max_size=self.limits.max_body, middlewares=[self._gate, json_errors])
        app.on_response_prepare.append(add_headers)
        RoomRoutes(self).add_to(app)
        return app

    @web.middleware
    async def _gate(self, request: web.Request, handler):
        """The room-wide limits: requests in flight plus open streams, and requests a second."""
        if self._in_flight >= self.limits.max_connections or not self._room_bucket.take():
            return error(429)
        self._in_flight += 1
        try:
            return await handler(request)
        finally:
            self._in_flight -= 1

    def _serve(self, ready: threading.Event, failure: list) -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)
        try:
            self._runner = web.AppRunner(
                self._app(), access_log=None, handle_signals=False, shutdown_timeout=2.0
            )
            loop.run_until_complete(self._runner.setup())
            site = web.TCPSite(self._runner, self.host, self.port, backlog=256)
            loop.run_until_complete(site.start())
            self.port = self._runner.addresses[0][1]
        except BaseException as exc:  # noqa: BLE001 - handed to start(), which raises it
            failure.append(exc)
            ready.set()
            loop.close()
            return
        self._loop = loop
        ready.set()
        try:
            loop.run_forever()
        finally:
            loop.close()

    async def _shutdown(self) -> None:
        self.hub.close_all()
        # let every stream send what is queued (the "session ended" message) before connections close
        for _ in range(100):
            if not self.hub.connected:
                break
            await asyncio.sleep(0.01)
        await self._runner.cleanup()

    def _close_workers(self) -> None:
        if self.writer is not None:
            self.writer.stop()
            self.writer = None
        if self._reads is not None:
            self._reads.shutdown(wait=True)
            self._reads = None
        if self.reader is not None:
            self.reader.dispose()
            self.reader = None
