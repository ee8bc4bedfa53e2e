"""Add a condition of the facilitator's own: title, strategy, summary, and each stage's goal, actions, questions."""

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
        self.setWindowTitle("Add a condition")
        self.pack = pack
        self.condition: Condition | None = None
        self.title = QLineEdit()
        self.title.setAccessibleName("Condition title")
        self.title.setPlaceholderText("e.g. a state priority, or the framework's twelfth condition")
        self.strategy = QComboBox()
        self.strategy.setAccessibleName("Strategy")
        for term in pack.strategies:
            self.strategy.addItem(term.label, term.key)
        self.summary = _box("Summary", "One paragraph on what this condition is about")
        self.stage_boxes: list[tuple[QPlainTextEdit, QPlainTextEdit, QPlainTextEdit]] = []
        tabs = QTabWidget()
        for number, name in sorted(STAGE_NAMES.items()):
            page = QWidget()
            goal = _box(f"Stage {number} goal", "What the state has achieved at this stage")
            actions = _box(f"Stage {number} supporting actions", "One supporting action per line")
            questions = _box(f"Stage {number} strategic questions", "One strategic question per line")
            form = QFormLayout(page)
            form.addRow("Goal", goal)
            form.addRow("Supporting actions", actions)
            form.addRow("Strategic questions", questions)
            tabs.addTab(page, f"{number}. {name}")
            self.stage_boxes.append((goal, actions, questions))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a4161a;")
        self.problem.setAccessibleName("Problem")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("&Title", self.title)
        form.addRow("S&trategy", self.strategy)
        form.addRow("&Summary", self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel("Each stage needs a goal, at least one supporting action and one question:"))
        layout.addWidget(tabs)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def stage_texts(self) -> list[StageText]:
        return [StageText(goal.toPlainText(), tuple(actions.toPlainText().splitlines()),
                          tuple(questions.toPlainText().splitlines()))
                for goal, actions, questions in self.stage_boxes]

    def accept(self) -> None:
        """Build the condition; a missing part is shown in the dialog, which stays open."""
        try:
            self.condition = make_condition(self.pack, title=self.title.text(),
                                            strategy=self.strategy.currentData(),
                                            summary=self.summary.toPlainText(), stages=self.stage_texts())
        except PackError as exc:
            self.problem.setText(f"The {exc.file} {str(exc).split(': ', 1)[-1]}.")
            return
        super().accept()

    @classmethod
    def ask(cls, pack: FrameworkPack, parent: QWidget | None = None) -> Condition | None:
        dialog = cls(pack, parent)
        return dialog.condition if dialog.exec() == QDialog.DialogCode.Accepted else None
