"""Choosing which recorded input an action item answers: a filterable checklist of the workshop's
responses (withdrawn input is left out)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from plworkshop.domain.read_models import ResponseView
from plworkshop.ui.i18n import translate


class LinkedResponsesDialog(QDialog):
    """Tick the responses to link; `ask` is the seam tests replace."""

    def __init__(
        self,
        responses: list[ResponseView],
        titles: dict[str, str],
        selected: tuple[str, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("LinkedResponsesDialog", "Linked input"))
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(translate("LinkedResponsesDialog", "Tick the input this action item answers."))
        )
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(translate("LinkedResponsesDialog", "Filter…"))
        self.filter.textChanged.connect(self._filter)
        layout.addWidget(self.filter)
        self.list = QListWidget()
        chosen = set(selected)
        for r in responses:
            if r.hidden and r.id not in chosen:
                continue
            item = QListWidgetItem(f"{titles.get(r.condition, r.condition)}:  {' '.join(r.text.split())}")
            item.setToolTip(r.text)
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if r.id in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def selected_ids(self) -> tuple[str, ...]:
        return tuple(
            self.list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        responses: list[ResponseView],
        titles: dict[str, str],
        selected: tuple[str, ...],
    ) -> tuple[str, ...] | None:
        """The chosen response ids, or None when cancelled."""
        dialog = cls(responses, titles, selected, parent)
        return dialog.selected_ids() if dialog.exec() == QDialog.DialogCode.Accepted else None
