"""Kill -9 rounds against the crash probe; shared by the test suite (few rounds) and bench/ (a soak)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

PROBE = Path(__file__).with_name("crash_probe.py")  # run by path: the probe needs only plworkshop


@dataclass
class RoundResult:
    acknowledged: int
    integrity: str
    missing: int


def _collect(stream, lines: list[str], ready: threading.Event) -> None:
    for line in stream:
        if line.startswith("ready"):
            ready.set()
        else:
            lines.append(line.strip())


def kill_round(
    database_file: Path, workshop_id: str, *, rng: random.Random, max_delay: float = 0.8
) -> RoundResult:
    """Start the probe, SIGKILL it after a random time, and check what it acknowledged is all there."""
    url = f"sqlite:///{database_file}"
    child = subprocess.Popen(
        [sys.executable, str(PROBE), url, workshop_id], stdout=subprocess.PIPE, text=True, bufsize=1
    )
    lines: list[str] = []
    ready = threading.Event()
    reader = threading.Thread(target=_collect, args=(child.stdout, lines, ready), daemon=True)
    reader.start()
    if not ready.wait(60):
        child.kill()
        raise RuntimeError("crash probe did not start")
    time.sleep(rng.uniform(0.0, max_delay))
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    reader.join(10)
    acked = {kind: {line.split()[1] for line in lines if line.startswith(kind + " ")} for kind in "RA"}
    conn = sqlite3.connect(database_file)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        have_r = {row[0] for row in conn.execute("SELECT id FROM responses")}
        have_a = {row[0] for row in conn.execute("SELECT id FROM action_items")}
    finally:
        conn.close()
    missing = len(acked["R"] - have_r) + len(acked["A"] - have_a)
    return RoundResult(acknowledged=len(acked["R"]) + len(acked["A"]), integrity=integrity, missing=missing)
