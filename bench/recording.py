"""Recording one response, committed durably: `record_response` against raw sqlite3 doing the same work.

The baseline runs the app's two statements by hand: the one read that checks the workshop, the
condition and the speaker (and gives the speaker's group), then the insert and the commit. A second
baseline, the insert alone with no check at all, is shown for context. All three write to the same
database file, the app's own `responses` table with its indexes, with the pragmas the app sets on
every connection (WAL, synchronous=FULL, foreign keys, busy timeout). They take turns one write at
a time, so a noisy disk hits all three alike.
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

RAW_CONTEXT = (
    "SELECT workshops.deleted_at, workshop_conditions.content_json, speaker.id, speaker.stakeholder_group "
    "FROM workshops LEFT OUTER JOIN workshop_conditions ON workshop_conditions.workshop_id = workshops.id "
    'AND workshop_conditions."key" = ? LEFT OUTER JOIN participants AS speaker ON speaker.id = ? '
    "AND speaker.workshop_id = workshops.id WHERE workshops.id = ?"
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


def measure(large: LargeWorkshop, count: int) -> tuple[list[float], list[float], list[float]]:
    """(app, raw with the same read, raw insert alone) seconds for `count` commits each, alternating."""
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
        bare: list[float] = []

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

        def raw_insert(condition: str, stage: int, question: str, person: str, group: str) -> None:
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

        def raw() -> None:  # the same read and insert, by hand
            condition, stage, question = rng.choice(questions)
            person, _group = rng.choice(people)
            started = time.perf_counter()
            found = conn.execute(RAW_CONTEXT, (condition, person, large.workshop_id)).fetchone()
            raw_insert(condition, stage, question, person, found[3])
            theirs.append(time.perf_counter() - started)

        def insert_only() -> None:
            condition, stage, question = rng.choice(questions)
            person, group = rng.choice(people)
            started = time.perf_counter()
            raw_insert(condition, stage, question, person, group)
            bare.append(time.perf_counter() - started)

        for _ in range(3):  # warm every path (statement caches, first page reads)
            app(), raw(), insert_only()
        mine.clear(), theirs.clear(), bare.clear()
        orders = ((app, raw, insert_only), (raw, insert_only, app), (insert_only, app, raw))
        for i in range(count):
            for fn in orders[i % 3]:
                fn()
        return mine, theirs, bare
    finally:
        conn.close()
        db.dispose()


def rows(large: LargeWorkshop, count: int) -> list[Row]:
    mine, theirs, bare = measure(large, count)
    app_ms, raw_ms, bare_ms = median(mine) * 1000, median(theirs) * 1000, median(bare) * 1000
    app_p99, raw_p99 = percentile(mine, 99) * 1000, percentile(theirs, 99) * 1000
    note = f"median of {count}"
    if raw_p99 > P99_TARGET_MS:
        note += f"; the raw baseline's own p99 is {raw_p99:.1f} ms, over 15 ms: the disk's fsync"
    return [
        Row(
            "record one response, committed durably (baseline: raw sqlite3, the same read and insert)",
            app_ms,
            "ms",
            "≤ 2×",
            app_ms <= RATIO_TARGET * raw_ms,
            baseline=raw_ms,
            note=note,
        ),
        Row(
            "record one response, against a raw insert with no check at all",
            app_ms,
            "ms",
            "—",
            None,
            baseline=bare_ms,
            note=f"median of {count}; context: what the check itself costs",
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
