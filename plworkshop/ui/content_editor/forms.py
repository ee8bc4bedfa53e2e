"""The two editing forms of the content editor: one condition's title/strategy/summary, one stage's text."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from plworkshop.framework.model import Condition, FrameworkPack, Question
from plworkshop.framework.pack_edits import with_stage
from plworkshop.ui.content_editor.text_list import TextList
from plworkshop.ui.i18n import QT_TRANSLATE_NOOP, stage_name, term_label, translate

OFFICIAL_NOTE = QT_TRANSLATE_NOOP(
    "Forms", "Official text: the publisher's own wording. Changing it makes it adapted."
)
ADAPTED_NOTE = QT_TRANSLATE_NOOP("Forms", "Adapted text: not the publisher's wording.")
CUSTOM_NOTE = QT_TRANSLATE_NOOP("Forms", "A condition you added (adapted text).")


def source_note(condition: Condition) -> str:
    if condition.custom:
        return translate("Forms", CUSTOM_NOTE)
    return translate("Forms", OFFICIAL_NOTE if condition.official else ADAPTED_NOTE)


def _text_box(name: str, lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * (lines + 1) + 12)
    return box


class ConditionForm(QWidget):
    """Edits a condition's title, strategy and summary; `edited(condition)` after every change."""

    edited = Signal(object)
    remove_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._condition: Condition | None = None
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.title = QLineEdit()
        self.title.setAccessibleName(translate("Forms", "Condition title"))
        self.strategy = QComboBox()
        self.strategy.setAccessibleName(translate("Forms", "Strategy"))
        self.summary = _text_box(translate("Forms", "Summary"), 5)
        self.remove_button = QPushButton(translate("Forms", "Remove this condition"))
        self.remove_button.setAccessibleDescription(
            translate("Forms", "Only conditions you added can be removed.")
        )
        form = QFormLayout()
        form.addRow(translate("Forms", "&Title"), self.title)
        form.addRow(translate("Forms", "S&trategy"), self.strategy)
        form.addRow(translate("Forms", "&Summary"), self.summary)
        layout = QVBoxLayout(self)
        layout.addWidget(self.source)
        layout.addLayout(form)
        layout.addWidget(self.remove_button)
        layout.addStretch(1)
        self.title.textEdited.connect(self._emit)
        self.strategy.activated.connect(self._emit)
        self.summary.textChanged.connect(self._emit)
        self.remove_button.clicked.connect(
            lambda: self._condition and self.remove_requested.emit(self._condition.key)
        )

    def show_condition(self, pack: FrameworkPack, condition: Condition) -> None:
        self._condition = None  # no edits while filling the fields
        self.source.setText(source_note(condition))
        self.title.setText(condition.title)
        self.strategy.clear()
        for term in pack.strategies:
            self.strategy.addItem(term_label("strategies", term), term.key)
        self.strategy.setCurrentIndex(max(0, self.strategy.findData(condition.strategy)))
        self.summary.setPlainText(condition.summary)
        self.remove_button.setVisible(condition.custom)
        self._condition = condition

    def _emit(self, *_args) -> None:
        if self._condition is None:
            return
        self._condition = dataclasses.replace(
            self._condition,
            title=self.title.text(),
            strategy=self.strategy.currentData(),
            summary=self.summary.toPlainText(),
        )
        self.edited.emit(self._condition)


class StageForm(QWidget):
    """Edits one stage's goal, supporting actions and strategic questions."""

    edited = Signal(object)

    def __init__(self, new_question_key: Callable[[str, int], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._condition: Condition | None = None
        self._number = 1
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.goal = _text_box(translate("Forms", "Goal"), 3)
        self.actions = TextList(translate("Forms", "supporting action"))
        self.questions = TextList(translate("Forms", "strategic question"))
        self.questions.new_key = lambda: new_question_key(self._condition.key, self._number)
        form = QFormLayout()
        form.addRow(translate("Forms", "&Goal"), self.goal)
        form.addRow(translate("Forms", "Supporting &actions"), self.actions)
        form.addRow(translate("Forms", "Strategic &questions"), self.questions)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        self.goal.textChanged.connect(self._emit)
        self.actions.changed.connect(self._emit)
        self.questions.changed.connect(self._emit)

    def show_stage(self, condition: Condition, number: int) -> None:
        self._condition = None
        self._number = number
        stage = condition.stage(number)
        self.show_note(condition)
        self.goal.setPlainText(stage.goal)
        self.actions.set_rows([(None, text) for text in stage.actions])
        self.questions.set_rows([(q.key, q.text) for q in stage.questions])
        self._condition = condition

    def show_note(self, condition: Condition) -> None:
        """The heading: which stage, and whether its text is official or adapted."""
        self.heading.setText(
            translate("Forms", "{title} — stage {number}: {value}\n{source_note}").format(
                title=condition.title,
                number=self._number,
                value=stage_name(self._number),
                source_note=source_note(condition),
            )
        )

    def _emit(self, *_args) -> None:
        if self._condition is None:
            return
        self._condition = with_stage(
            self._condition,
            self._number,
            goal=self.goal.toPlainText(),
            actions=tuple(text for _key, text in self.actions.rows()),
            questions=tuple(Question(key, text) for key, text in self.questions.rows()),
        )
        self.edited.emit(self._condition)
