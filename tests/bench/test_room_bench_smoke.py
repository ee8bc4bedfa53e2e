"""A small run of the room's load benchmark: it runs, prints its table, nothing acknowledged is missing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_quick_room_load_prints_the_table_and_loses_nothing(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path))
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "room_load.py"), "--quick"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=400,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    out = done.stdout
    for figure in ("room: durable answer p99", "room: next question reaches every device, p95"):
        assert figure in out, out
    lines = {line.split(" (")[0].strip("| "): line for line in out.splitlines() if line.startswith("| room:")}
    assert "| 0 records |" in lines["room: acknowledged records missing"]
    assert "| 0 records |" in lines["room: missing after kill -9"]
