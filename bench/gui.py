"""The GUI figures, measured in a child process (`bench.gui_probe`) on the real main window."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from bench.common import ROOT, Row, child_env, median, percentile, python
from bench.workspace import LargeWorkshop

STEP_TARGET_MS = 50.0
STALL_TARGET_MS = 100.0


def probe(large: LargeWorkshop, steps: int, bundles: list[Path]) -> dict:
    command = [
        python(),
        "-m",
        "bench.gui_probe",
        str(large.data_dir),
        large.workshop_id,
        large.one_question_id,
        large.question[0],
        str(large.question[1]),
        large.question[2],
        str(steps),
        *map(str, bundles),
    ]
    done = subprocess.run(command, capture_output=True, text=True, env=child_env(), cwd=ROOT, timeout=600)
    line = next((text for text in done.stdout.splitlines() if text.startswith("{")), None)
    if line is None:
        raise RuntimeError(f"the GUI probe failed ({done.returncode}): {done.stderr.strip()[-1500:]}")
    return json.loads(line)


def _step_row(figure: str, values: list[float], what: str) -> Row:
    typical = median(values)
    return Row(
        figure,
        typical,
        "ms",
        "≤ 50 ms",
        typical <= STEP_TARGET_MS,
        note=f"median of {len(values)} {what}; p90 {percentile(values, 90):.0f} ms, max {max(values):.0f} ms",
    )


def rows(large: LargeWorkshop, steps: int, bundles: list[Path]) -> list[Row]:
    result = probe(large, steps, bundles)
    out = [
        _step_row(
            f"GUI: scroll a {result['rows']:,}-response list, one page", result["scroll_ms"], "page steps"
        ),
        _step_row(
            f"GUI: filter a {result['rows']:,}-response list, per keystroke",
            result["filter_ms"],
            "keystrokes",
        ),
        _step_row("GUI: switch to the next question, large workshop", result["switch_ms"], "switches"),
    ]
    if "stall_max_ms" in result:
        stall = result["stall_max_ms"]
        out.append(
            Row(
                "longest event-loop stall while a report builds and bundles import",
                stall,
                "ms",
                "≤ 100 ms",
                stall <= STALL_TARGET_MS and result["finished"],
                baseline=result["idle_max_ms"],
                note=f"baseline: the same probe, idle, 3 s; {len(bundles)} bundles, then the imported "
                f"workshop opened (read in the background, {result['open_ms']:.0f} ms); report "
                f"shown after {result['report_s']:.1f} s, import done and opened after "
                f"{result['import_s']:.1f} s; five worst gaps (ms, at s): {result['worst_gaps']}; "
                f"slowest garbage collections (ms, generation, at s): {result['slowest_gc']}",
            )
        )
    return out
