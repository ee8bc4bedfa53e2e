"""The services, the command line and Alembic behave the same on SQLite and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import text

from plworkshop.cli.main import main
from plworkshop.domain.errors import WorkshopNotFound
from plworkshop.services import action_items, agenda, assessments, demo, responses, roster, workshops
from plworkshop.services.bundles import export_bundle, import_bundle
from plworkshop.storage import schema
from plworkshop.storage.opening import open_database

Q1 = "collaborative-leadership.s1.q1"


def _workshop(db, title="Convening", **details):
    w = workshops.create_workshop(db.uow(), title=title, date="2026-11-23", state="Ohio", **details)
    roster.add_participants(
        db.uow(),
        w.id,
        [
            roster.NewParticipant("Ana Ruiz", "families"),
            roster.NewParticipant("Ben Okafor", "teachers-and-unions", named_in_report=False),
        ],
    )
    agenda.set_agenda(db.uow(), w.id, [("collaborative-leadership", 45)])
    return w


def test_times_come_back_aware_in_utc_and_booleans_as_booleans(any_db):
    w = _workshop(any_db)
    people = roster.list_participants(any_db.uow(), w.id)
    assert [p.named_in_report for p in people] == [True, False]
    r = responses.record_response(
        any_db.uow(),
        w.id,
        condition="collaborative-leadership",
        stage=1,
        question=Q1,
        text="Ünïcödé — “quotes” 中文",
        participant_id=people[1].id,
    )
    r = responses.withdraw_response(any_db.uow(), w.id, r.id)
    again = responses.list_responses(any_db.uow(), w.id)[0]
    assert again.hidden is True and again.text == "Ünïcödé — “quotes” 中文"
    assert again.created_at.tzinfo is not None and again.created_at.utcoffset() == dt.timedelta(0)
    assert again.updated_at == r.updated_at
    assert responses.list_responses(any_db.uow(), w.id, include_hidden=False) == []


def test_list_find_trash_and_purge(any_db):
    older = _workshop(any_db, title="Older convening")
    newer = _workshop(any_db, title="Newer convening")
    workshops.update_workshop(any_db.uow(), older.id, notes="touched last")
    assert [s.title for s in workshops.list_workshops(any_db.uow())] == ["Older convening", "Newer convening"]
    summary = workshops.list_workshops(any_db.uow())[1]
    assert (summary.participants, summary.responses, summary.action_items) == (2, 0, 0)
    assert workshops.find_workshop(any_db.uow(), "newer").id == newer.id
    workshops.delete_workshop(any_db.uow(), newer.id)
    with pytest.raises(WorkshopNotFound):
        workshops.find_workshop(any_db.uow(), newer.id)
    assert [s.id for s in workshops.list_workshops(any_db.uow(), trash=True)] == [newer.id]
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=31)
    assert workshops.purge_trash(any_db.uow(), now=later) == 1
    assert workshops.list_workshops(any_db.uow(), trash=True) == []


def test_votes_assessments_and_action_items(any_db):
    w = _workshop(any_db)
    ana = roster.list_participants(any_db.uow(), w.id)[0]
    r = responses.record_response(
        any_db.uow(), w.id, condition="collaborative-leadership", stage=1, question=Q1, text="Idea"
    )
    responses.vote(any_db.uow(), w.id, r.id, 2)
    assert responses.vote_budget(any_db.uow(), w.id, "collaborative-leadership") == (2, 6)
    assessments.assess_stage(any_db.uow(), w.id, "collaborative-leadership", 2, participant_id=ana.id)
    assessments.assess_stage(any_db.uow(), w.id, "collaborative-leadership", 1)
    item = action_items.create_from_response(any_db.uow(), w.id, r.id)
    action_items.update_action_item(
        any_db.uow(),
        w.id,
        item.id,
        due="2027-01-31",
        owner="SEA",
        policy_lever="funding",
        status="in_progress",
    )
    snap = workshops.snapshot(any_db.uow(), w.id)
    assert sorted(a.stage for a in snap.assessments) == [1, 2]
    (got,) = snap.action_items
    assert (got.due, got.owner, got.status, got.response_ids) == (
        dt.date(2027, 1, 31),
        "SEA",
        "in_progress",
        (r.id,),
    )


def test_a_bundle_travels_between_the_two_databases(any_db, tmp_path):
    """Export from either database, import into a fresh SQLite file: the snapshots are the same.

    (The other direction, SQLite to PostgreSQL, is the multi-district import test.)"""
    wid = demo.create_demo_workshop(any_db.uow()).id
    path = export_bundle(any_db.uow(), wid, tmp_path / "demo.plw")
    other = open_database(f"sqlite:///{tmp_path / 'other.db'}")
    try:
        assert import_bundle(other.uow(), path).status == "new"
        assert import_bundle(other.uow(), path).status == "unchanged"
        mine, theirs = (workshops.snapshot(d.uow(), wid) for d in (any_db, other))
        assert mine == theirs
    finally:
        other.dispose()


def test_migrations_run_up_and_down(any_db_url, request):
    """From an empty database to the newest schema, back to the first, and up again on open."""
    if any_db_url.startswith("postgresql"):
        server = request.getfixturevalue("postgres_server")
        any_db_url = server.create_database(migrated=False)
        request.addfinalizer(lambda: server.drop_database(any_db_url))
    database = open_database(any_db_url)
    try:
        assert schema.schema_state(database.engine) == "current"
        schema.downgrade(database.engine, "0001_initial")
        assert schema.schema_state(database.engine) == "older"
    finally:
        database.dispose()
    database = open_database(any_db_url)
    try:
        assert schema.current_revision(database.engine) == schema.HEAD_REVISION
        with database.engine.connect() as conn:
            names = {
                row[0]
                for row in conn.execute(
                    text(
                        "SELECT indexname FROM pg_indexes"
                        if database.engine.dialect.name == "postgresql"
                        else "SELECT name FROM sqlite_master WHERE type = 'index'"
                    )
                )
            }
        assert {"ix_responses_participant", "ix_assessments_workshop_condition"} <= names
    finally:
        database.dispose()


def test_the_command_line_runs_unchanged_on_the_url(any_db_url, capsys, tmp_path):
    def run(*argv):
        code = main(["--database-url", any_db_url, *argv])
        out, err = capsys.readouterr()
        assert code == 0, err
        return out

    wid = run("demo").strip()
    (row,) = json.loads(run("list", "--json"))
    assert (row["id"], row["participants"], row["responses"]) == (wid, 18, 60)
    assert "result: ok" in run("check")
    bundle = tmp_path / "demo.plw"
    run("export", wid, "--format", "bundle", "-o", str(bundle))
    assert "unchanged" in run("import", str(bundle))
