"""Add a condition of the facilitator's own: title, strategy, summary, and each stage's text."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from plworkshop.framework.loader import PackError
from plworkshop.framework.model import STAGE_NAMES, Condition, FrameworkPack
from plworkshop.framework.pack_edits import StageText, make_condition
from plworkshop.ui.i18n import term_label, translate


def _box(name: str, hint: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setPlaceholderText(hint)
    box.setTabChangesFocus(True)
    return box


class NewConditionDialog(QDialog):
    """Asks for everything a condition needs; `condition` holds the result after accept()."""

    def __init__(self, pack: FrameworkPack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("NewConditionDialog", "Add a condition"))
        self.pack = pack
        self.condition: Condition | None = None
        self.title = QLineEdit()
        self.title.setAccessibleName(translate("NewConditionDialog", "Condition title"))
        self.title.setPlaceholderText(
            translate("NewConditionDialog", "e.g. a state priority, or the framework's twelfth condition")
        )
        self.strategy = QComboBox()
        self.strategy.setAccessibleName(translate("NewConditionDialog", "Strategy"))
        for term in pack.strategies:
            self.strategy.addItem(term_label("strategies", term), term.key)
        self.summary = _box(
            translate("NewConditionDialog", "Summary"),
            translate("NewConditionDialog", "One paragraph on what this condition is about"),
        )
        self.stage_boxes: list[tuple[QPlainTextEdit, QPlainTextEdit, QPlainTextEdit]] = []
        tabs = QTabWidget()
        for number, name in sorted(STAGE_NAMES.items()):
            page = QWidget()
            goal = _box(
                translate("NewConditionDialog", "Stage {number} goal").format(number=number),
                translate("NewConditionDialog", "What the state has achieved at this stage"),
            )
            actions = _box(
                translate("NewConditionDialog", "Stage {number} supporting actions").format(number=number),
                translate("NewConditionDialog", "One supporting action per line"),
            )
            questions = _box(
                translate("NewConditionDialog", "Stage {number} strategic questions").format(number=number),
                translate("NewConditionDialog", "One strategic question per line"),
            )
            form = QFormLayout(page)
            form.addRow(translate("NewConditionDialog", "Goal"), goal)
            form.addRow(translate("NewConditionDialog", "Supporting actions"), actions)
            form.addRow(translate("NewConditionDialog", "Strategic questions"), questions)
            tabs.addTab(page, f"{number}. {name}")
            self.stage_boxes.append((goal, actions, questions))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a4161a;")
        self.problem.setAccessibleName(translate("NewConditionDialog", "Problem"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(translate("NewConditionDialog", "&Title"), self.title)
        form.addRow(translate("NewConditionDialog", "S&trategy"), self.strategy)
        form.addRow(translate("NewConditionDialog", "&Summary"), self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(
                translate(
                    "NewConditionDialog",
                    "Each stage needs a goal, at least one supporting action and one question:",
                )
            )
        )
        layout.addWidget(tabs)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def stage_texts(self) -> list[StageText]:
        return [
            StageText(
                goal.toPlainText(),
                tuple(actions.toPlainText().splitlines()),
                tuple(questions.toPlainText().splitlines()),
            )
            for goal, actions, questions in self.stage_boxes
        ]

    def accept(self) -> None:
        """Build the condition; a missing part is shown in the dialog, which stays open."""
        try:
            self.condition = make_condition(
                self.pack,
                title=self.title.text(),
                strategy=self.strategy.currentData(),
                summary=self.summary.toPlainText(),
                stages=self.stage_texts(),
            )
        except PackError as exc:
            self.problem.setText(
                translate("NewConditionDialog", "The {file} {value}.").format(
                    file=exc.file, value=str(exc).split(": ", 1)[-1]
                )
            )
            return
        super().accept()

    @classmethod
    def ask(cls, pack: FrameworkPack, parent: QWidget | None = None) -> Condition | None:
        dialog = cls(pack, parent)
        return dialog.condition if dialog.exec() == QDialog.DialogCode.Accepted else None
