"""Table model of one condition's stage self-assessment: a row per participant, then the room's
consensus; one column per placement (Not yet started … Statewide Transformation)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from plworkshop.domain.read_models import AssessmentView, ParticipantView
from plworkshop.framework.model import ASSESSMENT_STAGE_NAMES
from plworkshop.ui.i18n import QT_TRANSLATE_NOOP, stage_name, translate

NAME, GROUP = 0, 1
FIRST_STAGE_COLUMN = 2
STAGE_COLUMNS = tuple(range(FIRST_STAGE_COLUMN, FIRST_STAGE_COLUMN + len(ASSESSMENT_STAGE_NAMES)))
CONSENSUS_LABEL = QT_TRANSLATE_NOOP("AssessmentModel", "Room consensus")
PARTICIPANT_ROLE = Qt.ItemDataRole.UserRole + 1
STAGE_ROLE = Qt.ItemDataRole.UserRole + 2

STAGE_COLOURS = {0: "#4b5563", 1: "#3b82c4", 2: "#2f9e77", 3: "#7b4fb8"}
STAGE_TINTS = {0: "#eceff3", 1: "#e3eef9", 2: "#e2f4ec", 3: "#efe8f8"}
SHORT_STAGE_NAMES = {0: "Not yet", 1: "Exploration", 2: "Replication", 3: "Statewide"}

_Index = QModelIndex | QPersistentModelIndex


def stage_of_column(column: int) -> int | None:
    return column - FIRST_STAGE_COLUMN if column in STAGE_COLUMNS else None


def two_lines(text: str) -> str:
    """A header of three or more words broken at the space nearest its middle (shorter ones unchanged)."""
    words = text.split()
    if len(words) < 3:
        return text
    middle = len(text) / 2
    spaces = [i for i, c in enumerate(text) if c == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return text[:cut] + "\n" + text[cut + 1 :]


class AssessmentModel(QAbstractTableModel):
    """Rows: participants (not forgotten), then the consensus row (participant id None)."""

    def __init__(self, group_label: Callable[[str | None], str], parent=None) -> None:
        super().__init__(parent)
        self._group_label = group_label
        self._people: list[ParticipantView] = []
        self._placed: dict[str | None, AssessmentView] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    def load(self, people: list[ParticipantView], assessments: list[AssessmentView]) -> None:
        self.beginResetModel()
        self._people = [p for p in people if not p.forgotten]
        self._placed = {a.participant_id: a for a in assessments}
        self.endResetModel()

    def update(self, assessments: list[AssessmentView]) -> None:
        """New placements for the same people: only changed rows are repainted."""
        placed = {a.participant_id: a for a in assessments}
        changed = [
            row
            for row in range(self.rowCount())
            if self._placed.get(self.participant_id(row)) != placed.get(self.participant_id(row))
        ]
        self._placed = placed
        if changed:
            self.dataChanged.emit(
                self.index(min(changed), 0), self.index(max(changed), self.columnCount() - 1)
            )

    def participant_id(self, row: int) -> str | None:
        return self._people[row].id if row < len(self._people) else None

    def consensus_row(self) -> int:
        return len(self._people)

    def stage_at(self, row: int) -> int | None:
        placed = self._placed.get(self.participant_id(row))
        return placed.stage if placed else None

    def assessment(self, participant_id: str | None) -> AssessmentView | None:
        return self._placed.get(participant_id)

    def people(self) -> list[ParticipantView]:
        return list(self._people)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._people) + 1

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else FIRST_STAGE_COLUMN + len(ASSESSMENT_STAGE_NAMES)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and orientation == Qt.Orientation.Horizontal
            and section == GROUP
        ):
            return translate("AssessmentModel", "Stakeholder group")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return (
                str(section + 1)
                if 0 <= section < len(self._people)
                else ("★" if section == len(self._people) else None)
            )
        if section == NAME:
            return translate("AssessmentModel", "Participant")
        if section == GROUP:
            # two lines, like the stage headers: "Grupo de partes interesadas" is wider than the column
            return two_lines(translate("AssessmentModel", "Stakeholder group"))
        stage = stage_of_column(section)
        return (
            translate("AssessmentModel", "{value}\n(key {stage})").format(
                value=stage_name(stage, short=True), stage=stage
            )
            if stage is not None
            else None
        )

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row, column = index.row(), index.column()
        consensus = row == len(self._people)
        person = None if consensus else self._people[row]
        chosen = self.stage_at(row)
        stage = stage_of_column(column)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return translate("AssessmentModel", CONSENSUS_LABEL) if consensus else person.name
            if column == GROUP:
                return (
                    translate("AssessmentModel", "The whole room")
                    if consensus
                    else self._group_label(person.stakeholder_group)
                )
            return "●" if stage == chosen and chosen is not None else "○"
        if role == Qt.ItemDataRole.TextAlignmentRole and stage is not None:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and stage is not None:
            return QBrush(QColor(STAGE_COLOURS[stage] if stage == chosen else "#c3c8cf"))
        if role == Qt.ItemDataRole.BackgroundRole:
            if stage is not None and stage == chosen:
                return QBrush(QColor(STAGE_TINTS[stage]))
            if consensus:
                return QBrush(QColor("#fff8e1"))
        if role == Qt.ItemDataRole.FontRole and (consensus or (stage is not None and stage == chosen)):
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and stage is not None:
            who = translate("AssessmentModel", CONSENSUS_LABEL) if consensus else person.name
            return translate("AssessmentModel", "{who}: {value} (key {stage})").format(
                who=who, value=stage_name(stage), stage=stage
            )
        if role == Qt.ItemDataRole.AccessibleTextRole and stage is not None:
            return (translate("AssessmentModel", "selected: ") if stage == chosen else "") + stage_name(stage)
        if role == PARTICIPANT_ROLE:
            return None if consensus else person.id
        if role == STAGE_ROLE:
            return chosen
        return None
