"""The large-workshop generator gives the sizes the benchmarks promise, valid through the services."""

from __future__ import annotations

from bench.workloads import large_workshop
from plworkshop.services import workshops
from plworkshop.services.integrity import check_database


def test_default_size_and_integrity(db):
    wid = large_workshop.generate_workshop(db.uow(), seed=7)
    snap = workshops.snapshot(db.uow(), wid)
    assert (len(snap.participants), len(snap.responses), len(snap.action_items)) == (150, 3000, 200)
    assert len(snap.agenda) == len(snap.conditions) == 11
    assert sum(r.votes for r in snap.responses) > 3000
    assert all(snap.conditions[r.condition].stage_of_question(r.question) == r.stage for r in snap.responses)
    assert check_database(db).ok


def test_deterministic_for_a_seed(db):
    small = large_workshop.WorkshopSize(participants=5, responses=20, action_items=3)
    a = large_workshop.generate_workshop(db.uow(), seed=3, size=small, workshop_id="a" * 8)
    b = large_workshop.generate_workshop(db.uow(), seed=3, size=small, workshop_id="b" * 8)
    texts = lambda wid: [r.text for r in workshops.snapshot(db.uow(), wid).responses]  # noqa: E731
    assert texts(a) == texts(b)
