"""A small run of the room's GUI-stall benchmark: the real window serves simulated devices on 127.0.0.1,
shows what they send live, and the row is printed (never a timed assertion)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_quick_room_gui_stall_prints_its_row_and_the_window_kept_up(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-m", "bench.room_gui", "--quick"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    row = next(line for line in done.stdout.splitlines() if "longest event-loop stall while the room" in line)
    answers = int(re.search(r"(\d+) durable answers shown live", row).group(1))
    refreshes = int(re.search(r"in (\d+) refreshes", row).group(1))
    assert answers > 20 and 0 < refreshes < answers  # many writes, shown in fewer, grouped refreshes
    assert "Room voting: 10 devices, 30 dots each" in row  # the vote line followed the room
    assert not any(p.name.startswith("plworkshop-room-gui-") for p in tmp_path.iterdir())  # cleaned up
