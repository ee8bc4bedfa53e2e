"""Cold start to the main window shown, and resident memory, against a bare PySide6 window.

Each round starts two new processes, `plworkshop gui --smoke-test --ready-ms --open <large workshop>`
and `bench/bare_window.py`, in alternating order. Start-up is the `startup_ms=N` each prints (process
age when the window is exposed); plworkshop also prints `ready_ms=N`, when the database is open and the
large workshop's pages are filled in. Memory is the peak resident set size the kernel reports.

Both run as an installed app does: with compiled bytecode (the warm-up pair writes it to a cache folder
in the benchmark's workspace), whatever `PYTHONDONTWRITEBYTECODE` the calling shell has set.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from bench.common import ROOT, Row, child_env, interleave, median, python
from bench.workspace import LargeWorkshop

RATIO_TARGET = 1.5
MEMORY_TARGET_MB = 250.0


def run_child(command: list[str], pycache: Path) -> tuple[float, float, float | None]:
    """(startup ms, peak RSS MB, ready ms or None) of one child process that prints startup_ms=N."""
    env = child_env(PYTHONPYCACHEPREFIX=str(pycache))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    child = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT
    )
    out, err = child.stdout.read(), child.stderr.read()
    _pid, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    child.stdout.close(), child.stderr.close()
    figures = dict(
        line.split("=", 1) for line in out.splitlines() if line.startswith(("startup_ms=", "ready_ms="))
    )
    if child.returncode != 0 or "startup_ms" not in figures:
        raise RuntimeError(f"{' '.join(command)} failed ({child.returncode}): {err.strip()[-800:]}")
    ready = float(figures["ready_ms"]) if "ready_ms" in figures else None
    return float(figures["startup_ms"]), usage.ru_maxrss / 1024, ready


def app_command(large: LargeWorkshop) -> list[str]:
    return [
        python(),
        "-m",
        "plworkshop",
        "--data-dir",
        str(large.data_dir),
        "gui",
        "--smoke-test",
        "--ready-ms",
        "--open",
        large.workshop_id,
    ]


def bare_command() -> list[str]:
    return [python(), str(Path(__file__).with_name("bare_window.py"))]


def rows(large: LargeWorkshop, rounds: int) -> list[Row]:
    pycache = large.data_dir.parent / "pycache"
    run_child(app_command(large), pycache), run_child(bare_command(), pycache)  # bytecode, file cache, backup
    samples: dict[str, list[tuple[float, float, float | None]]] = {"app": [], "bare": []}

    def app() -> float:
        samples["app"].append(run_child(app_command(large), pycache))
        return samples["app"][-1][0]

    def bare() -> float:
        samples["bare"].append(run_child(bare_command(), pycache))
        return samples["bare"][-1][0]

    mine, theirs = interleave(rounds, app, bare)
    app_mb = median([mb for _ms, mb, _ready in samples["app"]])
    bare_mb = median([mb for _ms, mb, _ready in samples["bare"]])
    ready_ms = median([ready for _ms, _mb, ready in samples["app"] if ready is not None])
    start_ms, bare_ms = median(mine), median(theirs)
    return [
        Row(
            "cold start to main window shown, large workshop open",
            start_ms,
            "ms",
            "≤ 1.5×",
            start_ms <= RATIO_TARGET * bare_ms,
            baseline=bare_ms,
            note=f"median of {rounds}; the window shows before the database opens",
        ),
        Row(
            "cold start until the large workshop is open and ready for input",
            ready_ms,
            "ms",
            "—",
            None,
            baseline=bare_ms,
            note=f"median of {rounds}; what fills the shown window",
        ),
        Row(
            "resident memory, large workshop open in the GUI",
            app_mb,
            "MB",
            "≤ 250 MB",
            app_mb <= MEMORY_TARGET_MB,
            baseline=bare_mb,
            note="peak RSS",
        ),
    ]
