"""Tools → Restore from backup in the real main window: the workshops list follows the restored file."""

from __future__ import annotations

from plworkshop.services import app_session, backup_rotation, demo, workshops
from plworkshop.ui.backups.restore_dialog import RestoreBackupDialog


def test_restore_from_backup_swaps_the_database_under_the_window(qtbot, qapp, app_paths, monkeypatch):
    from plworkshop.app import build_context, build_main_window

    first = app_session.open_for_app(app_paths, app_paths.default_database_url)
    demo.create_demo_workshop(first.db.uow())
    first.close()  # closing backup holds only the demo
    session = app_session.open_for_app(app_paths, app_paths.default_database_url)
    ctx = build_context(app_paths, db=session.db)
    ctx.session = session
    window = build_main_window(ctx, first_run_demo=False)
    qtbot.addWidget(window)
    window.show()
    ctx.call(workshops.create_workshop, title="Recorded after the backup")
    ctx.changed("", "workshop")
    assert window.home.model.rowCount() == 2

    backup = backup_rotation.list_backups(app_paths)[0].path
    monkeypatch.setattr(RestoreBackupDialog, "choose", classmethod(lambda cls, paths, parent=None: backup))
    window.actions_by_name["restore_backup"].trigger()
    try:
        titles = [w.title for w in ctx.call(workshops.list_workshops)]
        assert titles == ["Statewide Convening on Personalized Learning Policy"]
        assert window.home.model.rowCount() == 1
        assert ctx.session is not session and ctx.session.lock.held
    finally:
        ctx.session.close()
