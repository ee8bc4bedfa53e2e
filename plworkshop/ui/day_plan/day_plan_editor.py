"""The day plan on Setup: when the day starts, the agenda with its welcome, breaks, lunch and report-out,
clock times (computed, or typed for an item), per-question time boxes, and the printable agenda."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from plworkshop.domain.day_plan import CONDITION, SESSION_KINDS, PlannedItem, parse_clock
from plworkshop.domain.errors import PlworkshopError
from plworkshop.services import agenda, day_plan, workshops
from plworkshop.ui.context import UiContext
from plworkshop.ui.i18n import QT_TRANSLATE_NOOP, translate
from plworkshop.ui.undo import push

START, END, TITLE, KIND, MINUTES = range(5)
KIND_LABELS = {
    "condition": QT_TRANSLATE_NOOP("DayPlan", "Condition"),
    "welcome": QT_TRANSLATE_NOOP("DayPlan", "Welcome"),
    "break": QT_TRANSLATE_NOOP("DayPlan", "Break"),
    "lunch": QT_TRANSLATE_NOOP("DayPlan", "Lunch"),
    "report_out": QT_TRANSLATE_NOOP("DayPlan", "Report-out"),
    "custom": QT_TRANSLATE_NOOP("DayPlan", "Other item"),
}
MUTED = QColor("#6b7785")


class DayPlanEditor(QWidget):
    """Every edit is saved at once and can be undone (Ctrl+Z)."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id: str | None = None
        self.items: list[PlannedItem] = []
        self._filling = False
        self._build()
        ctx.data_changed.connect(self._on_changed)

    def _build(self) -> None:
        hint = QLabel(
            translate(
                "DayPlan",
                "The whole day: conditions (from the Agenda tab) and the rest. Type the "
                "day's start and the clock times follow; type a start time on an item to "
                "fix it there (empty it to let it follow).",
            ),
            objectName="Hint",
        )
        hint.setWordWrap(True)
        top = QHBoxLayout()
        starts_label = QLabel(translate("DayPlan", "Day &starts at:"))
        self.day_start = QLineEdit()
        self.day_start.setPlaceholderText(translate("DayPlan", "e.g. 8:30 or 9am"))
        self.day_start.setMaximumWidth(140)
        self.day_start.setAccessibleName(translate("DayPlan", "Day starts at"))
        self.day_start.editingFinished.connect(self._save_day_start)
        starts_label.setBuddy(self.day_start)
        self.kind = QComboBox()
        self.kind.setAccessibleName(translate("DayPlan", "Kind of item to add"))
        for kind in SESSION_KINDS:
            self.kind.addItem(translate("DayPlan", KIND_LABELS[kind]), kind)
        self.add_button = QPushButton(translate("DayPlan", "&Add item"))
        self.add_button.clicked.connect(self.add_item)
        self.print_button = QPushButton(translate("DayPlan", "Pri&nt agenda…"))
        self.print_button.clicked.connect(self.print_agenda)
        self.total = QLabel(objectName="Total")
        top.addWidget(starts_label)
        top.addWidget(self.day_start)
        top.addSpacing(16)
        top.addWidget(self.kind)
        top.addWidget(self.add_button)
        top.addStretch(1)
        top.addWidget(self.total)
        top.addWidget(self.print_button)

        self.table = QTableWidget(0, 5, self)
        self.table.setAccessibleName(translate("DayPlan", "The day, in order"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("DayPlan", "Start"),
                translate("DayPlan", "End"),
                translate("DayPlan", "Item"),
                translate("DayPlan", "Kind"),
                translate("DayPlan", "Minutes"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._cell_edited)
        self.up_button = QPushButton(translate("DayPlan", "Move &up"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(translate("DayPlan", "Move do&wn"))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        self.remove_button = QPushButton(translate("DayPlan", "R&emove item"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        row = QHBoxLayout()
        for b in (self.up_button, self.down_button, self.remove_button):
            row.addWidget(b)
        row.addWidget(self.notice, 1)

        self.boxes = QTreeWidget(self)
        self.boxes.setAccessibleName(translate("DayPlan", "Time boxes per strategic question"))
        self.boxes.setHeaderLabels(
            [translate("DayPlan", "Strategic question"), translate("DayPlan", "Own time box (min)")]
        )
        self.boxes.setWordWrap(True)
        self.boxes.header().setStretchLastSection(False)
        self.boxes.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.boxes.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.boxes.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.boxes.itemChanged.connect(self._box_edited)

        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addLayout(top)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addLayout(row)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        boxes_label = QLabel(
            translate("DayPlan", "Time boxes per &question (empty: the condition's time box applies)"),
            objectName="SectionTitle",
        )
        boxes_label.setBuddy(self.boxes)
        lower_layout.addWidget(boxes_label)
        lower_layout.addWidget(self.boxes, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(hint)
        layout.addWidget(split, 1)

    # --- loading -------------------------------------------------------------------------------
    def set_workshop(self, workshop_id: str | None) -> None:
        self.workshop_id = workshop_id
        self.refresh()

    def _on_changed(self, workshop_id: str, what: str) -> None:
        if workshop_id == self.workshop_id and what in ("agenda", "workshop", "details", ""):
            self.refresh()

    def refresh(self) -> None:
        keep = self.selected_key()
        self._filling = True
        self.table.setRowCount(0)
        self.boxes.clear()
        self.items = []
        if not self.workshop_id:
            self.day_start.clear()
            self._filling = False
            return
        plan = self.ctx.try_call(self, day_plan.get_day_plan, self.workshop_id)
        if plan is None:
            self._filling = False
            return
        self.items = list(plan.items)
        if not self.day_start.hasFocus():
            self.day_start.setText(plan.day_starts_at or "")
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            start = QTableWidgetItem(item.starts_at or item.start or "")
            if not item.starts_at:
                start.setForeground(MUTED)
                start.setToolTip(translate("DayPlan", "Follows the item before; type a time to fix it"))
            end = QTableWidgetItem(item.end or "")
            title = QTableWidgetItem(item.title)
            kind = QTableWidgetItem(translate("DayPlan", KIND_LABELS.get(item.kind, item.kind)))
            minutes = QTableWidgetItem(str(item.minutes))
            for cell in (end, kind):
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if item.kind == CONDITION:
                title.setFlags(title.flags() & ~Qt.ItemFlag.ItemIsEditable)
                font = title.font()
                font.setBold(True)
                title.setFont(font)
            for column, cell in enumerate((start, end, title, kind, minutes)):
                cell.setData(Qt.ItemDataRole.UserRole, item.key)
                self.table.setItem(row, column, cell)
        self.total.setText(translate("DayPlan", "Total: {minutes} min").format(minutes=plan.total_minutes))
        boxes = plan.question_minutes()
        snapshot_conditions = self.ctx.try_call(self, agenda.condition_texts, self.workshop_id) or {}
        for item in self.items:
            condition = snapshot_conditions.get(item.key) if item.kind == CONDITION else None
            if condition is None:
                continue
            node = QTreeWidgetItem(self.boxes, [condition.title, ""])
            node.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for stage in condition.stages:
                for question in stage.questions:
                    minutes = boxes.get((condition.key, question.key))
                    child = QTreeWidgetItem(node, [question.text, str(minutes) if minutes else ""])
                    child.setData(0, Qt.ItemDataRole.UserRole, (condition.key, question.key))
                    child.setFlags(child.flags() | Qt.ItemFlag.ItemIsEditable)
        self.boxes.expandAll()
        self._filling = False
        if keep:
            self.select_key(keep)
        elif self.items:
            self.table.selectRow(0)

    def selected_key(self) -> str | None:
        row = self.table.currentRow()
        return self.items[row].key if 0 <= row < len(self.items) else None

    def selected_item(self) -> PlannedItem | None:
        row = self.table.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def select_key(self, key: str) -> None:
        for row, item in enumerate(self.items):
            if item.key == key:
                self.table.setCurrentCell(row, max(0, self.table.currentColumn()))
                return

    # --- editing -------------------------------------------------------------------------------
    def _plan_step(self, text: str, do) -> bool:
        """An undoable change of the day plan: undo puts the whole plan back as it was."""
        wid = self.workshop_id
        before = self.ctx.call(day_plan.plan_state, wid)
        command = push(
            self.ctx,
            text,
            do,
            lambda: self.ctx.call(day_plan.restore_plan_state, wid, before),
            workshop_id=wid,
            what="agenda",
            parent_widget=self,
        )
        return not command.failed

    def show_notice(self, text: str, *, error: bool = False) -> None:
        self.notice.setText(text)
        self.notice.setStyleSheet("color: #a4000f; font-weight: 600;" if error else "color: #1b5e20;")

    def _save_day_start(self) -> None:
        if not self.workshop_id:
            return
        typed = self.day_start.text()
        try:
            value = parse_clock(typed, field="start of the day")
        except PlworkshopError as exc:
            self.show_notice(str(exc), error=True)  # the typed text stays, to be corrected
            return
        if self.ctx.call(day_plan.get_day_plan, self.workshop_id).day_starts_at == value:
            self.day_start.setText(value or "")
            return
        if self._plan_step(
            translate("DayPlan", "Set the start of the day"),
            lambda: self.ctx.call(day_plan.set_day_start, self.workshop_id, typed),
        ):
            self.day_start.setText(value or "")
            self.show_notice(
                translate("DayPlan", "The day starts at {time}.").format(time=value)
                if value
                else translate("DayPlan", "No start time: the agenda shows lengths only.")
            )

    def add_item(self) -> None:
        if not self.workshop_id:
            return
        kind = self.kind.currentData()
        row = self.table.currentRow()
        index = row + 1 if row >= 0 else None
        title = translate("DayPlan", "New item") if kind == "custom" else ""
        made: dict[str, str] = {}

        def do():
            view = self.ctx.call(
                day_plan.add_session,
                self.workshop_id,
                kind,
                title=title,
                index=index,
                session_id=made.get("id"),
            )
            made["id"] = view.id
            return view

        if self._plan_step(translate("DayPlan", "Add an agenda item"), do):
            self.select_key(made["id"])
            self.table.setFocus()
            self.show_notice(
                translate("DayPlan", "Added. Type to rename it; change its minutes in the last column.")
            )

    def move_selected(self, step: int) -> None:
        item, row = self.selected_item(), self.table.currentRow()
        if item is None or not 0 <= row + step < len(self.items):
            return
        if self._plan_step(
            translate("DayPlan", "Move an agenda item"),
            lambda: self.ctx.call(day_plan.move_item, self.workshop_id, item.key, row + step),
        ):
            self.select_key(item.key)

    def remove_selected(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        if item.kind == CONDITION:
            self.show_notice(
                translate("DayPlan", "Conditions are added and removed on the Agenda tab."), error=True
            )
            return
        self._plan_step(
            translate("DayPlan", "Remove an agenda item"),
            lambda: self.ctx.call(day_plan.remove_session, self.workshop_id, item.key),
        )

    def _cell_edited(self, cell: QTableWidgetItem) -> None:
        if self._filling or not self.workshop_id:
            return
        row, column = cell.row(), cell.column()
        if not 0 <= row < len(self.items):
            return
        item, text = self.items[row], cell.text().strip()
        try:
            if column == START:
                value = parse_clock(text)
                if value == item.starts_at or (value == item.start and not item.starts_at):
                    return self.refresh()
                do = (
                    (lambda: self.ctx.call(day_plan.set_condition_start, self.workshop_id, item.key, value))
                    if item.kind == CONDITION
                    else (
                        lambda: self.ctx.call(
                            day_plan.update_session, self.workshop_id, item.key, starts_at=value
                        )
                    )
                )
                self._plan_step(translate("DayPlan", "Set a start time"), do)
            elif column == TITLE and item.kind != CONDITION and text != item.title:
                self._plan_step(
                    translate("DayPlan", "Rename an agenda item"),
                    lambda: self.ctx.call(day_plan.update_session, self.workshop_id, item.key, title=text),
                )
            elif column == MINUTES:
                minutes = int(text) if text.isdigit() else -1
                if minutes == item.minutes:
                    return self.refresh()
                if not 1 <= minutes <= agenda.MAX_MINUTES:
                    raise PlworkshopError(
                        translate(
                            "DayPlan", "A time box is a whole number of minutes from 1 to {most}."
                        ).format(most=agenda.MAX_MINUTES)
                    )
                self._set_minutes(item, minutes)
        except PlworkshopError as exc:
            self.show_notice(str(exc), error=True)
        self.refresh()

    def _set_minutes(self, item: PlannedItem, minutes: int) -> None:
        if item.kind != CONDITION:
            self._plan_step(
                translate("DayPlan", "Change a time box"),
                lambda: self.ctx.call(day_plan.update_session, self.workshop_id, item.key, minutes=minutes),
            )
            return
        wid = self.workshop_id
        before = [(a.condition, a.minutes) for a in self.ctx.call(agenda.get_agenda, wid)]
        after = [(key, minutes if key == item.key else old) for key, old in before]
        push(
            self.ctx,
            translate("DayPlan", "Change a time box"),
            lambda: self.ctx.call(agenda.set_agenda, wid, after),
            lambda: self.ctx.call(agenda.set_agenda, wid, before),
            workshop_id=wid,
            what="agenda",
            parent_widget=self,
        )

    def _box_edited(self, node: QTreeWidgetItem, column: int) -> None:
        key = node.data(0, Qt.ItemDataRole.UserRole)
        if self._filling or column != 1 or not key or not self.workshop_id:
            return
        text = node.text(1).strip()
        minutes = None if not text else (int(text) if text.isdigit() else -1)
        if minutes is not None and not 1 <= minutes <= agenda.MAX_MINUTES:
            self.show_notice(
                translate(
                    "DayPlan",
                    "A time box is a whole number of minutes from 1 to {most}; leave it empty for none.",
                ).format(most=agenda.MAX_MINUTES),
                error=True,
            )
            self.refresh()
            return
        self._plan_step(
            translate("DayPlan", "Set a question's time box"),
            lambda: self.ctx.call(day_plan.set_question_time_box, self.workshop_id, *key, minutes),
        )
        self.refresh()

    # --- the printable agenda ------------------------------------------------------------------
    def print_agenda(self) -> None:
        if not self.workshop_id:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("DayPlan", "Save the agenda as PDF"),
            str(Path.home() / "agenda.pdf"),
            translate("DayPlan", "PDF (*.pdf)"),
        )
        if path:
            self.save_agenda_pdf(Path(path))

    def save_agenda_pdf(self, path: Path) -> bool:
        """Write the printable agenda; says where, or why not (nothing is left half-written)."""
        from plworkshop.reports.agenda import agenda_pdf
        from plworkshop.services.bundles.export import write_atomically

        try:
            snapshot = self.ctx.call(workshops.snapshot, self.workshop_id)
            data = agenda_pdf(snapshot, self.ctx.pack)
            write_atomically(path, lambda file: file.write(data))
        except (OSError, PlworkshopError) as exc:
            self.show_notice(
                translate("DayPlan", "The agenda was not saved: {problem}").format(problem=exc), error=True
            )
            return False
        self.show_notice(translate("DayPlan", "Agenda saved to {path}.").format(path=path))
        return True
