"""A large workshop (150 people, 3,000 responses, 200 action items) renders in reasonable time."""

from __future__ import annotations

import io
import time

import pypdf
import pytest

from plworkshop.reports.action_plan import ReportOptions, action_plan_pdf


@pytest.mark.slow
def test_large_workshop_renders(db, pack):
    from bench.workloads import large_workshop
    from plworkshop.services import workshops

    wid = large_workshop.generate_workshop(db.uow(), seed=7)
    snap = workshops.snapshot(db.uow(), wid)
    assert len(snap.participants) == 150 and len(snap.responses) == 3000 and len(snap.action_items) == 200
    started = time.perf_counter()
    pdf = action_plan_pdf(snap, pack, ReportOptions(anonymous=True))
    elapsed = time.perf_counter() - started
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) > 100
    last = reader.pages[-1].extract_text()
    assert f"Page {len(reader.pages)} of {len(reader.pages)}" in last
    assert elapsed < 30, elapsed
