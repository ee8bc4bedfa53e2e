"""Time boxes of the agenda, without Qt: one countdown per condition, driven by an injectable clock.

A condition's timer starts by itself the first time the facilitator enters that condition. Leaving
the condition pauses it (it keeps its remaining time), and coming back resumes it unless the
facilitator had paused it by hand.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

Clock = Callable[[], float]

SOON_SECONDS = 5 * 60
FINAL_SECONDS = 60
EXTEND_SECONDS = 5 * 60

NORMAL, SOON, FINAL, OVER = "normal", "soon", "final", "over"


class AgendaTimer:
    """One countdown: a duration, the time already used, and whether it is running."""

    def __init__(self, seconds: int, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self.duration = float(seconds)
        self._used = 0.0
        self._running_since: float | None = None
        self.started = False
        self.extra = 0

    @property
    def running(self) -> bool:
        return self._running_since is not None

    def used(self) -> float:
        extra = self._clock() - self._running_since if self._running_since is not None else 0.0
        return self._used + extra

    def remaining(self) -> float:
        """Seconds left; negative once the time box is over."""
        return self.duration - self.used()

    def start(self) -> None:
        if self._running_since is None:
            self._running_since = self._clock()
            self.started = True

    def pause(self) -> None:
        if self._running_since is not None:
            self._used += self._clock() - self._running_since
            self._running_since = None

    def extend(self, seconds: int = EXTEND_SECONDS) -> None:
        self.duration += seconds
        self.extra += seconds

    def carry_on(self, used: float, extra: int) -> None:
        """Take up a countdown saved earlier: `used` seconds gone, `extra` seconds added to it."""
        self._used = max(0.0, float(used))
        self.duration += extra - self.extra
        self.extra = extra
        self.started = self.started or used > 0
        if self._running_since is not None:
            self._running_since = self._clock()

    def reset(self) -> None:
        self._used = 0.0
        if self._running_since is not None:
            self._running_since = self._clock()

    def level(self) -> str:
        """How close the end is: normal, soon (5 min left), final (1 min left) or over."""
        left = self.remaining()
        if left <= 0:
            return OVER
        if left <= FINAL_SECONDS:
            return FINAL
        if left <= SOON_SECONDS:
            return SOON
        return NORMAL


def format_seconds(seconds: float) -> str:
    """'12:05' for time left; '+0:42' once over time."""
    whole = int(seconds) if seconds >= 0 else -int(-seconds)
    if seconds > 0 and seconds != whole:
        whole += 1  # count down like a kitchen timer: 0.2 s left still shows 0:01
    sign = "+" if whole < 0 else ""
    minutes, secs = divmod(abs(whole), 60)
    return f"{sign}{minutes}:{secs:02d}"


@dataclass
class _Entry:
    timer: AgendaTimer
    paused_by_hand: bool = False


class AgendaTimers:
    """The timers of one workshop's agenda, following which condition the facilitator is on."""

    def __init__(self, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self._entries: dict[str, _Entry] = {}
        self.current: str | None = None

    def configure(self, minutes_by_condition: dict[str, int]) -> None:
        """Set the time boxes (agenda order does not matter); existing timers keep their state."""
        for key, minutes in minutes_by_condition.items():
            entry = self._entries.get(key)
            if entry is None:
                self._entries[key] = _Entry(AgendaTimer(minutes * 60, self._clock))
        for key in set(self._entries) - set(minutes_by_condition):
            del self._entries[key]

    def timer(self, key: str | None) -> AgendaTimer | None:
        entry = self._entries.get(key) if key else None
        return entry.timer if entry else None

    def enter(self, key: str | None) -> None:
        """The facilitator moved to `key` (None: nowhere); pause the one left, start or resume this one."""
        if key == self.current:
            return
        previous = self._entries.get(self.current) if self.current else None
        if previous is not None:
            previous.timer.pause()
        self.current = key
        entry = self._entries.get(key) if key else None
        if entry is not None and not entry.paused_by_hand:
            entry.timer.start()

    def toggle_pause(self) -> bool:
        """Pause or resume the current timer; returns True when it is now running."""
        entry = self._entries.get(self.current) if self.current else None
        if entry is None:
            return False
        if entry.timer.running:
            entry.timer.pause()
            entry.paused_by_hand = True
        else:
            entry.timer.start()
            entry.paused_by_hand = False
        return entry.timer.running

    def extend_current(self, seconds: int = EXTEND_SECONDS) -> None:
        timer = self.timer(self.current)
        if timer is not None:
            timer.extend(seconds)

    def states(self) -> list[tuple[str, float, int, bool]]:
        """(key, used seconds, extra seconds, paused by hand) of every time box that has started."""
        return [
            (key, e.timer.used(), e.timer.extra, e.paused_by_hand)
            for key, e in self._entries.items()
            if e.timer.started
        ]

    def carry_on(self, key: str, used: float, extra: int, paused_by_hand: bool) -> None:
        """Restore one time box saved earlier (ignored when it is no longer on the agenda)."""
        entry = self._entries.get(key)
        if entry is not None:
            entry.timer.carry_on(used, extra)
            entry.paused_by_hand = paused_by_hand

    def stop_all(self) -> None:
        for entry in self._entries.values():
            entry.timer.pause()
        self.current = None
