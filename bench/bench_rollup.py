"""Benchmark: importing N district bundles and building the statewide rollup, and how both grow with N.

Generates (or reuses) the largest N bundles once, then imports them in steps (e.g. 25, 100, 250, 500)
into one database, and after each step times the rollup data (SQL GROUP BY), the PDF and the XLSX.
Import time is reported per bundle for each step, so growth shows as a change in that rate.
Default size: 150 people, 3,000 responses, 200 action items per district, so 500 districts are
≈1.5 million responses. Peak memory is the process's maximum resident set size.

Usage:
    .venv/bin/python bench/bench_rollup.py --steps 25,100,250,500 [--postgres] [--bundles DIR]
    .venv/bin/python bench/bench_rollup.py --quick      (3 small steps, seconds)
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import signal
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ensure_bundles(folder: Path, count: int, size) -> list[Path]:
    """The first `count` bundles in `folder`, generating whichever are missing (deterministic)."""
    from bench.workloads.district_samples import generate_district_bundles

    folder.mkdir(parents=True, exist_ok=True)
    have = sorted(folder.glob("district-*.plw"))
    if len(have) < count:
        started = time.perf_counter()
        missing = count - len(have)
        print(f"generating {missing} bundles into {folder} …", file=sys.stderr, flush=True)
        generate_district_bundles(
            folder,
            missing,
            seed=1,
            size=size,
            first=len(have) + 1,
            vary=False,
            progress=lambda done, total, name: print(
                f"\r  [{done}/{total}] {name:<36}", end="", file=sys.stderr, flush=True
            ),
        )
        print(f"\n  generated in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return sorted(folder.glob("district-*.plw"))[:count]


def timed(work):
    started = time.perf_counter()
    result = work()
    return result, time.perf_counter() - started


def run(url: str, bundles: list[Path], steps: list[int]) -> list[dict]:
    from plworkshop.reports.rollup import rollup_pdf, rollup_xlsx
    from plworkshop.services.bundles import import_bundle
    from plworkshop.services.rollup import build_rollup
    from plworkshop.storage.opening import open_database

    db = open_database(url)
    rows, done = [], 0
    today = dt.date(2027, 6, 1)
    try:
        for step in steps:
            started = time.perf_counter()
            for path in bundles[done:step]:
                import_bundle(db.uow(), path)
            imported = step - done
            import_s = time.perf_counter() - started
            done = step
            rollup, build_s = timed(lambda: build_rollup(db.uow(), state="Colorado", today=today))
            pdf, pdf_s = timed(lambda: rollup_pdf(rollup))
            xlsx, xlsx_s = timed(lambda: rollup_xlsx(rollup))
            rows.append(
                dict(
                    n=step,
                    responses=rollup.responses,
                    per_bundle=import_s / imported,
                    build=build_s,
                    pdf=pdf_s,
                    pdf_mb=len(pdf) / 2**20,
                    xlsx=xlsx_s,
                    xlsx_mb=len(xlsx) / 2**20,
                    actions=len(rollup.action_items),
                    peak=peak_mb(),
                )
            )
            print(_line(rows[-1]), flush=True)
    finally:
        db.dispose()
    return rows


HEADER = (
    f"{'N':>5} {'responses':>10} {'import/bundle':>14} {'rollup data':>12} {'PDF':>8} "
    f"{'PDF MB':>7} {'XLSX':>8} {'XLSX MB':>8} {'actions':>8} {'peak RSS':>9}"
)


def _line(r: dict) -> str:
    return (
        f"{r['n']:>5} {r['responses']:>10,} {r['per_bundle']:>12.2f} s {r['build']:>10.2f} s "
        f"{r['pdf']:>6.1f} s {r['pdf_mb']:>7.1f} {r['xlsx']:>6.1f} s {r['xlsx_mb']:>8.1f} "
        f"{r['actions']:>8,} {r['peak']:>6.0f} MB"
    )


def main() -> int:
    from bench.workloads.large_workshop import WorkshopSize

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", default="25,100,250,500", help="cumulative bundle counts")
    parser.add_argument("--bundles", help="folder to keep generated bundles in (reused next time)")
    parser.add_argument(
        "--postgres", action="store_true", help="run against a throwaway PostgreSQL server instead of SQLite"
    )
    parser.add_argument("--quick", action="store_true", help="small sizes, three steps")
    args = parser.parse_args()
    # A stopped run still stops its PostgreSQL server and removes its temporary folder.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    size = WorkshopSize(12, 120, 8) if args.quick else WorkshopSize(150, 3000, 200)
    steps = [2, 4, 6] if args.quick else sorted(int(s) for s in args.steps.split(","))
    with tempfile.TemporaryDirectory(prefix="plworkshop-bench-rollup-") as tmp:
        folder = Path(args.bundles) if args.bundles else Path(tmp) / "bundles"
        bundles = ensure_bundles(folder, steps[-1], size)
        server = None
        if args.postgres:
            sys.path.insert(0, str(ROOT / "tests"))
            from postgres_support import PostgresServer, find_pg_bin

            server = PostgresServer(find_pg_bin()).start()
            url = server.create_database()
        else:
            url = f"sqlite:///{Path(tmp) / 'rollup.db'}"
        print(f"database: {url.split('@')[-1]}; size per district: {size}")
        print(HEADER)
        try:
            run(url, bundles, steps)
        finally:
            if server is not None:
                server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
