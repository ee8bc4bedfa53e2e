"""Correcting who said something: a small chooser over the roster and groups, opened on one entry."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from plworkshop.domain.read_models import ParticipantView, ResponseView
from plworkshop.framework.model import Term
from plworkshop.ui.facilitation.response_entry import Attribution, AttributionCombo
from plworkshop.ui.i18n import translate


class SpeakerDialog(QDialog):
    """Type part of a name or group and press Enter; `chosen(response_id, Attribution)` fires once."""

    chosen = Signal(str, object)

    def __init__(
        self,
        response: ResponseView,
        people: list[ParticipantView],
        groups: tuple[Term, ...],
        group_label,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SpeakerDialog", "Change who said it"))
        self.response_id = response.id
        quote = response.text if len(response.text) <= 80 else response.text[:80] + "…"
        said = QLabel(translate("SpeakerDialog", "Who said “{text}”?").format(text=quote))
        said.setWordWrap(True)
        said.setTextFormat(Qt.TextFormat.PlainText)
        self.combo = AttributionCombo(self)
        self.combo.set_choices(people, groups, group_label)
        current = (
            Attribution(participant_id=response.participant_id)
            if response.participant_id
            else Attribution(stakeholder_group=response.stakeholder_group)
        )
        self.combo.set_attribution(current)
        self.problem = QLabel(objectName="Hint")
        self.problem.setStyleSheet("color: #a4000f; font-weight: 600;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.combo.unmatched.connect(self._unmatched)
        self.combo.lineEdit().returnPressed.connect(self._enter)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():
            button.setAutoDefault(False)
            button.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(said)
        layout.addWidget(self.combo)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.combo.setFocus()
        self.combo.lineEdit().selectAll()
        self._done = False

    def _unmatched(self, text: str) -> None:
        self.problem.setText(
            translate("SpeakerDialog", "No one on the roster or in the groups matches “{text}”.").format(
                text=text
            )
        )
        self.problem.show()

    def _enter(self) -> None:
        if not self.combo.last_matched:
            return  # the text matched nothing; stay open so it can be typed again
        self._accept()

    def _accept(self) -> None:
        if self._done:
            return
        self._done = True
        self.chosen.emit(self.response_id, self.combo.attribution())
        self.accept()
