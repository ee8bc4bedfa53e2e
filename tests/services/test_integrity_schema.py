"""`check` compares the database with what the migrations make, on SQLite and on PostgreSQL."""

from __future__ import annotations

from sqlalchemy import text

from plworkshop.services.integrity import check_database


def test_a_whole_database_checks_ok(any_db):
    report = check_database(any_db)
    assert report.ok, report.problem
    assert "tables, columns and indexes: ok" in report.lines


def test_a_missing_table_is_named(any_db):
    cascade = " CASCADE" if not any_db.is_sqlite else ""
    with any_db.engine.begin() as conn:
        conn.execute(text(f"DROP TABLE action_items{cascade}"))
    report = check_database(any_db)
    assert not report.ok and "the table “action_items”" in report.problem
    assert "result: ok" not in report.lines


def test_a_missing_index_is_named(any_db):
    with any_db.engine.begin() as conn:
        conn.execute(text("DROP INDEX ix_responses_participant"))
    report = check_database(any_db)
    assert not report.ok and "the index “ix_responses_participant”" in report.problem
