"""Live updates to the room's pages as Server-Sent Events: one queue per open stream, fed by broadcasts.

SSE rather than WebSocket: updates only flow to the devices (what they send goes through the JSON API,
which answers only after the durable commit), browsers reconnect an EventSource by themselves, and it
is plain HTTP that every proxy and hotspot passes.
"""

from __future__ import annotations

import asyncio
import json

from aiohttp import web

KEEPALIVE_SECONDS = 15.0
STREAM_QUEUE = 32


class EventHub:
    """Every open stream's queue; `broadcast` runs on the server's event loop."""

    def __init__(self) -> None:
        self._queues: set[asyncio.Queue] = set()
        self._by_device: dict[str, int] = {}
        self.closing = False

    @property
    def connected(self) -> int:
        return len(self._queues)

    def devices_connected(self) -> int:
        return len(self._by_device)

    def broadcast(self, kind: str, data: dict) -> None:
        message = f"event: {kind}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n".encode()
        for q in list(self._queues):
            if q.full():  # a stalled device gets the newest state when it catches up
                try:
                    q.get_nowait()
                except asyncio.QueueEmpty:
                    pass
            q.put_nowait(message)

    def close_all(self) -> None:
        self.closing = True
        for q in list(self._queues):
            q.put_nowait(None)

    def streams_of(self, device_id: str) -> int:
        return self._by_device.get(device_id, 0)

    async def stream(self, request: web.Request, device_id: str, first: bytes) -> web.StreamResponse:
        response = web.StreamResponse(
            headers={
                "Content-Type": "text/event-stream; charset=utf-8",
                "Cache-Control": "no-store",
                "X-Accel-Buffering": "no",
            }
        )
        await response.prepare(request)
        q: asyncio.Queue = asyncio.Queue(STREAM_QUEUE)
        self._queues.add(q)
        self._by_device[device_id] = self._by_device.get(device_id, 0) + 1
        try:
            await response.write(b"retry: 2000\n\n" + first)
            while not self.closing:
                try:
                    message = await asyncio.wait_for(q.get(), KEEPALIVE_SECONDS)
                except TimeoutError:
                    message = b": keep-alive\n\n"
                if message is None:
                    break
                await response.write(message)
        except (ConnectionResetError, asyncio.CancelledError):
            pass
        finally:
            self._queues.discard(q)
            left = self._by_device.get(device_id, 1) - 1
            if left > 0:
                self._by_device[device_id] = left
            else:
                self._by_device.pop(device_id, None)
        return response
