"""File → Restore from backup: the backups listed by time and workshop count, newest first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from plworkshop.paths import AppPaths
from plworkshop.services.backup_rotation import BackupInfo, list_backups
from plworkshop.ui.i18n import format_moment, translate


def _size(n: int) -> str:
    return (
        translate("RestoreDialog", "{value:.1f} MB").format(value=n / 1048576)
        if n >= 1_048_576
        else translate("RestoreDialog", "{max} KB").format(max=max(1, n // 1024))
    )


class RestoreBackupDialog(QDialog):
    """Lists every backup; the chosen one replaces the database (the current one is kept aside)."""

    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("RestoreDialog", "Restore from backup"))
        self.setAccessibleName(translate("RestoreDialog", "Restore from backup"))
        self.resize(640, 420)
        self.backups: list[BackupInfo] = list_backups(paths)
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "RestoreDialog",
                "Choose a backup to go back to. The database as it is now is kept aside, "
                "so restoring can itself be undone by restoring again.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(self.backups), 4, self)
        self.table.setAccessibleName(translate("RestoreDialog", "Backups"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("RestoreDialog", "Taken"),
                translate("RestoreDialog", "Kind"),
                translate("RestoreDialog", "Workshops"),
                translate("RestoreDialog", "Size"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, info in enumerate(self.backups):
            count = "unreadable" if info.workshops is None else str(info.workshops)
            for col, text in enumerate(
                (format_moment(info.taken_at), info.kind, count, _size(info.size_bytes))
            ):
                item = QTableWidgetItem(text)
                if col >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        layout.addWidget(self.table)
        if not self.backups:
            layout.addWidget(
                QLabel(
                    translate(
                        "RestoreDialog",
                        "There are no backups yet. One is taken each day you open "
                        "plworkshop and each time you close it.",
                    )
                )
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(
            translate("RestoreDialog", "Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        if self.backups:
            self.table.selectRow(0)

    def _selection_changed(self) -> None:
        info = self.selected()
        self.restore_button.setEnabled(info is not None and info.workshops is not None)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    @classmethod
    def choose(cls, paths: AppPaths, parent: QWidget | None = None) -> Path | None:
        """Show the dialog; the chosen backup's path after the person confirms, else None."""
        dialog = cls(paths, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.selected() is None:
            return None
        info = dialog.selected()
        answer = QMessageBox.question(
            parent,
            translate("RestoreDialog", "Restore from backup"),
            translate(
                "RestoreDialog",
                "Go back to the backup of {taken_at:%Y-%m-%d %H:%M} ({workshops} workshops)? Anything "
                "recorded after it will be set aside with the current database.",
            ).format(taken_at=info.taken_at, workshops=info.workshops),
        )
        return info.path if answer == QMessageBox.StandardButton.Yes else None
