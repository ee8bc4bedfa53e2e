"""Automatic backups with rotation, restore, and one writer app per database."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from plworkshop.domain.errors import DatabaseInUse, StorageFailed
from plworkshop.services import backup_rotation, demo, workshops
from plworkshop.services.app_session import open_for_app
from plworkshop.services.backups import restore_sqlite
from plworkshop.storage.instance_lock import is_locked


def test_open_takes_a_daily_backup_and_close_takes_another(app_paths):
    first = open_for_app(app_paths, app_paths.default_database_url)
    demo.create_demo_workshop(first.db.uow())
    first.close()
    second = open_for_app(app_paths, app_paths.default_database_url)
    second.close()
    backups = backup_rotation.list_backups(app_paths)
    kinds = sorted(b.path.name.rsplit("-", 1)[1] for b in backups)
    # first open: empty database, no backup; close; second open: already backed up today; close
    assert kinds == ["close.db", "close.db"]
    assert backups[0].workshops == 1


def test_rotation_keeps_ten_latest_and_one_per_week_for_two_months(app_paths):
    now = dt.datetime(2027, 3, 1, 12, 0, 0)
    for day in range(0, 120, 2):  # a backup every second day for four months
        when = now - dt.timedelta(days=day)
        (app_paths.backups_dir / f"auto-{when:%Y%m%d-%H%M%S}-000000-open.db").write_bytes(b"x")
    (app_paths.backups_dir / "before-migration-20260101-000000-000000.db").write_bytes(b"x")
    backup_rotation.rotate(app_paths.backups_dir, now=now)
    left = sorted(p.name for p in app_paths.backups_dir.glob("auto-*.db"))
    taken = sorted(dt.datetime.strptime(n[5:20], "%Y%m%d-%H%M%S") for n in left)
    assert len(left) == 10 + len({t.isocalendar()[:2] for t in taken if t < now - dt.timedelta(days=18)})
    assert min(taken) >= now - dt.timedelta(weeks=8)
    assert (app_paths.backups_dir / "before-migration-20260101-000000-000000.db").exists()


def test_restore_brings_back_the_old_state_and_keeps_the_current(app_paths, tmp_path):
    session = open_for_app(app_paths, app_paths.default_database_url)
    demo.create_demo_workshop(session.db.uow())
    session.close()
    backup = backup_rotation.list_backups(app_paths)[0].path
    session = open_for_app(app_paths, app_paths.default_database_url)
    workshops.create_workshop(session.db.uow(), title="After the backup")
    session.close()
    kept = restore_sqlite(backup, app_paths.database_file)
    session = open_for_app(app_paths, app_paths.default_database_url)
    try:
        titles = [w.title for w in workshops.list_workshops(session.db.uow())]
    finally:
        session.close()
    assert "After the backup" not in titles and len(titles) == 1
    assert kept is not None and kept.exists()


def test_second_instance_is_refused_then_may_read_only(app_paths):
    first = open_for_app(app_paths, app_paths.default_database_url)
    try:
        assert is_locked(app_paths.database_file)
        with pytest.raises(DatabaseInUse, match="read-only"):
            open_for_app(app_paths, app_paths.default_database_url)
        viewer = open_for_app(app_paths, app_paths.default_database_url, read_only=True)
        try:
            assert workshops.list_workshops(viewer.db.uow()) == []
            with pytest.raises(StorageFailed, match="read-only"):
                workshops.create_workshop(viewer.db.uow(), title="Nope")
        finally:
            viewer.close()
    finally:
        first.close()
    assert not is_locked(app_paths.database_file)


def test_a_killed_app_never_leaves_the_lock_stuck(app_paths):
    code = (
        "import os,signal,sys; from plworkshop.paths import AppPaths; "
        "from plworkshop.services.app_session import open_for_app; "
        f"s=open_for_app(AppPaths(__import__('pathlib').Path({str(app_paths.data_dir)!r})), "
        f"{app_paths.default_database_url!r}); print('open', flush=True); "
        "os.kill(os.getpid(), signal.SIGKILL)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "open" in result.stdout and result.returncode == -9
    session = open_for_app(app_paths, app_paths.default_database_url)
    session.close()


def test_cli_restore_refuses_while_the_app_has_the_database(app_paths, capsys, tmp_path):
    from plworkshop.cli.main import main

    session = open_for_app(app_paths, app_paths.default_database_url)
    try:
        assert main(["backup", "-o", str(tmp_path / "b.db")]) == 0
        assert main(["restore", str(tmp_path / "b.db")]) == 1
        assert "close the app first" in capsys.readouterr().err
    finally:
        session.close()
