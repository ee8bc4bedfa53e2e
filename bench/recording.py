"""Recording one response, committed durably: `record_response` against a raw sqlite3 insert + commit.

Both write to the same database file, the app's own `responses` table with its indexes, with the
pragmas the app sets on every connection (WAL, synchronous=FULL, foreign keys, busy timeout).
The two alternate one write at a time, so a noisy disk hits both alike.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import time
import uuid

from bench.common import Row, median, percentile
from bench.workspace import LargeWorkshop

RATIO_TARGET = 2.0
P99_TARGET_MS = 15.0
RAW_INSERT = (
    "INSERT INTO responses (id, workshop_id, condition, stage, question, participant_id, "
    "stakeholder_group, text, votes, hidden, created_at, updated_at) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?)"
)


def raw_connection(database_file) -> sqlite3.Connection:
    """A plain sqlite3 connection with exactly the pragmas of plworkshop.storage.engine."""
    from plworkshop.storage.engine import SQLITE_BUSY_TIMEOUT_MS

    conn = sqlite3.connect(database_file, isolation_level=None)
    for pragma in (
        f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}",
        "PRAGMA journal_mode=WAL",
        "PRAGMA synchronous=FULL",
        "PRAGMA foreign_keys=ON",
    ):
        conn.execute(pragma)
    return conn


def measure(large: LargeWorkshop, count: int) -> tuple[list[float], list[float]]:
    """(app seconds, raw seconds) for `count` single-response commits each, alternating."""
    from plworkshop.services import responses, roster, workshops
    from plworkshop.storage.opening import open_database

    db = open_database(large.url)
    conn = raw_connection(large.database_file)
    rng = random.Random(3)
    try:
        snap = workshops.snapshot(db.uow(), large.workshop_id)
        people = [(p.id, p.stakeholder_group) for p in roster.list_participants(db.uow(), large.workshop_id)]
        questions = [
            (c.key, s.number, q.key) for c in snap.conditions.values() for s in c.stages for q in s.questions
        ]
        mine: list[float] = []
        theirs: list[float] = []

        def app() -> None:
            condition, stage, question = rng.choice(questions)
            person, _group = rng.choice(people)
            started = time.perf_counter()
            responses.record_response(
                db.uow(),
                large.workshop_id,
                condition=condition,
                stage=stage,
                question=question,
                text=f"Recorded point {rng.random():.6f}",
                participant_id=person,
            )
            mine.append(time.perf_counter() - started)

        def raw() -> None:
            condition, stage, question = rng.choice(questions)
            person, group = rng.choice(people)
            started = time.perf_counter()
            now = dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(" ")
            conn.execute("BEGIN")
            conn.execute(
                RAW_INSERT,
                (
                    str(uuid.uuid4()),
                    large.workshop_id,
                    condition,
                    stage,
                    question,
                    person,
                    group,
                    f"Recorded point {rng.random():.6f}",
                    now,
                    now,
                ),
            )
            conn.execute("COMMIT")
            theirs.append(time.perf_counter() - started)

        for _ in range(3):  # warm both paths (statement caches, first page reads)
            app(), raw()
        mine.clear(), theirs.clear()
        for i in range(count):
            for fn in (app, raw) if i % 2 == 0 else (raw, app):
                fn()
        return mine, theirs
    finally:
        conn.close()
        db.dispose()


def rows(large: LargeWorkshop, count: int) -> list[Row]:
    mine, theirs = measure(large, count)
    app_ms, raw_ms = median(mine) * 1000, median(theirs) * 1000
    app_p99, raw_p99 = percentile(mine, 99) * 1000, percentile(theirs, 99) * 1000
    note = f"median of {count}"
    if raw_p99 > P99_TARGET_MS:
        note += f"; the raw baseline's own p99 is {raw_p99:.1f} ms, over 15 ms: the disk's fsync"
    return [
        Row(
            "record one response, committed durably",
            app_ms,
            "ms",
            "≤ 2×",
            app_ms <= RATIO_TARGET * raw_ms,
            baseline=raw_ms,
            note=note,
        ),
        Row(
            "record one response, p99",
            app_p99,
            "ms",
            "≤ 15 ms",
            app_p99 <= P99_TARGET_MS,
            baseline=raw_p99,
            note=f"of {count}",
        ),
    ]
