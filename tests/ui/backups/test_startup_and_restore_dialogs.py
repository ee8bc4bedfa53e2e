"""The GUI's answers to a damaged, busy or newer database, and File → Restore from backup."""

from __future__ import annotations

from plworkshop.services import app_session, backup_rotation, demo, workshops
from plworkshop.ui.backups.restore_dialog import RestoreBackupDialog
from plworkshop.ui.backups.startup_problems import StartupChoice, open_database_interactively


def _database_with_backup(app_paths):
    session = app_session.open_for_app(app_paths, app_paths.default_database_url)
    demo.create_demo_workshop(session.db.uow())
    session.close()  # takes the closing backup


def test_damaged_database_offers_the_latest_backup_and_keeps_the_damaged_file(qtbot, app_paths, monkeypatch):
    _database_with_backup(app_paths)
    garbage = b"not a database at all" * 500
    app_paths.database_file.write_bytes(garbage)
    offered = {}

    def damaged(parent, message, has_backup):
        offered.update(message=message, has_backup=has_backup)
        return "restore"

    monkeypatch.setattr(StartupChoice, "damaged", staticmethod(damaged))
    session = open_database_interactively(app_paths, app_paths.default_database_url)
    try:
        assert offered["has_backup"] and "not a plworkshop database" in offered["message"]
        assert [w.title for w in workshops.list_workshops(session.db.uow())] == [
            "Statewide Convening on Personalized Learning Policy"
        ]
    finally:
        session.close()
    kept = list(app_paths.data_dir.glob("plworkshop.before-restore-*.db"))
    assert len(kept) == 1 and kept[0].read_bytes() == garbage


def test_damaged_database_quit_leaves_everything_alone(qtbot, app_paths, monkeypatch):
    app_paths.database_file.write_bytes(b"x" * 5000)
    monkeypatch.setattr(StartupChoice, "damaged", staticmethod(lambda *a: "quit"))
    assert open_database_interactively(app_paths, app_paths.default_database_url) is None
    assert app_paths.database_file.read_bytes() == b"x" * 5000


def test_database_in_use_is_offered_read_only(qtbot, app_paths, monkeypatch):
    first = app_session.open_for_app(app_paths, app_paths.default_database_url)
    asked = []
    monkeypatch.setattr(StartupChoice, "in_use", staticmethod(lambda parent, msg: asked.append(msg) or True))
    try:
        second = open_database_interactively(app_paths, app_paths.default_database_url)
        assert second.read_only and "already open" in asked[0]
        second.close()
    finally:
        first.close()


def test_restore_dialog_lists_backups_newest_first_with_workshop_counts(qtbot, app_paths):
    _database_with_backup(app_paths)
    session = app_session.open_for_app(app_paths, app_paths.default_database_url)
    workshops.create_workshop(session.db.uow(), title="Second")
    session.close()
    dialog = RestoreBackupDialog(app_paths)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(backup_rotation.list_backups(app_paths)) >= 2
    assert dialog.table.item(0, 2).text() == "2"
    assert dialog.selected().path == backup_rotation.list_backups(app_paths)[0].path
    assert dialog.restore_button.isEnabled()


def test_restore_and_reopen_swaps_the_database(qtbot, app_paths):
    _database_with_backup(app_paths)
    oldest = backup_rotation.list_backups(app_paths)[-1].path
    session = app_session.open_for_app(app_paths, app_paths.default_database_url)
    workshops.create_workshop(session.db.uow(), title="Made after the backup")
    reopened = app_session.restore_and_reopen(session, oldest)
    try:
        titles = [w.title for w in workshops.list_workshops(reopened.db.uow())]
        assert "Made after the backup" not in titles
        assert reopened.lock is not None and reopened.lock.held
    finally:
        reopened.close()
