"""Recording input for the current strategic question: the entry box, who said it, and the list of
what has been said, with edit, withdraw/restore, dot votes, filters and sorting."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView,
                               QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget)

from plworkshop.domain.errors import PlworkshopError
from plworkshop.domain.read_models import ParticipantView, ResponseView
from plworkshop.services import responses
from plworkshop.ui.context import UiContext
from plworkshop.ui.facilitation.response_commands import ResponseEditor
from plworkshop.ui.facilitation.response_entry import AttributionCombo, EntryBox
from plworkshop.ui.facilitation.response_list_model import SPEAKER, TEXT, TIME, VOTES, ResponseFilterProxy, ResponseListModel
from plworkshop.ui.theme import scale_points
from plworkshop.ui.i18n import translate, QT_TRANSLATE_NOOP, stakeholder_labeller, term_label

SORTS = ((QT_TRANSLATE_NOOP("ResponsePanel", "Most votes first"), VOTES, Qt.SortOrder.DescendingOrder),
         (QT_TRANSLATE_NOOP("ResponsePanel", "Newest first"), TIME, Qt.SortOrder.DescendingOrder),
         (QT_TRANSLATE_NOOP("ResponsePanel", "Oldest first"), TIME, Qt.SortOrder.AscendingOrder))

_STYLE = """
QLabel#budget { font-weight: 600; color: #1d4e89; padding: 0 6px; }
QLabel#notice { color: #1b5e20; }
QLabel#notice[error="true"] { color: #a4000f; font-weight: 600; }
QPlainTextEdit { font-size: 13pt; }
QTableView { font-size: 11.5pt; }
"""


class ResponseTable(QTableView):
    """The list of input; + and − vote, Del withdraws, Ctrl+Shift+R restores, F2 edits."""

    key_action = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        actions = {Qt.Key.Key_Plus: "vote+", Qt.Key.Key_Equal: "vote+", Qt.Key.Key_Minus: "vote-",
                   Qt.Key.Key_Delete: "withdraw"}
        if key == Qt.Key.Key_R and (mods & ctrl_shift) == ctrl_shift:
            self.key_action.emit("restore")
            return
        if key in actions and not mods & Qt.KeyboardModifier.ControlModifier:
            self.key_action.emit(actions[key])
            return
        super().keyPressEvent(event)


class ResponsePanel(QWidget):
    """Input for one question at a time. `answered_changed(question, bool)` drives the navigator ticks."""

    answered_changed = Signal(str, bool)
    action_item_created = Signal(str)
    message = Signal(str)

    def __init__(self, ctx: UiContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setStyleSheet(scale_points(_STYLE))
        self.workshop_id = ""
        self.where: tuple[str, int, str] | None = None
        self.editor: ResponseEditor | None = None
        self.model = ResponseListModel(stakeholder_labeller(ctx.pack), self)
        self.model.edit_handler = self._edit_text
        self.proxy = ResponseFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self.set_question(None)

    # --- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 8)
        entry_row = QHBoxLayout()
        said_by = QLabel(translate("ResponsePanel", "&Said by:"))
        self.attribution = AttributionCombo()
        said_by.setBuddy(self.attribution)
        entry_row.addWidget(said_by)
        self.attribution.setMaximumWidth(440)
        entry_row.addWidget(self.attribution, 1)
        tip = QLabel(translate("ResponsePanel", "Ctrl+L, then type part of a name or group and press Enter. The choice stays for the next entry."))
        tip.setStyleSheet("color: #5d6b7b;")
        entry_row.addWidget(tip, 1)
        layout.addLayout(entry_row)
        input_row = QHBoxLayout()
        self.entry = EntryBox()
        self.entry.setFixedHeight(74)
        self.entry.submitted.connect(self.record)
        self.record_button = QPushButton(translate("ResponsePanel", "Record\n(Enter)"))
        self.record_button.setMinimumHeight(74)
        self.record_button.clicked.connect(lambda: self.record(self.entry.toPlainText()))
        input_row.addWidget(self.entry, 1)
        input_row.addWidget(self.record_button)
        layout.addLayout(input_row)

        filters = QHBoxLayout()
        self.filter_box = QLineEdit()
        self.filter_box.setAccessibleName(translate("ResponsePanel", "Filter what was said"))
        self.filter_box.setPlaceholderText(translate("ResponsePanel", "Filter what was said…"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.textChanged.connect(lambda t: self.proxy.set_filters(text=t))
        self.group_filter = QComboBox()
        self.group_filter.addItem(translate("ResponsePanel", "All groups"), "")
        for group in self.ctx.pack.stakeholder_groups:
            self.group_filter.addItem(term_label("stakeholder_groups", group), group.key)
        self.group_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_filters(group=self.group_filter.currentData()))
        self.sort_box = QComboBox()
        for label, _column, _order in SORTS:
            self.sort_box.addItem(translate("ResponsePanel", label))
        self.sort_box.currentIndexChanged.connect(self._apply_sort)
        self.show_withdrawn = QCheckBox(translate("ResponsePanel", "Show withdrawn"))
        self.show_withdrawn.toggled.connect(lambda on: self.proxy.set_filters(show_withdrawn=on))
        self.budget = QLabel()
        self.budget.setObjectName("budget")
        for widget, stretch in ((self.filter_box, 2), (self.group_filter, 1), (self.sort_box, 1),
                                (self.show_withdrawn, 0), (self.budget, 0)):
            filters.addWidget(widget, stretch)
        layout.addLayout(filters)

        self.table = ResponseTable()
        self.table.setAccessibleName(translate("ResponsePanel", "What has been said"))
        self.table.setAccessibleDescription(translate("ResponsePanel", "Plus and minus vote, Delete withdraws, F2 edits."))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((VOTES, 64), (SPEAKER, 260), (TIME, 64)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        self.table.key_action.connect(self._key_action)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.vote_up = QPushButton(translate("ResponsePanel", "+ Vote"))
        self.vote_down = QPushButton(translate("ResponsePanel", "− Vote"))
        self.edit_button = QPushButton(translate("ResponsePanel", "Edit (F2)"))
        self.withdraw_button = QPushButton(translate("ResponsePanel", "Withdraw (Del)"))
        self.action_button = QPushButton(translate("ResponsePanel", "Make action item (Ctrl+Shift+A)"))
        self.vote_up.clicked.connect(lambda: self.vote_selected(+1))
        self.vote_down.clicked.connect(lambda: self.vote_selected(-1))
        self.edit_button.clicked.connect(self._edit_selected)
        self.withdraw_button.clicked.connect(self.toggle_withdrawn_selected)
        self.action_button.clicked.connect(self.make_action_item)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        for button in (self.vote_up, self.vote_down, self.edit_button, self.withdraw_button,
                       self.action_button):
            buttons.addWidget(button)
        buttons.addWidget(self.notice, 1)
        layout.addLayout(buttons)

        for keys, slot in (("Ctrl+L", self.focus_attribution),
                           ("Ctrl+Shift+A", self.make_action_item)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._apply_sort(0)

    # --- what is shown -------------------------------------------------------------------------
    def set_workshop(self, workshop_id: str, people: list[ParticipantView]) -> None:
        self.workshop_id = workshop_id
        self.editor = ResponseEditor(self.ctx, workshop_id, self, self._touched) if workshop_id else None
        self.model.set_people(people)
        self.attribution.set_choices(people, self.ctx.pack.stakeholder_groups,
                                    stakeholder_labeller(self.ctx.pack))

    def set_question(self, where: tuple[str, int, str] | None) -> None:
        """Show the input for (condition, stage, question), or nothing when None."""
        changed = where != self.where
        self.where = where
        enabled = where is not None and bool(self.workshop_id)
        for widget in (self.entry, self.record_button, self.attribution, self.table):
            widget.setEnabled(enabled)
        self.entry.setPlaceholderText(
            translate("ResponsePanel", "Type what was said and press Enter  (Shift+Enter for a new line)") if enabled
            else translate("ResponsePanel", "Choose a strategic question in the navigator to record input."))
        if changed:
            self.model.replace([])
            self.show_notice("")
        self.reload()

    def reload(self) -> None:
        """Read the current question's input again; rows update in place."""
        if self.where is None or not self.workshop_id:
            self.model.replace([])
            self.budget.setText("")
            self._update_buttons()
            return
        condition, _stage, question = self.where
        views = self.ctx.call(responses.list_responses, self.workshop_id, condition=condition,
                              question=question)
        from plworkshop.services.room.state import room_input_marks

        marks = self.ctx.call(room_input_marks, self.workshop_id)
        self.model.set_room_marks({rid: mark.held for rid, mark in marks.items()})
        self.model.replace(views)
        self._show_budget(condition)
        self._update_buttons()

    def refresh_budget(self) -> None:
        if self.where is not None and self.workshop_id:
            self._show_budget(self.where[0])

    def _show_budget(self, condition: str) -> None:
        budget = self.ctx.call(responses.vote_budget, self.workshop_id, condition)
        if budget is None:
            self.budget.setText(translate("ResponsePanel", "Votes: no limit"))
        else:
            placed, available = budget
            self.budget.setText(translate("ResponsePanel", "Votes left: {value} of {available}").format(value=available - placed, available=available))

    def visible_responses(self) -> list[ResponseView]:
        return [self.model.response(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
                for r in range(self.proxy.rowCount())]

    # --- actions -------------------------------------------------------------------------------
    def record(self, text: str) -> None:
        if self.where is None or self.editor is None:
            return
        if not text.strip():
            self.entry.clear()
            return
        condition, stage, question = self.where
        new_id = self.editor.record(condition, stage, question, text, self.attribution.attribution())
        if new_id is not None:
            self.entry.clear()
            self.show_notice(translate("ResponsePanel", "Recorded — {currentText}").format(currentText=self.attribution.currentText()))
            self.select(new_id)
        self.entry.setFocus()

    def selected(self) -> ResponseView | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.response(self.proxy.mapToSource(index).row())

    def select(self, response_id: str) -> None:
        row = self.model.row_of(self.editor.current_id(response_id) if self.editor else response_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, TEXT))
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)

    def vote_selected(self, delta: int) -> None:
        response = self.selected()
        if response is None or self.editor is None or self.where is None:
            return
        try:
            done = self.editor.vote(response.id, delta, response.votes, self._where2())
        except PlworkshopError as exc:
            self.show_notice(str(exc), error=True)
            return
        if done:
            self.show_notice(translate("ResponsePanel", "Vote added.") if delta > 0 else translate("ResponsePanel", "Vote taken back."))
            self.select(response.id)

    def toggle_withdrawn_selected(self) -> None:
        response = self.selected()
        if response is None or self.editor is None:
            return
        if response.hidden:
            self.restore_selected()
        else:
            self.withdraw_selected()

    def withdraw_selected(self) -> None:
        response = self.selected()
        if response is not None and not response.hidden and self.editor is not None:
            if self.editor.withdraw(response.id, self._where2()):
                self.show_notice(translate("ResponsePanel", "Withdrawn. Ctrl+Z brings it back; tick “Show withdrawn” to see it."))

    def restore_selected(self) -> None:
        response = self.selected()
        if response is not None and response.hidden and self.editor is not None:
            if self.editor.restore(response.id, self._where2()):
                self.show_notice(translate("ResponsePanel", "Restored."))
                self.select(response.id)

    def make_action_item(self) -> None:
        response = self.selected()
        if response is None or self.editor is None:
            self.show_notice(translate("ResponsePanel", "Select a response first."), error=True)
            return
        item_id = self.editor.make_action_item(response.id)
        if item_id:
            self.show_notice(translate("ResponsePanel", "Action item made — see Action items."))
            self.action_item_created.emit(item_id)

    def _edit_text(self, response_id: str, text: str) -> None:
        response = next((r for r in self.model.responses() if r.id == response_id), None)
        if response is not None and self.editor is not None:
            self.editor.edit(response_id, response.text, text, self._where2())

    def _edit_selected(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.table.edit(index.siblingAtColumn(TEXT))

    def _key_action(self, action: str) -> None:
        {"vote+": lambda: self.vote_selected(+1), "vote-": lambda: self.vote_selected(-1),
         "withdraw": self.withdraw_selected, "restore": self.restore_selected}[action]()

    def focus_attribution(self) -> None:
        self.attribution.setFocus()
        self.attribution.lineEdit().selectAll()

    def focus_find(self) -> None:
        self.filter_box.setFocus()
        self.filter_box.selectAll()

    def show_notice(self, text: str, *, error: bool = False) -> None:
        self.notice.setText(text)
        self.notice.setProperty("error", error)
        self.notice.style().unpolish(self.notice)
        self.notice.style().polish(self.notice)
        if text:
            self.message.emit(text)

    # --- internals -----------------------------------------------------------------------------
    def _where2(self) -> tuple[str, str]:
        assert self.where is not None
        return self.where[0], self.where[2]

    def _touched(self, condition: str, question: str, view: ResponseView | None,
                 removed: str | None) -> None:
        """After any change: update that row if it is this question, the budget, the navigator tick."""
        if self.where is not None and self.where[2] == question:
            if view is not None:
                self.model.upsert(view)
            elif removed:
                self.model.remove(removed)
            self._show_budget(condition)
            self._update_buttons()
            answered = any(not r.hidden for r in self.model.responses())
        else:
            answered = bool(self.ctx.call(responses.list_responses, self.workshop_id,
                                          condition=condition, question=question, include_hidden=False))
        self.answered_changed.emit(question, answered)

    def _apply_sort(self, index: int) -> None:
        _label, column, order = SORTS[index]
        self.proxy.sort(column, order)

    def _update_buttons(self) -> None:
        response = self.selected()
        has = response is not None
        for button in (self.vote_up, self.vote_down, self.edit_button, self.withdraw_button,
                       self.action_button):
            button.setEnabled(has)
        if has and response.hidden:
            self.withdraw_button.setText(translate("ResponsePanel", "Restore (Ctrl+Shift+R)"))
            self.vote_up.setEnabled(False)
            self.vote_down.setEnabled(False)
        else:
            self.withdraw_button.setText(translate("ResponsePanel", "Withdraw (Del)"))
