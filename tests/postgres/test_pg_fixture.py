"""The throwaway PostgreSQL server the tests use: it starts, hands out fresh migrated databases."""

from __future__ import annotations

from sqlalchemy import text

from plworkshop.storage import schema


def test_any_db_is_migrated_and_empty(any_db):
    assert schema.current_revision(any_db.engine) == schema.HEAD_REVISION
    with any_db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM workshops")).scalar_one() == 0


def test_each_test_gets_its_own_postgres_database(postgres_server, postgres_url):
    other = postgres_server.create_database()
    try:
        assert other != postgres_url
    finally:
        postgres_server.drop_database(other)
    assert postgres_url.startswith("postgresql+psycopg://")
