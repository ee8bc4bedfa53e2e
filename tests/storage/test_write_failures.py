"""Disk full and read-only storage: a failed write says so plainly and nothing is half-saved."""

from __future__ import annotations

import pytest
from sqlalchemy import event, text

from plworkshop.domain.errors import StorageFailed
from plworkshop.services import responses

Q = dict(condition="collaborative-leadership", stage=1, question="collaborative-leadership.s1.q1")


def _limit_pages(db, pages):
    def on_connect(dbapi_connection, _record):
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")

    event.listen(db.engine, "connect", on_connect)
    db.engine.dispose()
    return on_connect


def test_disk_full_is_reported_and_work_resumes_when_space_returns(db, workshop):
    with db.engine.connect() as conn:
        used = conn.execute(text("PRAGMA page_count")).scalar()
    hook = _limit_pages(db, used + 2)
    big = "A long contribution that needs many pages. " * 2000
    with pytest.raises(StorageFailed, match="disk is full"):
        for _ in range(20):
            responses.record_response(db.uow(), workshop.id, text=big, **Q)
    stored = responses.list_responses(db.uow(), workshop.id)
    assert all(r.text == big for r in stored)  # nothing half-written
    event.remove(db.engine, "connect", hook)
    db.engine.dispose()
    saved = responses.record_response(db.uow(), workshop.id, text="after freeing space", **Q)
    assert saved.id in {r.id for r in responses.list_responses(db.uow(), workshop.id)}


def test_read_only_storage_is_reported_plainly(db, workshop):
    def read_only(dbapi_connection, _record):
        dbapi_connection.execute("PRAGMA query_only=1")

    event.listen(db.engine, "connect", read_only)
    db.engine.dispose()
    with pytest.raises(StorageFailed, match="read-only"):
        responses.record_response(db.uow(), workshop.id, text="lost?", **Q)
    event.remove(db.engine, "connect", read_only)
    db.engine.dispose()
    assert responses.list_responses(db.uow(), workshop.id) == []
