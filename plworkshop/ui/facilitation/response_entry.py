"""Typing what was said: a box that saves on Enter, and a keyboard-friendly attribution chooser."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QPlainTextEdit

from plworkshop.domain.read_models import ParticipantView
from plworkshop.framework.model import Term
from plworkshop.ui.i18n import QT_TRANSLATE_NOOP, term_label, translate

ANONYMOUS_LABEL = QT_TRANSLATE_NOOP("ResponseEntry", "Anonymous")


@dataclass(frozen=True)
class Attribution:
    """Who a new response is attributed to: exactly one of a person, a group, or nobody."""

    participant_id: str | None = None
    stakeholder_group: str | None = None

    @property
    def key(self) -> str:
        if self.participant_id:
            return f"p:{self.participant_id}"
        return f"g:{self.stakeholder_group}" if self.stakeholder_group else "anonymous"

    @staticmethod
    def from_key(key: str) -> Attribution:
        if key.startswith("p:"):
            return Attribution(participant_id=key[2:])
        if key.startswith("g:"):
            return Attribution(stakeholder_group=key[2:])
        return Attribution()


class EntryBox(QPlainTextEdit):
    """Enter records the text (signal `submitted`); Shift+Enter starts a new line."""

    submitted = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(
            translate("ResponseEntry", "Type what was said and press Enter  (Shift+Enter for a new line)")
        )
        self.setAccessibleName(translate("ResponseEntry", "New input"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            else:
                self.submitted.emit(self.toPlainText())
            event.accept()
            return
        super().keyPressEvent(event)


class AttributionCombo(QComboBox):
    """'Anonymous', each participant ('Ana Ruiz — Families') and each group ('Group: Families').

    Type part of a name or group and press Enter: the unique match (or first match) is chosen.
    The choice stays until changed, so a run of input from one person needs no re-selection.
    """

    attribution_changed = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        self.setMinimumContentsLength(22)
        self.setAccessibleName(translate("ResponseEntry", "Said by"))
        self.lineEdit().setAccessibleName(translate("ResponseEntry", "Said by"))
        self.lineEdit().setAccessibleDescription(
            translate("ResponseEntry", "Type part of a name or group and press Enter.")
        )
        self._labels = QStringListModel(self)
        completer = QCompleter(self._labels, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.activated[str].connect(self.choose_text)
        self.setCompleter(completer)
        self.lineEdit().returnPressed.connect(lambda: self.choose_text(self.currentText()))
        self.lineEdit().editingFinished.connect(self._settle)
        self.currentIndexChanged.connect(lambda _i: self.attribution_changed.emit(self.attribution()))
        self._chosen = 0

    def set_choices(self, people: list[ParticipantView], groups: tuple[Term, ...], group_label) -> None:
        """Fill the list, keeping the current choice when it is still there."""
        previous = self.attribution()
        self.blockSignals(True)
        self.clear()
        self.addItem(translate("ResponseEntry", ANONYMOUS_LABEL), Attribution().key)
        for person in people:
            if person.forgotten:
                continue
            self.addItem(
                f"{person.name} — {group_label(person.stakeholder_group)}",
                Attribution(participant_id=person.id).key,
            )
        for group in groups:
            self.addItem(
                translate("ResponseEntry", "Group: {label}").format(
                    label=term_label("stakeholder_groups", group)
                ),
                Attribution(stakeholder_group=group.key).key,
            )
        self._labels.setStringList([self.itemText(i) for i in range(self.count())])
        found = max(0, self.findData(previous.key))
        self.setCurrentIndex(found)
        self._chosen = found
        self.blockSignals(False)

    def attribution(self) -> Attribution:
        data = self.itemData(self.currentIndex()) if self.currentIndex() >= 0 else None
        return Attribution.from_key(data) if isinstance(data, str) else Attribution()

    def set_attribution(self, attribution: Attribution) -> None:
        index = self.findData(attribution.key)
        if index >= 0:
            self.setCurrentIndex(index)
            self._chosen = index

    def choose_text(self, text: str) -> bool:
        """Choose the item matching typed text; unknown text puts the previous choice back."""
        index = self._match(text)
        if index < 0:
            index = self._chosen
        self.setCurrentIndex(index)
        self.setEditText(self.itemText(index))
        self._chosen = index
        return self.itemText(index).casefold() == text.strip().casefold() or self._match(text) >= 0

    def _settle(self) -> None:
        if self.currentText() != self.itemText(self.currentIndex()):
            self.choose_text(self.currentText())

    def _match(self, text: str) -> int:
        wanted = text.strip().casefold()
        if not wanted:
            return -1
        labels = [self.itemText(i).casefold() for i in range(self.count())]
        for rule in (
            lambda s: s == wanted,
            lambda s: s.startswith(wanted),
            lambda s: any(w.startswith(wanted) for w in s.replace("—", " ").split()),
            lambda s: wanted in s,
        ):
            hits = [n for n, label in enumerate(labels) if rule(label)]
            if hits:
                return hits[0]
        return -1
