"""The stage self-assessment of one condition: one click (or key 0–3) places each participant,
plus the room's consensus with a note, beside a live distribution chart. Every change is undoable."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from plworkshop.domain.read_models import AssessmentView, ParticipantView
from plworkshop.services import assessments
from plworkshop.ui import undo
from plworkshop.ui.context import UiContext
from plworkshop.ui.facilitation.assessment_model import (
    FIRST_STAGE_COLUMN,
    GROUP,
    NAME,
    AssessmentModel,
    stage_of_column,
)
from plworkshop.ui.facilitation.distribution_chart import DistributionChart, distribution
from plworkshop.ui.i18n import stage_name, stakeholder_labeller, translate


class AssessmentTable(QTableView):
    """Keys 0–3 place the current row and move to the next; Delete/Backspace clears a placement."""

    place = Signal(int, object)  # row, stage (None clears)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if (
            Qt.Key.Key_0 <= key <= Qt.Key.Key_3
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            row = self.currentIndex().row() if self.currentIndex().isValid() else 0
            self.place.emit(row, key - Qt.Key.Key_0)
            next_row = min(row + 1, self.model().rowCount() - 1)
            self.setCurrentIndex(self.model().index(next_row, FIRST_STAGE_COLUMN + key - Qt.Key.Key_0))
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.currentIndex().isValid():
            self.place.emit(self.currentIndex().row(), None)
            return
        super().keyPressEvent(event)


class AssessmentGrid(QWidget):
    """Self-assessment for the condition set with `show_condition`."""

    changed = Signal()

    def __init__(self, ctx: UiContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id = ""
        self.condition = ""
        self.model = AssessmentModel(stakeholder_labeller(ctx.pack), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 8)
        hint = QLabel(
            translate(
                "AssessmentGrid",
                "Click a stage, or select a row and press 0 (not yet started), 1 Exploration, "
                "2 Replication or 3 Statewide Transformation; Delete clears.",
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #4b5563;")
        layout.addWidget(hint)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.table = AssessmentTable()
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setStyleSheet("QTableView { font-size: 10.5pt; } QTableView::item { padding: 2px 4px; }")
        self.table.setAccessibleName(translate("AssessmentGrid", "Stage self-assessment grid"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(GROUP, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(GROUP, 150)  # names matter more; long group names elide
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        for column in range(FIRST_STAGE_COLUMN, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.clicked.connect(self._clicked)
        self.table.place.connect(self.place)
        splitter.addWidget(self.table)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        title = QLabel(translate("AssessmentGrid", "Where the room places the state"))
        title.setStyleSheet("font-size: 13pt; font-weight: 700; color: #14213d;")
        right_layout.addWidget(title)
        self.chart = DistributionChart(stakeholder_labeller(ctx.pack))
        right_layout.addWidget(self.chart, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 11pt; color: #1f2933;")
        right_layout.addWidget(self.summary)
        note_row = QHBoxLayout()
        note_label = QLabel(translate("AssessmentGrid", "Consensus &note:"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(
            translate("AssessmentGrid", "Why the room placed the state here (saved when you leave the box)")
        )
        note_label.setBuddy(self.note)
        self.note.editingFinished.connect(self._note_edited)
        note_row.addWidget(note_label)
        note_row.addWidget(self.note, 1)
        right_layout.addLayout(note_row)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([800, 270])
        layout.addWidget(splitter, 1)

    # --- loading -------------------------------------------------------------------------------
    def show_condition(self, workshop_id: str, condition: str, people: list[ParticipantView]) -> None:
        self.workshop_id, self.condition = workshop_id, condition
        self.model.load(people, self._read())
        self._refresh_side()
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, FIRST_STAGE_COLUMN))

    def reload(self) -> None:
        if self.workshop_id and self.condition:
            self.model.update(self._read())
            self._refresh_side()

    def _read(self) -> list[AssessmentView]:
        return self.ctx.call(assessments.list_assessments, self.workshop_id, self.condition)

    def _refresh_side(self) -> None:
        group_order = [g.key for g in self.ctx.pack.stakeholder_groups]
        placements = [
            (self.model.stage_at(row), person.stakeholder_group)
            for row, person in enumerate(self.model.people())
            if self.model.stage_at(row) is not None
        ]
        consensus = self.model.assessment(None)
        data = distribution(placements, group_order, consensus.stage if consensus else None)
        self.chart.set_distribution(data)
        people = len(self.model.people())
        text = translate("AssessmentGrid", "{total} of {people} placed.").format(
            total=data.total, people=people
        )
        if data.total:
            top = max(data.by_stage.items(), key=lambda kv: (kv[1], -kv[0]))
            text += translate("AssessmentGrid", " Most often: {value} ({value2}).").format(
                value=stage_name(top[0]), value2=top[1]
            )
        text += (
            translate("AssessmentGrid", " Consensus: {value}.").format(value=stage_name(consensus.stage))
            if consensus
            else translate("AssessmentGrid", " No consensus yet (last row).")
        )
        self.summary.setText(text)
        if not self.note.hasFocus():
            self.note.setText(consensus.note if consensus else "")
            self.note.setCursorPosition(0)
        self.changed.emit()

    def current_distribution(self):
        return self.chart.data

    # --- edits ---------------------------------------------------------------------------------
    def _clicked(self, index: QModelIndex) -> None:
        stage = stage_of_column(index.column())
        if stage is not None and stage != self.model.stage_at(index.row()):
            self.place(index.row(), stage)

    def place(self, row: int, stage: int | None) -> None:
        """Place the person on `row` (or the consensus row) at `stage`; None clears. Undoable."""
        if not self.workshop_id or not 0 <= row < self.model.rowCount():
            return
        participant_id = self.model.participant_id(row)
        before = self.model.assessment(participant_id)
        if (before.stage if before else None) == stage:
            return
        wid, condition = self.workshop_id, self.condition
        who = self.model.data(self.model.index(row, NAME))

        def set_to(value: AssessmentView | None, stage_value: int | None):
            if stage_value is None:
                self.ctx.call(assessments.clear_assessment, wid, condition, participant_id)
            else:
                self.ctx.call(
                    assessments.assess_stage,
                    wid,
                    condition,
                    stage_value,
                    participant_id=participant_id,
                    note=value.note if value else None,
                )
            self._after(condition)

        label = (
            translate("AssessmentGrid", "Place {who}").format(who=who)
            if stage is not None
            else translate("AssessmentGrid", "Clear placement of {who}").format(who=who)
        )
        undo.push(
            self.ctx,
            label,
            lambda: set_to(None, stage),
            lambda: set_to(before, before.stage if before else None),
            workshop_id=wid,
            what="assessments",
            parent_widget=self,
        )

    def _note_edited(self) -> None:
        consensus = self.model.assessment(None)
        text = self.note.text()
        if consensus is None:
            if text.strip():
                self.summary.setText(
                    translate(
                        "AssessmentGrid", "Choose the room's consensus stage (last row) before adding a note."
                    )
                )
            return
        if text == consensus.note:
            return
        wid, condition, old = self.workshop_id, self.condition, consensus.note

        def set_note(value: str):
            current = self.ctx.call(assessments.list_assessments, wid, condition)
            room = next((a for a in current if a.participant_id is None), None)
            if room is not None:
                self.ctx.call(assessments.assess_stage, wid, condition, room.stage, note=value)
            self._after(condition)

        undo.push(
            self.ctx,
            translate("AssessmentGrid", "Edit consensus note"),
            lambda: set_note(text),
            lambda: set_note(old),
            workshop_id=wid,
            what="assessments",
            parent_widget=self,
        )

    def _after(self, condition: str) -> None:
        if condition == self.condition:
            self.reload()
