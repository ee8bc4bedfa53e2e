"""The centre of the facilitation view: the condition, the stage's goal and actions, and the
strategic question in large type, with the early-adopter story on demand."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from plworkshop.framework.model import Condition
from plworkshop.ui.i18n import QT_TRANSLATE_NOOP, language_tag, localize_condition, stage_name, translate
from plworkshop.ui.theme import scale_points

ADAPTED_BADGE = QT_TRANSLATE_NOOP("ContentPanel", "Adapted for facilitation — not the official wording")

_STYLE = """
QWidget#contentBody { background: #ffffff; }
QLabel#conditionTitle { font-size: 22pt; font-weight: 700; color: #14213d; }
QLabel#adaptedBadge { background: #fff3cd; color: #7a4b00; border: 1px solid #e0b64a;
                      border-radius: 10px; padding: 2px 10px; font-size: 10pt; font-weight: 600; }
QLabel#languageTag { background: #e8eef7; color: #1d3557; border: 1px solid #8aa4c8;
                      border-radius: 10px; padding: 2px 10px; font-size: 10pt; font-weight: 700; }
QLabel#summary { font-size: 12pt; color: #3a3f4b; }
QLabel#stageLine { font-size: 11pt; font-weight: 700; color: #1d4e89; letter-spacing: 0.5px; }
QFrame#questionBox { background: #eef4fb; border-left: 6px solid #1d4e89; border-radius: 4px; }
QLabel#question { font-size: 24pt; font-weight: 600; color: #0b1b33; }
QLabel#question[compact="true"] { font-size: 16pt; }
QPushButton#foldToggle { font-size: 10pt; padding: 2px 10px; }
QLabel#sectionHead { font-size: 11pt; font-weight: 700; color: #14213d; }
QLabel#body { font-size: 11.5pt; color: #222; }
QLabel#story { font-size: 11.5pt; color: #222; background: #f6f6f2; border-radius: 4px; padding: 10px; }
QPushButton#storyToggle { font-size: 10.5pt; padding: 4px 12px; }
"""


def _label(name: str, text: str = "", *, rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return label


def bullets(items: tuple[str, ...] | list[str]) -> str:
    rows = "".join(f"<li style='margin-bottom:4px'>{escape(item)}</li>" for item in items)
    return f"<ul style='margin-left:-18px'>{rows}</ul>"


class ContentPanel(QScrollArea):
    """Shows one node of the navigator: a condition, a stage, or a strategic question."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(translate("ContentPanel", "Framework content"))
        body = QWidget()
        body.setObjectName("contentBody")
        body.setStyleSheet(scale_points(_STYLE))
        self.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)

        title_row = QHBoxLayout()
        self.title = _label("conditionTitle")
        self.badge = _label("adaptedBadge", translate("ContentPanel", ADAPTED_BADGE))
        self.badge.setWordWrap(False)
        self.badge.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        # Which language the content is in, when it is not simply the interface's (EN / ES · unofficial).
        self.language_tag = _label("languageTag")
        self.language_tag.setWordWrap(False)
        self.language_tag.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        self.language_tag.setAccessibleName(translate("ContentPanel", "Language of the content"))
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.language_tag, 0, Qt.AlignmentFlag.AlignVCenter)
        title_row.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(title_row)
        self.summary = _label("summary")
        layout.addWidget(self.summary)

        self.stage_line = _label("stageLine")
        layout.addWidget(self.stage_line)
        self.question_box = QFrame()
        self.question_box.setObjectName("questionBox")
        box_layout = QVBoxLayout(self.question_box)
        box_layout.setContentsMargins(18, 14, 18, 14)
        self.question = _label("question")
        self.question.setAccessibleName(translate("ContentPanel", "Strategic question"))
        box_layout.addWidget(self.question)
        layout.addWidget(self.question_box)

        self.fold_toggle = QPushButton(translate("ContentPanel", "Show goal and actions"))
        self.fold_toggle.setObjectName("foldToggle")
        self.fold_toggle.setCheckable(True)
        self.fold_toggle.setToolTip(
            translate(
                "ContentPanel", "On a small screen the goal and actions fold away, leaving room for the input"
            )
        )
        self.fold_toggle.toggled.connect(self._unfold)
        layout.addWidget(self.fold_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        self.compact = False
        self._folded_widgets: list[QWidget] = []
        self.goal_head = _label("sectionHead", translate("ContentPanel", "Goal"))
        self.goal = _label("body")
        self.actions_head = _label("sectionHead", translate("ContentPanel", "Supporting actions"))
        self.actions = _label("body", rich=True)
        for widget in (self.goal_head, self.goal, self.actions_head, self.actions):
            layout.addWidget(widget)

        self.story_toggle = QPushButton(translate("ContentPanel", "Show early-adopter story"))
        self.story_toggle.setObjectName("storyToggle")
        self.story_toggle.setCheckable(True)
        self.story_toggle.toggled.connect(self._show_story)
        self.story = _label("story", rich=True)
        layout.addWidget(self.story_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.story)
        layout.addStretch(1)
        self.clear()

    def set_compact(self, compact: bool) -> None:
        """On a short screen: the question smaller, and the title, summary, goal and actions folded
        behind one button, so the input list under it keeps its room."""
        self.compact = compact
        self.question.setProperty("compact", compact)
        self.question.style().unpolish(self.question)
        self.question.style().polish(self.question)

    def _fold(self) -> None:
        """After showing a question: in compact mode hide what the fold toggle brings back."""
        on_question = self.question_box.isVisibleTo(self)
        if not (self.compact and on_question):
            self.fold_toggle.hide()
            self._folded_widgets = []
            return
        self._folded_widgets = [
            w
            for w in (
                self.title,
                self.summary,
                self.goal_head,
                self.goal,
                self.actions_head,
                self.actions,
                self.story_toggle,
                self.story,
            )
            if not w.isHidden()
        ]
        self.fold_toggle.show()
        self._unfold(self.fold_toggle.isChecked())

    def _unfold(self, shown: bool) -> None:
        for widget in self._folded_widgets:
            widget.setVisible(shown)
        self.fold_toggle.setText(
            translate("ContentPanel", "Hide goal and actions")
            if shown
            else translate("ContentPanel", "Show goal and actions")
        )

    def clear(self) -> None:
        self.fold_toggle.hide()
        self.title.setText("")
        self.summary.setText("")
        self.badge.hide()
        self.language_tag.hide()
        for widget in (
            self.stage_line,
            self.question_box,
            self.goal_head,
            self.goal,
            self.actions_head,
            self.actions,
            self.story_toggle,
            self.story,
        ):
            widget.hide()

    def show_condition(
        self, condition: Condition, stage: int = 0, question_key: str = "", *, assessment: bool = False
    ) -> None:
        """Show the condition; with a stage its goal and actions; with a question, the question too."""
        self.clear()
        localized = localize_condition(condition)
        condition = localized.condition
        self._show_language(localized, stage, question_key, assessment)
        self.title.setText(condition.title)
        self.summary.setText(condition.summary)
        self.badge.setVisible(not condition.official)
        self._set_story(condition)
        if assessment:
            self.stage_line.setText(translate("ContentPanel", "STAGE SELF-ASSESSMENT"))
            self.stage_line.show()
            return
        if not stage:
            self.goal_head.setText(translate("ContentPanel", "The three stages"))
            self.goal_head.show()
            self.actions.setText(bullets([f"{stage_name(s.number)}: {s.goal}" for s in condition.stages]))
            self.actions.show()
            return
        current = condition.stage(stage)
        questions = current.questions
        number = next((n for n, q in enumerate(questions, 1) if q.key == question_key), 0)
        line = translate("ContentPanel", "STAGE {stage} · {upper}").format(
            stage=stage, upper=stage_name(stage).upper()
        )
        if number:
            line += translate("ContentPanel", "   —   QUESTION {number} OF {len}").format(
                number=number, len=len(questions)
            )
            self.question.setText(questions[number - 1].text)
            self.question_box.show()
        self.stage_line.setText(line)
        self.stage_line.show()
        self.goal.setText(current.goal)
        self.actions.setText(bullets(current.actions))
        self.goal_head.setText(translate("ContentPanel", "Goal"))
        for widget in (self.goal_head, self.goal, self.actions_head, self.actions):
            widget.show()
        self._fold()
        if not number and questions:
            self.actions_head.setText(translate("ContentPanel", "Supporting actions"))
            self.actions.setText(
                bullets(current.actions)
                + translate("ContentPanel", "<p><b>Strategic questions</b></p>")
                + bullets([q.text for q in questions])
            )

    def _show_language(self, localized, stage: int, question_key: str, assessment: bool) -> None:
        """Tag the content with its language when it is not plainly the interface's."""
        parts = ["title", "summary"]
        for s in localized.condition.stages:
            if stage in (0, s.number) and not assessment:
                parts += [f"s{s.number}.goal"] + ([f"s{s.number}.actions"] if stage else [])
                parts += [q.key for q in s.questions if stage and (not question_key or q.key == question_key)]
        codes = {localized.language_of(p) for p in parts if localized.language_of(p)}
        text, tip = language_tag(codes, localized.official_translation)
        self.language_tag.setText(text)
        self.language_tag.setToolTip("\n\n".join(t for t in (tip, localized.notice) if t))
        self.language_tag.setAccessibleDescription(tip)
        self.language_tag.setVisible(bool(text))

    def _set_story(self, condition: Condition) -> None:
        story = condition.early_adopter
        if story is None:
            return
        year = f", {story.year}" if story.year else ""
        self.story.setText(
            translate("ContentPanel", "<b>Early adopter: {escape}{year}</b><br>{escape2}").format(
                escape=escape(story.state), year=year, escape2=escape(story.text)
            )
        )
        self.story_toggle.show()
        self._show_story(self.story_toggle.isChecked())

    def _show_story(self, shown: bool) -> None:
        self.story_toggle.setText(
            translate("ContentPanel", "Hide early-adopter story")
            if shown
            else translate("ContentPanel", "Show early-adopter story")
        )
        self.story.setVisible(shown and not self.story_toggle.isHidden())
