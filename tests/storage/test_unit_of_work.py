"""The unit of work: nothing lands unless committed, on the ORM session and on the plain connection alike."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from plworkshop.domain.errors import StorageFailed
from plworkshop.storage import models as m


def _title(db, workshop_id: str) -> str:
    with db.uow() as uow:
        return uow.s.scalar(select(m.Workshop.title).where(m.Workshop.id == workshop_id))


def _retitle(uow, workshop_id: str, title: str) -> None:
    uow.connection().execute(update(m.Workshop).where(m.Workshop.id == workshop_id).values(title=title))


def test_a_core_block_lands_only_when_committed_and_makes_no_session(db, workshop):
    with db.uow() as uow:
        _retitle(uow, workshop.id, "Left uncommitted")
        assert uow.session is None  # Core only: no ORM session was made
    assert _title(db, workshop.id) == "Fixture convening"
    with db.uow() as uow:
        _retitle(uow, workshop.id, "Committed ‮ <b>")
        uow.commit()
    assert _title(db, workshop.id) == "Committed ‮ <b>"


def test_an_error_in_a_core_block_rolls_it_back(db, workshop):
    with pytest.raises(ZeroDivisionError), db.uow() as uow:
        _retitle(uow, workshop.id, "Half done")
        _ = 1 / 0
    assert _title(db, workshop.id) == "Fixture convening"
    with db.uow() as uow:  # and the database is free for the next writer at once
        _retitle(uow, workshop.id, "Next")
        uow.commit()
    assert _title(db, workshop.id) == "Next"


def test_a_block_uses_the_session_or_the_plain_connection_not_both(db, workshop):
    with db.uow() as uow:
        uow.connection()
        with pytest.raises(RuntimeError, match="plain connection"):
            _ = uow.s
    with db.uow() as uow:  # the session first: connection() is then the session's own
        _ = uow.s.get(m.Workshop, workshop.id)
        assert uow.connection() is uow.s.connection()
    with pytest.raises(RuntimeError, match="outside"):
        db.uow().connection()


def test_a_read_only_database_refuses_the_commit_of_a_core_block(db, workshop):
    uow = db.uow()
    uow.read_only = True
    with pytest.raises(StorageFailed, match="read-only"), uow:
        _retitle(uow, workshop.id, "Not allowed")
        uow.commit()
    assert _title(db, workshop.id) == "Fixture convening"
