"""What every benchmark shares: a result row, medians and percentiles, interleaving, the table, sizes.

Figures on a shared two-core machine are noisy, so each benchmark runs the app and its baseline in
alternation (`interleave`) and reports medians; the table says pass or fail against the issue's target.
"""

from __future__ import annotations

import math
import os
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Scale:
    """How big and how often: `full` for the real run, `quick` for the smoke test (seconds)."""

    name: str
    participants: int
    responses: int
    action_items: int
    repeats: int  # interleaved rounds for whole-process or whole-report figures
    records: int  # single-response commits per side for the recording figure
    bundles: int  # district bundles to import
    gui_steps: int  # scroll / filter / switch steps per GUI figure

    @property
    def size(self):
        from bench.workloads.large_workshop import WorkshopSize

        return WorkshopSize(self.participants, self.responses, self.action_items)


FULL = Scale("full", 150, 3000, 200, repeats=5, records=300, bundles=100, gui_steps=30)
QUICK = Scale("quick", 12, 120, 8, repeats=1, records=10, bundles=3, gui_steps=3)


@dataclass
class Row:
    """One line of the table. `app` and `baseline` are in `unit`; ratio = app / baseline."""

    figure: str
    app: float
    unit: str
    target: str
    passed: bool | None  # None: a figure shown for context, with no target of its own
    baseline: float | None = None
    note: str = ""
    higher_is_better: bool = False  # a rate: the ratio is then baseline / app (times slower)

    @property
    def ratio(self) -> float | None:
        """How many times the baseline's cost plworkshop's is (above 1: slower than the baseline)."""
        if self.baseline in (None, 0) or self.app == 0:
            return None
        return self.baseline / self.app if self.higher_is_better else self.app / self.baseline


def median(values: list[float]) -> float:
    return statistics.median(values) if values else math.nan


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0–100), nearest-rank: with 300 samples p99 is the third-largest."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def interleave(rounds: int, app: Callable[[], float], baseline: Callable[[], float]) -> tuple[list, list]:
    """Run app and baseline alternately (the order flips every round); the values each returned."""
    mine: list[float] = []
    theirs: list[float] = []
    for i in range(rounds):
        pair = ((app, mine), (baseline, theirs))
        for fn, into in pair if i % 2 == 0 else pair[::-1]:
            into.append(fn())
    return mine, theirs


def timed(fn: Callable[[], object]) -> float:
    """Seconds `fn()` took."""
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def python() -> str:
    """The interpreter of this run (the project's venv when started by bench/run)."""
    return sys.executable


def child_env(**extra: str) -> dict[str, str]:
    """Environment for child processes: offscreen Qt, the repo importable, no user profile touched."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    env.update(extra)
    return env


def fmt(value: float | None, unit: str) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if unit == "x":
        return f"{value:.2f}×"
    if unit in ("ms",):
        return f"{value:,.1f} ms" if value < 100 else f"{value:,.0f} ms"
    if unit == "s":
        return f"{value:.2f} s"
    if unit == "MB":
        return f"{value:,.0f} MB"
    return f"{value:,.0f} {unit}"


def table(rows: list[Row]) -> str:
    """The Markdown table the runner prints (and docs/performance.md shows)."""
    lines = ["| figure | plworkshop | baseline | ratio | target | pass/fail |", "|---|---|---|---|---|---|"]
    for r in rows:
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else "—"
        verdict = "—" if r.passed is None else ("pass" if r.passed else "FAIL")
        figure = f"{r.figure} ({r.note})" if r.note else r.figure
        lines.append(
            f"| {figure} | {fmt(r.app, r.unit)} | {fmt(r.baseline, r.unit)} | {ratio} "
            f"| {r.target} | {verdict} |"
        )
    return "\n".join(lines)


def machine() -> str:
    """nproc, CPU model and memory, for the report."""
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
        kb = int(
            next(
                line for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal")
            ).split()[1]
        )
        memory = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, StopIteration, ValueError):
        memory = "unknown memory"
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else math.nan
    return (
        f"{os.cpu_count()} CPUs ({model}), {memory}, Python {sys.version.split()[0]}, "
        f"load average {load:.1f} at the start"
    )
