"""The room benchmark's baseline: the same library (aiohttp) answering the room's routes with no database.

Run as `python bench/room_bare.py PORT_FILE`: listens on 127.0.0.1 (a free port, written to PORT_FILE)
until killed. `BareRoom` is also used in-process for the fan-out baseline.
"""

from __future__ import annotations

import asyncio
import json
import secrets
import sys
import threading
from pathlib import Path

from aiohttp import web

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from plworkshop.room.events import EventHub  # noqa: E402


class BareRoom:
    """Routes with the room's shapes; answers come straight from memory."""

    def __init__(self) -> None:
        self.hub = EventHub()
        self.code = "bare"
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None

    def app(self) -> web.Application:
        app = web.Application(client_max_size=512 * 1024)
        r = app.router
        r.add_post("/api/{code}/join", self.join)
        r.add_post("/api/{code}/responses", self.send)
        r.add_post("/api/{code}/votes", self.vote)
        r.add_put("/api/{code}/placements/{condition}", self.place)
        r.add_get("/api/{code}/events", self.events)
        return app

    async def join(self, request):
        await request.read()
        return web.json_response({"device": secrets.token_urlsafe(32), "display": "Anonymous"}, status=201)

    async def send(self, request):
        body = json.loads(await request.read())
        return web.json_response({"id": body["id"]}, status=201)

    async def vote(self, request):
        await request.read()
        return web.json_response({"budget_left": 1})

    async def place(self, request):
        await request.read()
        return web.json_response({"condition": request.match_info["condition"]})

    async def events(self, request):
        return await self.hub.stream(request, secrets.token_hex(4), b"event: room\ndata: {}\n\n")

    # in-process use (the fan-out baseline)
    def start(self) -> BareRoom:
        ready = threading.Event()
        threading.Thread(target=self._serve, args=(ready,), daemon=True).start()
        ready.wait(10)
        return self

    def _serve(self, ready) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        self._runner = web.AppRunner(self.app(), access_log=None, shutdown_timeout=1.0)
        loop.run_until_complete(self._runner.setup())
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        loop.run_until_complete(site.start())
        self.port = self._runner.addresses[0][1]
        ready.set()
        loop.run_forever()

    def move_to(self, question: str) -> None:
        self._loop.call_soon_threadsafe(self.hub.broadcast, "room", {"question": question})

    def stop(self) -> None:
        async def down():
            self.hub.close_all()
            await self._runner.cleanup()

        asyncio.run_coroutine_threadsafe(down(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)


def main() -> None:
    bare = BareRoom().start()
    Path(sys.argv[1]).write_text(str(bare.port))
    threading.Event().wait()


if __name__ == "__main__":
    main()
