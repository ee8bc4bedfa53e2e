"""A longer kill -9 soak: many rounds against the crash probe, then a printed summary.

    .venv/bin/python bench/soak_crash.py [--rounds 200] [--seed N] [--large]

Each round starts the probe (which records responses and action items, printing each one only after
its commit returned), kills it with SIGKILL at a random moment, and checks the database: integrity
"ok" and every acknowledged record present. `--large` runs against the large generated workshop.
Exit status 1 if any round lost a record or damaged the file.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def prepare(folder: Path, large: bool) -> tuple[Path, str]:
    """A database with one workshop (small, or the large generated one) for the probe to write to."""
    from bench.workloads.large_workshop import generate_workshop
    from plworkshop.services import agenda, roster, workshops
    from plworkshop.storage.opening import open_database

    database_file = folder / "soak.db"
    db = open_database(f"sqlite:///{database_file}")
    try:
        if large:
            return database_file, generate_workshop(db.uow(), seed=5)
        w = workshops.create_workshop(db.uow(), title="Soak convening", date="2026-11-26", state="Ohio")
        roster.add_participants(
            db.uow(),
            w.id,
            [roster.NewParticipant("Ana Ruiz", "families"), roster.NewParticipant("Chen Wu", "policymakers")],
        )
        agenda.set_agenda(db.uow(), w.id, [("collaborative-leadership", 45)])
        return database_file, w.id
    finally:
        db.dispose()


def main(argv: list[str] | None = None) -> int:
    from bench.workloads.crash_rounds import kill_round

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--seed", type=int, default=20261126)
    parser.add_argument("--large", action="store_true", help="write into the large generated workshop")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    started = time.perf_counter()
    acknowledged = lost = damaged = 0
    with tempfile.TemporaryDirectory(prefix="plworkshop-soak-") as tmp:
        database_file, workshop_id = prepare(Path(tmp), args.large)
        for number in range(1, args.rounds + 1):
            result = kill_round(database_file, workshop_id, rng=rng)
            acknowledged += result.acknowledged
            lost += result.missing
            if result.integrity != "ok":
                damaged += 1
                print(f"round {number}: integrity check says {result.integrity!r}")
            if result.missing:
                print(f"round {number}: {result.missing} acknowledged records missing")
            if number % 10 == 0 or number == args.rounds:
                print(
                    f"\r{number}/{args.rounds} rounds, {acknowledged:,} acknowledged",
                    end="",
                    file=sys.stderr,
                    flush=True,
                )
    print(file=sys.stderr)
    print(
        f"kill -9 soak: {args.rounds} rounds in {time.perf_counter() - started:.0f} s; "
        f"{acknowledged:,} acknowledged records; {lost} lost; {damaged} rounds with a damaged file "
        f"({'PASS' if not lost and not damaged else 'FAIL'})"
    )
    return 0 if not lost and not damaged else 1


if __name__ == "__main__":
    raise SystemExit(main())
