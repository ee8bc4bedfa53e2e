"""Migration 0004: a database of the previous schema, with data in it, upgrades and keeps everything;
themes, the parking lot and the day plan then work on it."""

from __future__ import annotations

from sqlalchemy import inspect, text

from plworkshop.services import day_plan, parking_lot, themes, workshops
from plworkshop.storage import schema
from plworkshop.storage.engine import make_engine
from plworkshop.storage.opening import open_database

WID = "3f2b1c4e-5d6a-4b7c-8d9e-0f1a2b3c4d5e"
RID = "9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d"


def _fill_previous_schema(url: str) -> None:
    engine = make_engine(url)
    schema.upgrade(engine, "0003_room_sessions")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO workshops (id, title, location, state, district, facilitator, notes, "
                "framework_id, framework_version, votes_per_person, extra_json, created_at, updated_at) "
                f"VALUES ('{WID}', 'Spring convening', '', 'Ohio', '', '', '', 'kw-state-policy-pl-2019', "
                "'1', 3, '{}', "
                "'2026-03-01 09:00:00', '2026-03-01 09:00:00')"
            )
        )
        conn.execute(
            text(
                f"INSERT INTO agenda_items (workshop_id, condition, position, minutes) VALUES "
                f"('{WID}', 'collaborative-leadership', 1, 40)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO responses (id, workshop_id, condition, stage, question, text, votes, hidden, "
                f"created_at, updated_at) VALUES ('{RID}', '{WID}', 'collaborative-leadership', 1, "
                "'collaborative-leadership.s1.q1', 'Keep the coalition', 2, 0, '2026-03-01 10:00:00', "
                "'2026-03-01 10:00:00')"
            )
        )
    engine.dispose()


def test_upgrade_from_the_previous_schema_keeps_data_and_the_new_moves_work(tmp_path):
    import json

    from plworkshop.framework.loader import condition_to_dict, load_default_pack

    url = f"sqlite:///{tmp_path / 'old.db'}"
    _fill_previous_schema(url)
    engine = make_engine(url)
    with engine.begin() as conn:  # the condition's text, as 0002 stored it
        content = json.dumps(condition_to_dict(load_default_pack().condition("collaborative-leadership")))
        conn.execute(text("DELETE FROM workshop_conditions"))
        conn.execute(
            text("INSERT INTO workshop_conditions VALUES (:w, 'collaborative-leadership', 0, :c)"),
            {"w": WID, "c": content},
        )
    schema.upgrade(engine)
    assert schema.current_revision(engine) == schema.HEAD_REVISION
    tables = set(inspect(engine).get_table_names())
    assert {"themes", "theme_members", "parked_ideas", "agenda_sessions", "question_time_boxes"} <= tables
    engine.dispose()

    db = open_database(url)
    try:
        snap = workshops.snapshot(db.uow(), WID)
        assert snap.workshop.title == "Spring convening" and snap.workshop.day_starts_at is None
        assert [(a.condition, a.minutes, a.starts_at) for a in snap.agenda] == [
            ("collaborative-leadership", 40, None)
        ]
        assert [(r.text, r.votes) for r in snap.responses] == [("Keep the coalition", 2)]
        assert snap.themes == snap.parked == snap.agenda_sessions == ()
        theme = themes.create_theme(
            db.uow(), WID, condition="collaborative-leadership", name="Coalition", response_ids=(RID,)
        )
        day_plan.add_session(db.uow(), WID, "break")
        day_plan.set_day_start(db.uow(), WID, "9:30")
        parking_lot.park_text(db.uow(), WID, "Later")
        snap = workshops.snapshot(db.uow(), WID)
        assert snap.themes[0].response_ids == (RID,) and theme.name == "Coalition"
        assert [i.start for i in day_plan.get_day_plan(db.uow(), WID).items] == ["09:30", "10:10"]
    finally:
        db.dispose()


def test_downgrade_drops_the_new_tables_and_keeps_the_rest(tmp_path):
    url = f"sqlite:///{tmp_path / 'x.db'}"
    _fill_previous_schema(url)
    engine = make_engine(url)
    schema.upgrade(engine)
    schema.downgrade(engine, "0003_room_sessions")
    assert "themes" not in inspect(engine).get_table_names()
    with engine.connect() as conn:
        assert conn.execute(text("SELECT title FROM workshops")).scalar_one() == "Spring convening"
        assert conn.execute(text("SELECT minutes FROM agenda_items")).scalar_one() == 40
    engine.dispose()
