"""Rate and size limits: per device, per network address (for joining) and for the whole room."""

from __future__ import annotations

import time
from dataclasses import dataclass


@dataclass(frozen=True)
class RoomLimits:
    """The defaults let a room of a hundred type, vote and place freely, and stop one device's flood."""

    max_body: int = 512 * 1024  # bytes: a 100,000-character input (UTF-8, even emoji) fits
    device_rate: float = 10.0  # requests a second each device may keep up
    device_burst: float = 40.0
    join_rate: float = 2.0  # joins a second from one network address
    join_burst: float = 150.0  # a class behind one address can still join at once
    room_rate: float = 2000.0  # requests a second for the whole room
    room_burst: float = 4000.0
    max_connections: int = 1000  # requests in flight plus open event streams
    max_streams_per_device: int = 4


class TokenBucket:
    """Allows `rate` a second on average with bursts of up to `burst`."""

    __slots__ = ("burst", "rate", "stamp", "tokens")

    def __init__(self, rate: float, burst: float) -> None:
        self.rate, self.burst = rate, burst
        self.tokens, self.stamp = burst, time.monotonic()

    def take(self) -> bool:
        now = time.monotonic()
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            return True
        return False


class Buckets:
    """One bucket per key (a device, an address), forgetting the oldest past `max_keys`."""

    def __init__(self, rate: float, burst: float, max_keys: int = 10_000) -> None:
        self.rate, self.burst, self.max_keys = rate, burst, max_keys
        self._buckets: dict[str, TokenBucket] = {}

    def take(self, key: str) -> bool:
        bucket = self._buckets.get(key)
        if bucket is None:
            if len(self._buckets) >= self.max_keys:
                self._buckets.pop(next(iter(self._buckets)))
            bucket = self._buckets[key] = TokenBucket(self.rate, self.burst)
        return bucket.take()
