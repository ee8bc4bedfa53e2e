"""`python -m bench` (or `bench/run`): every benchmark against its baseline, then one table.

    python -m bench              the full run (under five minutes on two cores)
    python -m bench --quick      a small smoke run (seconds); the figures mean nothing
    python -m bench --only record,gui
    python -m bench --scale      also how cost grows at 1×, 4×, 16× the large workshop (minutes)

Baselines are measured in the same run, interleaved with plworkshop's own runs; medians are reported.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench import common  # noqa: E402
from bench.common import FULL, QUICK, Row  # noqa: E402

FIGURES = ("startup", "record", "report", "import", "gui", "rollup", "room")
STALL_BUNDLES = 5


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def run(selected: set[str], scale: common.Scale, work: Path) -> tuple[list[Row], list[str]]:
    """Every selected figure's rows, and the extra text (the rollup benchmark's own table)."""
    from bench import gui, importing, recording, report, startup
    from bench.workspace import make_district_bundles, make_large_workshop

    started = time.perf_counter()
    large = make_large_workshop(work, scale)
    bundles: list[Path] = []
    if selected & {"import", "gui"}:
        bundles = make_district_bundles(work / "bundles", scale, scale.bundles)
    _say(f"workspace ready in {time.perf_counter() - started:.0f} s ({len(bundles)} bundles)")
    rows: list[Row] = []
    extra: list[str] = []
    steps = [
        ("startup", lambda: startup.rows(large, scale.repeats + 2)),
        ("record", lambda: recording.rows(large, scale.records)),
        ("report", lambda: report.rows(large, scale.repeats)),
        ("import", lambda: importing.rows(work, bundles)),
        ("gui", lambda: gui.rows(large, scale.gui_steps, bundles[-min(STALL_BUNDLES, len(bundles)) :])),
        ("rollup", lambda: extra.append(_rollup(scale))),
        ("room", lambda: _room(work, scale, large)),
    ]
    for name, step in steps:
        if name not in selected:
            continue
        began = time.perf_counter()
        try:
            produced = step()
        except Exception as exc:  # noqa: BLE001 - one broken benchmark must not hide the others
            rows.append(
                Row(
                    f"{name}: did not run ({type(exc).__name__}: {str(exc)[:200]})",
                    float("nan"),
                    "",
                    "—",
                    False,
                )
            )
        else:
            rows.extend(produced or [])
        _say(f"{name}: {time.perf_counter() - began:.0f} s")
    return rows, extra


def _room(work: Path, scale: common.Scale, large) -> list[Row]:
    """The room: 100 devices against `plworkshop serve`, kill -9 rounds, fan-out (bench/room_load.py),
    then the desktop app's longest stall while it serves them (bench/room_gui.py)."""
    from bench import room_gui, room_load

    return room_load.rows(work / "room", quick=scale is QUICK) + room_gui.rows(large, quick=scale is QUICK)


def _rollup(scale: common.Scale) -> str:
    """The statewide rollup benchmark in its quick, bounded form."""
    script = ROOT / "bench" / "bench_rollup.py"
    if not script.exists():
        return "bench_rollup.py: not present"
    try:
        done = subprocess.run(
            [sys.executable, str(script), "--quick"],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=ROOT,
            env=common.child_env(),
        )
    except subprocess.TimeoutExpired:
        return "bench_rollup.py --quick: stopped after 120 s"
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    return "bench_rollup.py --quick (statewide rollup):\n" + "\n".join(lines[-8:])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a small smoke run (seconds)")
    parser.add_argument(
        "--only",
        default=",".join(FIGURES),
        help=f"comma-separated figures to run (default all: {','.join(FIGURES)})",
    )
    parser.add_argument(
        "--scale",
        action="store_true",
        help="also measure the report, snapshot and import at 1×, 4×, 16× (minutes)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary workspace")
    args = parser.parse_args(argv)
    selected = {name.strip() for name in args.only.split(",") if name.strip()}
    unknown = selected - set(FIGURES)
    if unknown:
        parser.error(f"unknown figure(s): {', '.join(sorted(unknown))}")
    scale = QUICK if args.quick else FULL
    began = time.perf_counter()
    print(f"machine: {common.machine()}")
    print(
        f"run: {scale.name}; large workshop {scale.participants} participants, {scale.responses:,} "
        f"responses, {scale.action_items} action items; {scale.bundles} district bundles"
    )
    work = Path(tempfile.mkdtemp(prefix="plworkshop-bench-"))
    try:
        rows, extra = run(selected, scale, work)
        scale_text = None
        if args.scale:
            from bench import scaling

            scale_text = scaling.table(
                scaling.measure(scale.size, factors=(1, 4) if args.quick else (1, 4, 16))
            )
    finally:
        if args.keep:
            _say(f"workspace kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    print()
    print(common.table(rows))
    for text in extra:
        print()
        print(text)
    if scale_text:
        print()
        print(scale_text)
    print()
    judged = [r for r in rows if r.passed is not None]
    failed = sum(not r.passed for r in judged)
    print(f"{len(judged) - failed} of {len(judged)} targets met; took {time.perf_counter() - began:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
