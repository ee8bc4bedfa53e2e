"""Cold start to the main window shown, and resident memory, against a bare PySide6 window.

Each round starts two new processes, `plworkshop gui --smoke-test --open <large workshop>` and
`bench/bare_window.py`, in alternating order. Start-up is the `startup_ms=N` each prints (process age
when the window is exposed); memory is the peak resident set size the kernel reports for the child.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from bench.common import ROOT, Row, child_env, interleave, median, python
from bench.workspace import LargeWorkshop

RATIO_TARGET = 1.5
MEMORY_TARGET_MB = 250.0


def run_child(command: list[str]) -> tuple[float, float]:
    """(startup ms, peak RSS MB) of one child process that prints startup_ms=N."""
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env=child_env(), cwd=ROOT)
    out, err = child.stdout.read(), child.stderr.read()
    _pid, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    child.stdout.close(), child.stderr.close()
    line = next((l for l in out.splitlines() if l.startswith("startup_ms=")), None)
    if child.returncode != 0 or line is None:
        raise RuntimeError(f"{' '.join(command)} failed ({child.returncode}): {err.strip()[-800:]}")
    return float(line.split("=", 1)[1]), usage.ru_maxrss / 1024


def app_command(large: LargeWorkshop) -> list[str]:
    return [python(), "-m", "plworkshop", "--data-dir", str(large.data_dir), "gui", "--smoke-test",
            "--open", large.workshop_id]


def bare_command() -> list[str]:
    return [python(), str(Path(__file__).with_name("bare_window.py"))]


def rows(large: LargeWorkshop, rounds: int) -> list[Row]:
    run_child(app_command(large)), run_child(bare_command())  # warm the file cache; the daily backup
    samples: dict[str, list[tuple[float, float]]] = {"app": [], "bare": []}

    def app() -> float:
        samples["app"].append(run_child(app_command(large)))
        return samples["app"][-1][0]

    def bare() -> float:
        samples["bare"].append(run_child(bare_command()))
        return samples["bare"][-1][0]

    mine, theirs = interleave(rounds, app, bare)
    app_mb = median([mb for _ms, mb in samples["app"]])
    bare_mb = median([mb for _ms, mb in samples["bare"]])
    start_ms, bare_ms = median(mine), median(theirs)
    return [
        Row("cold start to main window shown, large workshop open", start_ms, "ms", "≤ 1.5×",
            start_ms <= RATIO_TARGET * bare_ms, baseline=bare_ms, note=f"median of {rounds}"),
        Row("resident memory, large workshop open in the GUI", app_mb, "MB", "≤ 250 MB",
            app_mb <= MEMORY_TARGET_MB, baseline=bare_mb, note="peak RSS"),
    ]
