"""The questions Home and the main window ask; each a classmethod seam that tests replace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from plworkshop.ui.i18n import QT_TRANSLATE_NOOP, translate

BUNDLE_FILTER = QT_TRANSLATE_NOOP(
    "Dialogs",
    "Workshop bundles and action plans (*.plw *.json *.xlsx);;Workshop bundles (*.plw *.json);;"
    "Edited action-plan workbooks (*.xlsx);;All files (*)",
)


class ConfirmDelete:
    """Ask before a workshop goes to the trash."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str) -> bool:
        answer = QMessageBox.question(
            parent,
            translate("Dialogs", "Delete workshop"),
            translate(
                "Dialogs",
                "Move “{title}” to the trash?\n\nIt stays in the trash for 30 days and can be restored from "
                "Home → Trash. Edit → Undo also brings it back.",
            ).format(title=title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes


class BundleFiles:
    """Choosing files to import: workshop bundles, or action-plan workbooks edited since their export."""

    @classmethod
    def choose_imports(cls, parent: QWidget | None) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(
            parent,
            translate("Dialogs", "Import workshop bundles or an edited action plan"),
            str(Path.home()),
            translate("Dialogs", BUNDLE_FILTER),
        )
        return [Path(name) for name in names]


class Notice:
    """A short piece of news for the person (an import finished, a workshop was restored)."""

    @classmethod
    def info(cls, parent: QWidget | None, text: str) -> None:
        QMessageBox.information(parent, "plworkshop", text)
