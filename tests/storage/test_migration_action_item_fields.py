"""Upgrading a database with action items to the schema with item numbers and plan fields."""

from __future__ import annotations

from sqlalchemy import text

from plworkshop.paths import AppPaths
from plworkshop.services import action_items
from plworkshop.services.database_lifecycle import open_app_database
from plworkshop.storage import schema
from plworkshop.storage.engine import make_engine

_WORKSHOP = (
    "INSERT INTO workshops (id, title, location, state, district, facilitator, notes, framework_id, "
    "framework_version, votes_per_person, extra_json, created_at, updated_at) VALUES (:id, :title, "
    "'', '', '', '', '', 'kw-state-policy-pl-2019', '1', 3, '{}', '2026-01-01 00:00:00', "
    "'2026-01-01 00:00:00')"
)
_ITEM = (
    "INSERT INTO action_items (id, workshop_id, condition, title, description, owner, partners, due, "
    "priority, status, policy_lever, measure_of_success, position, created_at, updated_at) VALUES "
    "(:id, :wid, NULL, :title, '', 'Owner', '', '2027-01-31', 'high', 'blocked', NULL, 'Measured', "
    ":position, :created, :created)"
)


def test_items_of_each_workshop_are_numbered_in_creation_order_and_keep_their_data(tmp_path):
    paths = AppPaths(tmp_path / "data")
    paths.ensure()
    engine = make_engine(paths.default_database_url)
    schema.upgrade(engine, "0005_time_box_progress")
    with engine.begin() as conn:
        for wid in ("w1", "w2"):
            conn.execute(text(_WORKSHOP), {"id": wid, "title": f"Old {wid}"})
        # positions were rearranged after creation: numbers follow creation, not position
        for n, (wid, title, position, created) in enumerate(
            [
                ("w1", "Second made", 1, "2026-01-02 09:00:00"),
                ("w1", "First made", 2, "2026-01-01 09:00:00"),
                ("w2", "Only one", 1, "2026-01-05 09:00:00"),
                ("w1", "Third made", 3, "2026-01-03 09:00:00"),
            ]
        ):
            conn.execute(
                text(_ITEM),
                {
                    "id": f"00000000-0000-4000-8000-00000000000{n}",
                    "wid": wid,
                    "title": title,
                    "position": position,
                    "created": created,
                },
            )
        conn.execute(
            text(
                "INSERT INTO responses (id, workshop_id, condition, stage, question, text, "
                "votes, hidden, created_at, updated_at) VALUES ('r1', 'w1', "
                "'collaborative-leadership', 1, 'collaborative-leadership.s1.q1', 'Idea', 0, 0, "
                "'2026-01-01 00:00:00', '2026-01-01 00:00:00')"
            )
        )
        conn.execute(
            text("INSERT INTO action_item_responses VALUES ('00000000-0000-4000-8000-000000000000', 'r1')")
        )
    engine.dispose()

    db = open_app_database(paths, paths.default_database_url)
    try:
        assert schema.current_revision(db.engine) == schema.HEAD_REVISION
        items = {a.title: a for a in action_items.list_action_items(db.uow(), "w1")}
        numbers = {t: a.number for t, a in items.items()}
        assert numbers == {"First made": 1, "Second made": 2, "Third made": 3}
        assert [a.number for a in action_items.list_action_items(db.uow(), "w2")] == [1]
        second = items["Second made"]
        assert (second.owner, second.status, second.measure_of_success) == ("Owner", "blocked", "Measured")
        assert second.response_ids == ("r1",)  # links survive (no table rebuild)
        assert (second.start, second.resources, second.blocked_reason, second.progress) == (None, "", "", ())
        assert second.needs_reason
        # the next item continues the count, and a deleted number is never given again
        action_items.delete_action_item(db.uow(), "w1", items["Third made"].id)
        fresh = action_items.create_action_item(db.uow(), "w1", title="After the upgrade")
        assert fresh.number == 4
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT last_action_number FROM workshops WHERE id='w2'")).scalar() == 1
    finally:
        db.dispose()
