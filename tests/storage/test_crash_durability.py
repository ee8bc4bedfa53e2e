"""kill -9 at random moments: the database stays intact and holds every acknowledged record."""

from __future__ import annotations

import os
import random

import pytest

from bench.workloads.crash_rounds import kill_round

ROUNDS = int(os.environ.get("PLWORKSHOP_CRASH_ROUNDS", "12"))


@pytest.mark.slow
def test_sigkill_rounds_lose_nothing_acknowledged(db, workshop):
    database_file = db.engine.url.database
    db.dispose()
    rng = random.Random(20261126)
    total = 0
    for round_number in range(ROUNDS):
        result = kill_round(database_file, workshop.id, rng=rng)
        assert result.integrity == "ok", f"round {round_number}: {result.integrity}"
        assert result.missing == 0, f"round {round_number}: {result.missing} acknowledged records lost"
        total += result.acknowledged
    assert total > ROUNDS  # the probe really recorded between kills
