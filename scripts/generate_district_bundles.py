#!/usr/bin/env python3
"""Write N generated district workshop bundles (.plw) for trying the statewide rollup.

    .venv/bin/python scripts/generate_district_bundles.py -n 20 -o /tmp/districts
    .venv/bin/plworkshop import /tmp/districts && .venv/bin/plworkshop rollup -o statewide.pdf

Deterministic for a seed; the sizes are the largest district's (others are a third to all of it,
and one in ten is a pilot of four people).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the generators live in bench/, beside the benchmarks that use them

from bench.workloads.district_samples import generate_district_bundles  # noqa: E402
from bench.workloads.large_workshop import WorkshopSize  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--count", type=int, default=20, help="how many districts (default 20)")
    parser.add_argument("-o", "--output", required=True, help="the folder to write the bundles into")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--state", default="Colorado")
    parser.add_argument("--first", type=int, default=1, help="number of the first district (default 1)")
    parser.add_argument("--participants", type=int, default=60, help="people in the largest district")
    parser.add_argument("--responses", type=int, default=600, help="responses in the largest district")
    parser.add_argument("--action-items", type=int, default=25, help="action items in the largest district")
    args = parser.parse_args(argv)
    if args.count < 1:
        parser.error("--count must be 1 or more")
    size = WorkshopSize(
        participants=args.participants, responses=args.responses, action_items=args.action_items
    )
    started = time.perf_counter()

    def progress(done: int, total: int, name: str) -> None:
        print(f"\r[{done}/{total}] {name:<40}", end="", file=sys.stderr, flush=True)

    paths = generate_district_bundles(
        Path(args.output),
        args.count,
        seed=args.seed,
        state=args.state,
        size=size,
        first=args.first,
        progress=progress,
    )
    print(file=sys.stderr)
    print(f"{len(paths)} bundles written to {args.output} in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
