"""The agenda as a tree: conditions (with time box) → stages → strategic questions, plus a
self-assessment node per condition; a tick marks every question where input exists.

Titles and questions are shown in the interface language where the pack's overlay translates them
(the same texts as the content panel); each tooltip ends with the language tag, so a translated text
is never passed off as the original and an English text under a Spanish interface says so."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QIcon,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QStandardItem,
    QStandardItemModel,
)

from plworkshop.framework.model import Condition
from plworkshop.ui.i18n import QT_TRANSLATE_NOOP, language_tag, localize_condition, translate

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
CONDITION_ROLE = Qt.ItemDataRole.UserRole + 2
STAGE_ROLE = Qt.ItemDataRole.UserRole + 3
QUESTION_ROLE = Qt.ItemDataRole.UserRole + 4
TITLE_ROLE = Qt.ItemDataRole.UserRole + 5
TIME_ROLE = Qt.ItemDataRole.UserRole + 6
"""A condition's title ("1. Collaborative leadership") and time box ("45 min"), drawn apart so a
narrow navigator shortens the title and never the time."""

CONDITION, STAGE, QUESTION, ASSESSMENT = "condition", "stage", "question", "assessment"
ASSESSMENT_LABEL = QT_TRANSLATE_NOOP("NavigatorModel", "Self-assessment: where are we?")


@dataclass(frozen=True)
class Position:
    """Where the facilitator is: a node of the navigator."""

    kind: str
    condition: str
    stage: int = 0
    question: str = ""


def _tick_icon(visible: bool) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    if visible:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(
            QPen(
                QColor("#1b7f3b"),
                2.4,
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin,
            )
        )
        path = QPainterPath(QPointF(3, 8.5))
        path.lineTo(6.5, 12)
        path.lineTo(13, 4)
        painter.drawPath(path)
        painter.end()
    return QIcon(pixmap)


class _Tagger:
    """Appends the language tag ("ES · traducción no oficial", "EN · texto en inglés") to a tooltip."""

    def __init__(self, localized) -> None:
        self._localized = localized

    def __call__(self, text: str, *parts: str) -> str:
        codes = {code for code in map(self._localized.language_of, parts) if code}
        tag = language_tag(codes, self._localized.official_translation)[0] if codes else ""
        return f"{text}\n\n{tag}" if tag else text


def short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class NavigatorModel(QStandardItemModel):
    """Read-only tree of the workshop's agenda; `set_answered` updates the ticks in place."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._ticks = (_tick_icon(False), _tick_icon(True))
        self._question_items: dict[str, QStandardItem] = {}
        self._order: list[QStandardItem] = []
        self._titles: dict[str, str] = {}
        self._assessment_items: dict[str, QStandardItem] = {}

    def load(
        self,
        agenda: list[tuple[Condition, int]],
        stage_names: dict[int, str],
        answered: set[str],
        assessed: set[str] = frozenset(),
    ) -> None:
        """Rebuild the tree from (condition, minutes) pairs in agenda order; `assessed` holds the
        conditions whose self-assessment is finished (the room's placement is recorded)."""
        self.clear()
        self._question_items.clear()
        self._assessment_items.clear()
        self._order.clear()
        self._titles.clear()
        root = self.invisibleRootItem()
        for number, (original, minutes) in enumerate(agenda, start=1):
            localized = localize_condition(original)
            condition = localized.condition
            tagged = _Tagger(localized)
            cond_item = self._item(
                translate("NavigatorModel", "{number}. {title}  ·  {minutes} min").format(
                    number=number, title=condition.title, minutes=minutes
                ),
                Position(CONDITION, condition.key),
            )
            cond_item.setData(
                translate("NavigatorModel", "{number}. {title}").format(number=number, title=condition.title),
                TITLE_ROLE,
            )
            cond_item.setData(translate("NavigatorModel", "{minutes} min").format(minutes=minutes), TIME_ROLE)
            font = cond_item.font()
            font.setBold(True)
            cond_item.setFont(font)
            cond_item.setToolTip(tagged(condition.summary, "title", "summary"))
            self._titles[condition.key] = condition.title
            root.appendRow(cond_item)
            for stage in condition.stages:
                stage_item = self._item(
                    translate("NavigatorModel", "Stage {number}: {name}").format(
                        number=stage.number, name=stage_names.get(stage.number, "")
                    ),
                    Position(STAGE, condition.key, stage.number),
                )
                stage_item.setToolTip(tagged(stage.goal, f"s{stage.number}.goal"))
                cond_item.appendRow(stage_item)
                for index, question in enumerate(stage.questions, start=1):
                    q_item = self._item(
                        translate("NavigatorModel", "Q{index}  {short}").format(
                            index=index, short=short(question.text)
                        ),
                        Position(QUESTION, condition.key, stage.number, question.key),
                    )
                    q_item.setToolTip(tagged(question.text, question.key))
                    q_item.setIcon(self._ticks[question.key in answered])
                    stage_item.appendRow(q_item)
                    self._question_items[question.key] = q_item
                    self._order.append(q_item)
            assess = self._item(
                translate("NavigatorModel", ASSESSMENT_LABEL), Position(ASSESSMENT, condition.key)
            )
            assess.setIcon(self._ticks[condition.key in assessed])
            assess.setData(condition.key in assessed, Qt.ItemDataRole.AccessibleDescriptionRole)
            cond_item.appendRow(assess)
            self._order.append(assess)
            self._assessment_items[condition.key] = assess

    def title(self, condition_key: str) -> str:
        """The condition's title as the tree shows it (translated where the overlay allows)."""
        return self._titles.get(condition_key, condition_key)

    @staticmethod
    def _item(text: str, position: Position) -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        item.setData(position.kind, KIND_ROLE)
        item.setData(position.condition, CONDITION_ROLE)
        item.setData(position.stage, STAGE_ROLE)
        item.setData(position.question, QUESTION_ROLE)
        return item

    def set_answered(self, question_key: str, answered: bool) -> None:
        item = self._question_items.get(question_key)
        if item is not None:
            item.setIcon(self._ticks[answered])
            item.setData(answered, Qt.ItemDataRole.AccessibleDescriptionRole)

    def set_assessed(self, condition_key: str, finished: bool) -> None:
        """Tick (or untick) a condition's self-assessment."""
        item = self._assessment_items.get(condition_key)
        if item is not None:
            item.setIcon(self._ticks[finished])
            item.setData(finished, Qt.ItemDataRole.AccessibleDescriptionRole)

    def is_assessed(self, condition_key: str) -> bool:
        item = self._assessment_items.get(condition_key)
        return bool(item is not None and item.data(Qt.ItemDataRole.AccessibleDescriptionRole))

    def is_answered(self, question_key: str) -> bool:
        item = self._question_items.get(question_key)
        return bool(item is not None and item.data(Qt.ItemDataRole.AccessibleDescriptionRole))

    @staticmethod
    def position(index: QModelIndex) -> Position | None:
        if not index.isValid():
            return None
        return Position(
            index.data(KIND_ROLE),
            index.data(CONDITION_ROLE),
            int(index.data(STAGE_ROLE) or 0),
            index.data(QUESTION_ROLE) or "",
        )

    def stops(self) -> list[QModelIndex]:
        """The nodes next/previous-question steps through: every question and self-assessment."""
        return [item.index() for item in self._order]

    def find(self, position: Position) -> QModelIndex:
        for row in range(self.rowCount()):
            cond = self.item(row)
            if cond.data(CONDITION_ROLE) != position.condition:
                continue
            if position.kind == CONDITION:
                return cond.index()
            for child_row in range(cond.rowCount()):
                child = cond.child(child_row)
                if position.kind == ASSESSMENT and child.data(KIND_ROLE) == ASSESSMENT:
                    return child.index()
                if child.data(KIND_ROLE) == STAGE and child.data(STAGE_ROLE) == position.stage:
                    if position.kind == STAGE:
                        return child.index()
                    for q_row in range(child.rowCount()):
                        q = child.child(q_row)
                        if q.data(QUESTION_ROLE) == position.question:
                            return q.index()
        return QModelIndex()
