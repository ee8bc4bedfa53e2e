"""Child process for the room's GUI figure: the real main window, offscreen, with a room session.

    python -m bench.room_gui_probe DATA_DIR WORKSHOP_ID IDLE_S LIMIT_S [projector]

Opens the workshop on the facilitation page at its first question (with the projector view: its second),
starts a room session on 127.0.0.1 (voting open, 30 dots per device) and measures event-loop gaps with
a 10 ms QTimer: first `IDLE_S` seconds with the room running and no device (the baseline), then while
the parent process's simulated devices send, until the parent writes a line to stdin (or `LIMIT_S`
passes: the loop always ends).
Prints `room BASE CONDITION` when the devices may start, then one JSON object.
"""

from __future__ import annotations

import gc
import json
import sys
import threading
import time
from pathlib import Path

from bench.gui_probe import start

VOTES = 30


def _gaps(ticks: list[float]) -> list[tuple[float, float]]:
    """(gap in ms, when it began) between consecutive ticks."""
    return [((b - a) * 1000, a) for a, b in zip(ticks, ticks[1:])]


def _probe(app, ticks: list[float], until) -> None:
    """Run the event loop as the app would until `until()` says stop (bounded by the caller)."""
    while not until():
        app.processEvents()
        time.sleep(0.001)


def measure(data_dir: Path, workshop_id: str, idle_s: float, limit_s: float, projector: bool = False) -> dict:
    from PySide6.QtCore import QTimer

    from plworkshop.services import workshops
    from plworkshop.ui.shell.pages import FACILITATE

    app, ctx, window = start(data_dir)
    ctx.call(workshops.set_votes_per_person, workshop_id, VOTES)
    window.open_workshop(workshop_id, page=FACILITATE)
    page = window.page(FACILITATE)
    page.step(1)
    if projector:  # the next question, so both runs start from the same few hundred ideas
        page.step(1)
        window.open_projector()
    app.processEvents()
    room = window.room_controller()
    room.start(workshop_id, host="127.0.0.1", port=0, fresh_code=True)
    position = page.position
    room.follow(position.condition, position.stage or 0, position.question or "")
    room.set_controls(voting_open=True)
    refreshes = [0]  # how often the window heard of room writes (at most one every 250 ms)
    room.room_input.connect(lambda _kinds: refreshes.__setitem__(0, refreshes[0] + 1))
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    idle_until = time.perf_counter() + idle_s
    _probe(app, ticks, lambda: time.perf_counter() >= idle_until)
    idle = _gaps(ticks)
    ticks.clear()

    finished = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.readline(), finished.set()), daemon=True).start()
    server = room.server
    print(f"room http://127.0.0.1:{server.port}/api/{server.code} {position.condition}", flush=True)
    started = time.perf_counter()
    ticks.append(started)
    collections: list[tuple[float, float, int]] = []
    gc_began = [0.0]

    def gc_probe(phase: str, info: dict) -> None:
        if phase == "start":
            gc_began[0] = time.perf_counter()
        else:
            collections.append((gc_began[0], (time.perf_counter() - gc_began[0]) * 1000, info["generation"]))

    gc.callbacks.append(gc_probe)
    _probe(app, ticks, lambda: finished.is_set() or time.perf_counter() - started > limit_s)
    for _ in range(20):  # what the last writes set off (a reload, a repaint) is probed too
        app.processEvents()
        time.sleep(0.01)
    timer.stop()
    gc.callbacks.remove(gc_probe)
    busy = _gaps(ticks)
    worst = sorted(busy)[-5:]
    result = {
        "stall_max_ms": max((g for g, _ in busy), default=0.0),
        "idle_max_ms": max((g for g, _ in idle), default=0.0),
        "seconds": time.perf_counter() - started,
        "ticks": len(ticks),
        "refreshes": refreshes[0],
        "rows_listed": page.responses.proxy.rowCount(),
        "vote_line": page.responses.room_budget.text(),
        "worst_gaps": [(round(g), round(at - started, 2)) for g, at in worst],
        "slowest_gc": sorted(
            ((round(ms), g, round(at - started, 2)) for at, ms, g in collections), reverse=True
        )[:3],
        "finished": finished.is_set(),
    }
    room.stop()
    window.close()
    ctx.session.close()
    return result


def main(argv: list[str]) -> int:
    data_dir, workshop_id, idle_s, limit_s, *rest = argv
    result = measure(
        Path(data_dir), workshop_id, float(idle_s), float(limit_s), projector=rest == ["projector"]
    )
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
