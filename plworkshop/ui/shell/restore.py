"""Tools → Restore from backup: choose a backup, reopen the database on it, and hand it to the context."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from plworkshop.ui.context import UiContext
from plworkshop.ui.i18n import translate


def restore_from_backup(ctx: UiContext, parent: QWidget, before_swap=None) -> str | None:
    """Ask for a backup and restore it, keeping the current database aside; the backup's name, or None.

    `before_swap()` runs once a backup is chosen and before the database is swapped (the shell closes
    the open workshop there). Every screen re-reads through `ctx.replace_database`.
    """
    from plworkshop.services import app_session
    from plworkshop.ui.backups.restore_dialog import RestoreBackupDialog

    if not ctx.can_restore_backups:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            parent,
            "plworkshop",
            translate(
                "MainWindow",
                "Restoring a backup works on the SQLite database "
                "this app opened; a shared server is restored with its own tools.",
            ),
        )
        return None
    chosen = RestoreBackupDialog.choose(ctx.paths, parent)
    if chosen is None:
        return None
    if before_swap is not None:
        before_swap()
    try:
        reopened = app_session.restore_and_reopen(ctx.session, chosen)
    except Exception as exc:  # noqa: BLE001 - shown as one clear message
        ctx.report_error(parent, exc)
        return None
    ctx.replace_database(reopened)
    return chosen.name
