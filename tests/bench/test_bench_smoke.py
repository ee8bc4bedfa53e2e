"""A small smoke run of the benchmark runner: it runs and prints its table (never a timed assertion)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_quick_run_prints_the_table(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path))
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--quick", "--only", "record,import,gui"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    out = done.stdout
    assert "| figure | plworkshop | baseline | ratio | target | pass/fail |" in out
    for figure in (
        "record one response, committed durably",
        "record one response, p99",
        "import district bundles into one database",
        "GUI: scroll a 120-response list",
        "GUI: filter a 120-response list",
        "GUI: switch to the next question",
        "longest event-loop stall",
    ):
        assert figure in out, out
    assert "did not run" not in out, out
    assert "targets met" in out


def test_unknown_figure_is_refused():
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--only", "nonsense"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert done.returncode == 2
    assert "unknown figure" in done.stderr
