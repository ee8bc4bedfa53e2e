"""Recording goes straight to the driver: what it stores must be what the ORM would have stored."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, text

from plworkshop.domain.errors import InvalidValue, NotFound, WorkshopNotFound
from plworkshop.services import responses, roster, workshops
from plworkshop.storage import models as m

Q = dict(condition="collaborative-leadership", stage=1, question="collaborative-leadership.s1.q1")


def _fixture_workshop(db):
    w = workshops.create_workshop(db.uow(), title="Hot path", date="2026-11-23")
    people = roster.add_participants(db.uow(), w.id, [roster.NewParticipant("Ana Ruiz", "families")])
    from plworkshop.services import agenda

    agenda.set_agenda(db.uow(), w.id, [("collaborative-leadership", 30)])
    return w, people[0]


def test_a_recorded_response_reads_back_through_the_orm_exactly(any_db):
    w, ana = _fixture_workshop(any_db)
    said = "Markup <b>&amp; stays</b> — شكرا — 🎉 " * 3
    view = responses.record_response(any_db.uow(), w.id, text=said, participant_id=ana.id, **Q)
    assert view.stakeholder_group == "families"  # the person's group, recorded with the words
    with any_db.uow() as uow:
        row = uow.s.get(m.Response, view.id)
        assert row.text == said and row.votes == 0 and row.hidden is False
        assert row.created_at == view.created_at == row.updated_at
        assert row.created_at.tzinfo is not None and row.created_at.utcoffset() == dt.timedelta(0)
        assert row.participant_id == ana.id and row.stakeholder_group == "families"
    listed = responses.list_responses(any_db.uow(), w.id)
    assert listed == [view]


def test_the_stored_time_has_the_orm_format(any_db):
    w, _ana = _fixture_workshop(any_db)
    fast = responses.record_response(any_db.uow(), w.id, text="fast", **Q)
    with any_db.uow() as uow:  # the same column written by the ORM, for comparison
        orm_row = m.Response(
            workshop_id=w.id, text="orm", stage=1, condition=Q["condition"], question=Q["question"]
        )
        uow.s.add(orm_row)
        uow.commit()
        orm_id = orm_row.id
    with any_db.engine.connect() as conn:
        raw = dict(conn.execute(text("SELECT id, created_at FROM responses")).all())
    if any_db.engine.dialect.name == "sqlite":  # same text shape: "YYYY-MM-DD HH:MM:SS.ffffff"
        assert len(raw[fast.id]) == len(raw[orm_id]) == 26 and raw[fast.id][10] == raw[orm_id][10] == " "
    with any_db.uow() as uow:
        ordered = uow.s.scalars(select(m.Response.text).order_by(m.Response.created_at)).all()
    assert ordered == ["fast", "orm"]


def test_refusals_name_what_is_wrong(db):
    w, _ana = _fixture_workshop(db)
    with pytest.raises(WorkshopNotFound):
        responses.record_response(db.uow(), "no-such-workshop", text="x", **Q)
    with pytest.raises(NotFound, match="participant"):
        responses.record_response(db.uow(), w.id, text="x", participant_id="nobody", **Q)
    with pytest.raises(InvalidValue, match="not part of this workshop"):
        responses.record_response(
            db.uow(), w.id, text="x", condition="no-such-condition", stage=1, question="q"
        )
    with pytest.raises(InvalidValue, match="strategic question of stage 2"):
        responses.record_response(
            db.uow(), w.id, text="x", condition=Q["condition"], stage=2, question=Q["question"]
        )
    workshops.delete_workshop(db.uow(), w.id)  # in the trash: no recording into it
    with pytest.raises(WorkshopNotFound):
        responses.record_response(db.uow(), w.id, text="x", **Q)
    assert responses.list_responses(db.uow(), w.id) == []
