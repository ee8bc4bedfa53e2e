"""Typing what was said: a box that saves on Enter, and a keyboard-friendly attribution chooser."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QCompleter, QPlainTextEdit

from plworkshop.domain.read_models import ParticipantView
from plworkshop.framework.model import Term
from plworkshop.ui.i18n import QT_TRANSLATE_NOOP, term_label, translate

ANONYMOUS_LABEL = QT_TRANSLATE_NOOP("ResponseEntry", "Anonymous")
# What may stand before a name to say which kind is meant ("Group: Families", "Person: Ana").
GROUP_PREFIXES = ("group:", "grupo:", "g:")
PERSON_PREFIXES = ("person:", "persona:", "p:")
_KIND_ORDER = {"group": 0, "anonymous": 1, "person": 2}


def history_key(event: QKeyEvent) -> str | None:
    """'undo' for Ctrl+Z, 'redo' for Ctrl+Shift+Z or Ctrl+Y, else None."""
    if event.matches(QKeySequence.StandardKey.Undo):
        return "undo"
    combo = event.keyCombination().toCombined()
    redo = {QKeySequence("Ctrl+Shift+Z")[0].toCombined(), QKeySequence("Ctrl+Y")[0].toCombined()}
    if event.matches(QKeySequence.StandardKey.Redo) or combo in redo:
        return "redo"
    return None


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
    """Enter records the text (signal `submitted`); Shift+Enter starts a new line.

    When the box is empty, Ctrl+Z / Ctrl+Shift+Z (Ctrl+Y) undo and redo the recorded entries (signal
    `history`): right after Enter is when a facilitator reaches for undo. With text in the box they are
    the text's own undo. Down in an empty box moves to the list (signal `to_list`); Ctrl+Down stays the
    page's next question.
    """

    submitted = Signal(str)
    history = Signal(str)
    to_list = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(
            translate("ResponseEntry", "Type what was said and press Enter  (Shift+Enter for a new line)")
        )
        self.setAccessibleName(translate("ResponseEntry", "New input"))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._claims(event):
            event.accept()  # handled in keyPressEvent, not by the window's Undo action
            return True
        return super().event(event)

    def _claims(self, event: QKeyEvent) -> bool:
        empty = not self.toPlainText()
        if empty and history_key(event):
            return True
        no_modifiers = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        return empty and event.key() == Qt.Key.Key_Down and no_modifiers

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._claims(event):
            which = history_key(event)
            if which:
                self.history.emit(which)
            else:
                self.to_list.emit()
            event.accept()
            return
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

    Type part of a name or group and press Enter. A group's name (or the start of it) picks the group
    before any person in it; "Group: …" and "Person: …" say which is meant. Text that matches nothing
    keeps the previous choice and says so (signal `unmatched(text)`), so the person can type again.
    The choice stays until changed, so a run of input from one person needs no re-selection.
    """

    attribution_changed = Signal(object)
    unmatched = Signal(str)
    matched = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        self.setMinimumContentsLength(16)
        self.setAccessibleName(translate("ResponseEntry", "Said by"))
        self.lineEdit().setAccessibleName(translate("ResponseEntry", "Said by"))
        self.lineEdit().setAccessibleDescription(
            translate("ResponseEntry", "Type part of a name or group and press Enter.")
        )
        self._labels = QStringListModel(self)
        self._kinds: list[tuple[str, str]] = []  # (kind, bare name) per item
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
        self.last_matched = True

    def set_choices(self, people: list[ParticipantView], groups: tuple[Term, ...], group_label) -> None:
        """Fill the list, keeping the current choice when it is still there."""
        previous = self.attribution()
        self.blockSignals(True)
        self.clear()
        anonymous = translate("ResponseEntry", ANONYMOUS_LABEL)
        self.addItem(anonymous, Attribution().key)
        self._kinds = [("anonymous", anonymous)]
        for person in people:
            if person.forgotten:
                continue
            self.addItem(
                f"{person.name} — {group_label(person.stakeholder_group)}",
                Attribution(participant_id=person.id).key,
            )
            self._kinds.append(("person", person.name))
        for group in groups:
            label = term_label("stakeholder_groups", group)
            self.addItem(
                translate("ResponseEntry", "Group: {label}").format(label=label),
                Attribution(stakeholder_group=group.key).key,
            )
            self._kinds.append(("group", label))
        self._labels.setStringList([self.itemText(i) for i in range(self.count())])
        found = max(0, self.findData(previous.key))
        self.setCurrentIndex(found)
        self._chosen = found
        self.blockSignals(False)

    def attribution(self) -> Attribution:
        data = self.itemData(self.currentIndex()) if self.currentIndex() >= 0 else None
        return Attribution.from_key(data) if isinstance(data, str) else Attribution()

    def chosen_name(self) -> str:
        """The chosen person's or group's name alone ("Families", "Ana Ruiz", "Anonymous")."""
        index = self.currentIndex()
        return self._kinds[index][1] if 0 <= index < len(self._kinds) else ""

    def chosen_kind(self) -> str:
        index = self.currentIndex()
        return self._kinds[index][0] if 0 <= index < len(self._kinds) else "anonymous"

    def set_attribution(self, attribution: Attribution) -> None:
        index = self.findData(attribution.key)
        if index >= 0:
            self.setCurrentIndex(index)
            self._chosen = index

    def choose_text(self, text: str) -> bool:
        """Choose the item matching typed text; True when something matched. Unknown text puts the
        previous choice back and is announced through `unmatched`."""
        index = self._match(text)
        matched = index >= 0
        self.last_matched = matched or not text.strip()
        if not matched:
            index = self._chosen
        self.setCurrentIndex(index)
        self.setEditText(self.itemText(index))
        self._chosen = index
        if not matched and text.strip():
            self.lineEdit().selectAll()
            self.unmatched.emit(text.strip())
        elif matched:
            self.matched.emit()
        return matched

    def _settle(self) -> None:
        if self.currentText() != self.itemText(self.currentIndex()):
            self.choose_text(self.currentText())

    def _match(self, text: str) -> int:
        wanted = " ".join(text.split()).casefold()
        if not wanted:
            return -1
        full = [self.itemText(i).casefold() for i in range(self.count())]
        exact = [n for n, label in enumerate(full) if label == wanted]
        if exact:
            return exact[0]
        kinds = {"group", "person", "anonymous"}
        own = translate("ResponseEntry", "Group: {label}").format(label="").strip().casefold()
        for prefixes, kind in ((GROUP_PREFIXES + (own,), "group"), (PERSON_PREFIXES, "person")):
            hit = next((p for p in prefixes if p and wanted.startswith(p)), None)
            if hit:
                wanted, kinds = wanted[len(hit) :].strip(), {kind}
                break
        if not wanted:
            return -1
        order = sorted(
            (n for n, (kind, _bare) in enumerate(self._kinds) if kind in kinds and n < len(full)),
            key=lambda n: _KIND_ORDER[self._kinds[n][0]],
        )
        bare = {n: self._kinds[n][1].casefold() for n in order}
        for rule in (
            lambda n: bare[n] == wanted,
            lambda n: bare[n].startswith(wanted),
            lambda n: any(w.startswith(wanted) for w in bare[n].split()),
            lambda n: wanted in full[n],
        ):
            hits = [n for n in order if rule(n)]
            if hits:
                return hits[0]
        return -1
