"""The app's File → Restore refuses a backup it cannot use before it closes or backs up anything."""

from __future__ import annotations

import sqlite3

import pytest

from plworkshop.domain.errors import DatabaseTooNew
from plworkshop.services import demo, workshops
from plworkshop.services.app_session import open_for_app, restore_and_reopen
from plworkshop.services.backups import backup_sqlite


def test_a_newer_backup_is_refused_while_the_app_keeps_its_database(app_paths, tmp_path):
    session = open_for_app(app_paths, app_paths.default_database_url)
    demo.create_demo_workshop(session.db.uow())
    newer = backup_sqlite(app_paths.database_file, tmp_path / "newer.db")
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    backups_before = sorted(p.name for p in app_paths.backups_dir.iterdir())
    with pytest.raises(DatabaseTooNew):
        restore_and_reopen(session, newer)
    assert sorted(p.name for p in app_paths.backups_dir.iterdir()) == backups_before  # no closing backup
    assert session.lock is not None and len(workshops.list_workshops(session.db.uow())) == 1
    assert not list(app_paths.data_dir.glob("plworkshop.before-restore-*"))
    session.close()
