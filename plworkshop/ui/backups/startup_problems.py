"""What the app says when its database cannot simply be opened: damaged, in use, or too new.

`open_database_interactively` is called by the composition root before the main window exists.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from plworkshop.domain.errors import DatabaseDamaged, DatabaseInUse, DatabaseTooNew
from plworkshop.paths import AppPaths
from plworkshop.services import app_session, backup_rotation
from plworkshop.ui.i18n import translate

log = logging.getLogger(__name__)


class StartupChoice:
    """Seams for tests: each returns the person's choice without showing anything when patched."""

    @staticmethod
    def damaged(parent: QWidget | None, message: str, has_backup: bool) -> str:
        box = QMessageBox(QMessageBox.Icon.Critical, "plworkshop", message, parent=parent)
        box.setInformativeText(
            translate("StartupProblems", "The damaged file will not be changed or deleted.")
        )
        restore = box.addButton(
            translate("StartupProblems", "Restore the latest backup"), QMessageBox.ButtonRole.AcceptRole
        )
        restore.setEnabled(has_backup)
        other = box.addButton(
            translate("StartupProblems", "Open another file…"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        return "restore" if clicked is restore else "other" if clicked is other else "quit"

    @staticmethod
    def in_use(parent: QWidget | None, message: str) -> bool:
        answer = QMessageBox.question(
            parent, "plworkshop", message + translate("StartupProblems", "\n\nOpen it read-only?")
        )
        return answer == QMessageBox.StandardButton.Yes

    @staticmethod
    def other_file(parent: QWidget | None, start: str) -> str:
        path, _ = QFileDialog.getOpenFileName(
            parent,
            translate("StartupProblems", "Open a plworkshop database"),
            start,
            translate("StartupProblems", "plworkshop databases (*.db);;All files (*)"),
        )
        return path

    @staticmethod
    def too_new(parent: QWidget | None, message: str) -> None:
        QMessageBox.critical(parent, "plworkshop", message)


def open_database_interactively(
    paths: AppPaths, url: str, parent: QWidget | None = None
) -> app_session.AppDatabase | None:
    """Open the database for the GUI, asking the person what to do if that is not possible.

    Returns None when the person chooses to quit.
    """
    while True:
        try:
            return app_session.open_for_app(paths, url)
        except DatabaseInUse as exc:
            if not StartupChoice.in_use(parent, str(exc)):
                return None
            return app_session.open_for_app(paths, url, read_only=True)
        except DatabaseTooNew as exc:
            StartupChoice.too_new(parent, str(exc))
            return None
        except DatabaseDamaged as exc:
            log.warning("Damaged database at start: %s", exc)
            latest = backup_rotation.latest_good_backup(paths)
            choice = StartupChoice.damaged(parent, str(exc), latest is not None)
            if choice == "restore" and latest is not None:
                return app_session.replace_damaged_with_backup(paths, url, latest.path)
            if choice == "other":
                chosen = StartupChoice.other_file(parent, str(paths.data_dir))
                if chosen:
                    url = f"sqlite:///{chosen}"
                    continue
            return None
