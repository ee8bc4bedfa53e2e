"""Recording input for the current strategic question: the entry box, who said it, and the list of
what has been said, with edit, withdraw/restore, dot votes, filters and sorting."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from plworkshop.domain.errors import PlworkshopError
from plworkshop.domain.read_models import ParticipantView, ResponseView
from plworkshop.services import responses
from plworkshop.ui.context import UiContext
from plworkshop.ui.facilitation.response_commands import ResponseEditor
from plworkshop.ui.facilitation.response_entry import Attribution, AttributionCombo, EntryBox
from plworkshop.ui.facilitation.response_list_model import (
    SPEAKER,
    TEXT,
    TIME,
    VOTES,
    ResponseFilterProxy,
    ResponseListModel,
)
from plworkshop.ui.facilitation.room_budget import room_budget_details, room_budget_line
from plworkshop.ui.facilitation.room_feed import FeedRead, RoomFeed, VoteLine, read_vote_line
from plworkshop.ui.facilitation.speaker_dialog import SpeakerDialog
from plworkshop.ui.i18n import QT_TRANSLATE_NOOP, stakeholder_labeller, term_label, translate
from plworkshop.ui.theme import scale_points

SORTS = (
    (QT_TRANSLATE_NOOP("ResponsePanel", "Most votes first"), VOTES, Qt.SortOrder.DescendingOrder),
    (QT_TRANSLATE_NOOP("ResponsePanel", "Newest first"), TIME, Qt.SortOrder.DescendingOrder),
    (QT_TRANSLATE_NOOP("ResponsePanel", "Oldest first"), TIME, Qt.SortOrder.AscendingOrder),
)

_STYLE = """
QLabel#budget { font-weight: 600; color: #1d4e89; padding: 0 6px; }
QLabel#notice { color: #1b5e20; }
QLabel#notice[error="true"] { color: #a4000f; font-weight: 600; }
QLabel#speakerChip { background: #e3ecf7; color: #12355b; border-radius: 9px; padding: 2px 10px;
                     font-weight: 600; }
QLabel#speakerChip[error="true"] { background: #fde7e9; color: #a4000f; }
QPlainTextEdit { font-size: 13pt; }
QTableView { font-size: 11.5pt; }
"""


class ResponseTable(QTableView):
    """The list of input; + and − vote, a number sets the votes, Del withdraws, Ctrl+Shift+R restores,
    F2 edits."""

    key_action = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        actions = {
            Qt.Key.Key_Plus: "vote+",
            Qt.Key.Key_Equal: "vote+",
            Qt.Key.Key_Minus: "vote-",
            Qt.Key.Key_Delete: "withdraw",
        }
        if key == Qt.Key.Key_R and (mods & ctrl_shift) == ctrl_shift:
            self.key_action.emit("restore")
            return
        if key in actions and not mods & Qt.KeyboardModifier.ControlModifier:
            self.key_action.emit(actions[key])
            return
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9 and not mods & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            self.key_action.emit(f"digit:{event.text()}")
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
        self.room_session_id: str | None = None
        self._read_up_to: dt.datetime | None = None  # the newest change the list has read
        self.room_feed = RoomFeed(ctx, self._room_asked, self._room_read, self)
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
        self.attribution.setMinimumWidth(200)
        entry_row.addWidget(self.attribution, 1)
        tip = translate(
            "ResponsePanel",
            "Ctrl+L, then type part of a name or group and press Enter. The choice stays for the next entry.",
        )
        self.attribution.setToolTip(tip)
        self.speaker_chip = QLabel(objectName="speakerChip")
        self.speaker_chip.setTextFormat(Qt.TextFormat.PlainText)
        self.speaker_chip.setToolTip(tip)
        self.speaker_chip.setMinimumWidth(120)
        self.speaker_chip.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        entry_row.addWidget(self.speaker_chip, 1)
        self.budget = QLabel()
        self.budget.setObjectName("budget")
        self.budget.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        entry_row.addWidget(self.budget)  # beside who is speaking: the chip gives way, the count does not
        self.attribution.attribution_changed.connect(lambda _who: self._show_speaker())
        self.attribution.unmatched.connect(self._unmatched_speaker)
        self.attribution.matched.connect(self._speaker_chosen)
        layout.addLayout(entry_row)
        input_row = QHBoxLayout()
        self.entry = EntryBox()
        self.entry.setFixedHeight(74)
        self.entry.submitted.connect(self.record)
        self.entry.history.connect(lambda which: getattr(self.ctx.undo_stack, which)())
        self.entry.to_list.connect(self.focus_list)
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
        self.filter_box.setMinimumWidth(170)  # never "Fi…", even at 1024 pixels
        self.filter_box.textChanged.connect(lambda t: self.proxy.set_filters(text=t))
        self.group_filter = QComboBox()
        self.group_filter.addItem(translate("ResponsePanel", "All groups"), "")
        for group in self.ctx.pack.stakeholder_groups:
            self.group_filter.addItem(term_label("stakeholder_groups", group), group.key)
        self.group_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_filters(group=self.group_filter.currentData())
        )
        self.sort_box = QComboBox()
        for label, _column, _order in SORTS:
            self.sort_box.addItem(translate("ResponsePanel", label))
        self.sort_box.currentIndexChanged.connect(self._apply_sort)
        self.show_withdrawn = QCheckBox(translate("ResponsePanel", "Show withdrawn"))
        self.show_withdrawn.toggled.connect(lambda on: self.proxy.set_filters(show_withdrawn=on))
        for widget, stretch in (
            (self.filter_box, 2),
            (self.group_filter, 1),
            (self.sort_box, 1),
            (self.show_withdrawn, 0),
        ):
            filters.addWidget(widget, stretch)
        layout.addLayout(filters)

        self.table = ResponseTable()
        self.table.setAccessibleName(translate("ResponsePanel", "What has been said"))
        self.table.setAccessibleDescription(
            translate("ResponsePanel", "Plus and minus vote, Delete withdraws, F2 edits.")
        )
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
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
        # short labels so the row fits a 1024-pixel screen; each key is in the tooltip
        self.vote_up = QPushButton(translate("ResponsePanel", "+ Vote"))
        self.vote_up.setToolTip(translate("ResponsePanel", "Add a vote (+)"))
        self.vote_down = QPushButton(translate("ResponsePanel", "− Vote"))
        self.vote_down.setToolTip(translate("ResponsePanel", "Take back a vote (−)"))
        self.edit_button = QPushButton(translate("ResponsePanel", "Edit"))
        self.edit_button.setToolTip(translate("ResponsePanel", "Edit the text (F2)"))
        self.withdraw_button = QPushButton(translate("ResponsePanel", "Withdraw"))
        self.withdraw_button.setToolTip(translate("ResponsePanel", "Withdraw (Del); Ctrl+Z brings it back"))
        self.action_button = QPushButton(translate("ResponsePanel", "Action item"))
        self.action_button.setToolTip(
            translate("ResponsePanel", "Make an action item from it (Ctrl+Shift+A)")
        )
        self.vote_up.clicked.connect(lambda: self.vote_selected(+1))
        self.vote_down.clicked.connect(lambda: self.vote_selected(-1))
        self.edit_button.clicked.connect(self._edit_selected)
        self.withdraw_button.clicked.connect(self.toggle_withdrawn_selected)
        self.action_button.clicked.connect(self.make_action_item)
        self.votes_spin = QSpinBox(minimum=0, maximum=999)
        self.votes_spin.setAccessibleName(translate("ResponsePanel", "Votes for the selected idea"))
        self.votes_spin.setToolTip(
            translate("ResponsePanel", "Type a number on an idea in the list, then Enter, to set its votes")
        )
        self.votes_spin.setMinimumWidth(64)
        self.votes_spin.installEventFilter(self)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        for button in (
            self.vote_up,
            self.vote_down,
            self.votes_spin,
            self.edit_button,
            self.withdraw_button,
            self.action_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        # while the room votes, each device's own dots replace the shared pool: a line of its own, read whole
        self.room_budget = QLabel(objectName="budget")
        self.room_budget.setWordWrap(True)
        self.room_budget.setTextFormat(Qt.TextFormat.PlainText)
        self.room_budget.hide()
        layout.addWidget(self.room_budget)
        layout.addWidget(self.notice)  # a line of its own: a refusal is read in full

        for keys, slot in (("Ctrl+L", self.focus_attribution), ("Ctrl+Shift+A", self.make_action_item)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.speaker_action = QAction(translate("ResponsePanel", "Change who said it…"), self.table)
        self.speaker_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.speaker_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.speaker_action.triggered.connect(self.change_speaker_selected)
        self.table.addAction(self.speaker_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        QWidget.setTabOrder(self.entry, self.table)  # Tab from the typing box reaches the list at once
        self._people: list[ParticipantView] = []
        self._apply_sort(0)
        self._show_speaker()

    # --- what is shown -------------------------------------------------------------------------
    def set_workshop(self, workshop_id: str, people: list[ParticipantView]) -> None:
        self.workshop_id = workshop_id
        self.editor = ResponseEditor(self.ctx, workshop_id, self, self._touched) if workshop_id else None
        self.model.set_people(people)
        self._people = list(people)
        self.attribution.set_choices(
            people, self.ctx.pack.stakeholder_groups, stakeholder_labeller(self.ctx.pack)
        )
        self._show_speaker()

    def set_question(self, where: tuple[str, int, str] | None) -> None:
        """Show the input for (condition, stage, question), or nothing when None."""
        changed = where != self.where
        self.where = where
        enabled = where is not None and bool(self.workshop_id)
        for widget in (self.entry, self.record_button, self.attribution, self.table):
            widget.setEnabled(enabled)
        self.entry.setPlaceholderText(
            translate("ResponsePanel", "Type what was said and press Enter  (Shift+Enter for a new line)")
            if enabled
            else translate("ResponsePanel", "Choose a strategic question in the navigator to record input.")
        )
        if changed:
            self.model.replace([])
            self.show_notice("")
        self.reload()

    def reload(self) -> None:
        """Read the current question's input again; rows update in place."""
        self._read_up_to = None
        if self.where is None or not self.workshop_id:
            self.model.replace([])
            self.budget.setText("")
            self.room_budget.hide()
            self._update_buttons()
            return
        condition, _stage, question = self.where
        views = self.ctx.call(
            responses.list_responses, self.workshop_id, condition=condition, question=question
        )
        from plworkshop.services.room.state import room_input_marks

        marks = self.ctx.call(room_input_marks, self.workshop_id, condition=condition, question=question)
        self.model.set_room_marks({rid: mark.held for rid, mark in marks.items()})
        self.model.replace(views)
        self._read_up_to = max((v.updated_at for v in views), default=None)
        self._show_budget(condition)
        self._update_buttons()

    def room_changed(self) -> None:
        """The room wrote: its changes to this question and the vote line are read in the background."""
        self.room_feed.changed()

    def _room_asked(self) -> tuple:
        return self.workshop_id, self.where, self.room_session_id, self._read_up_to

    def _room_read(self, read: FeedRead) -> None:
        if read.changes is None:
            self.reload()  # the first read, or too many changes: the whole question
            return
        marks = {rid: mark.held for rid, mark in read.changes.marks.items()}
        self.model.merge(list(read.changes.views), marks)
        self._read_up_to = max([self._read_up_to, *(v.updated_at for v in read.changes.views)])
        self._show_vote_line(read.vote_line)
        self._update_buttons()

    def refresh_budget(self) -> None:
        if self.where is None or not self.workshop_id:
            return
        if self.room_session_id is not None:
            self.room_changed()  # read off the GUI thread, while the room writes
        else:
            self._show_budget(self.where[0])

    def set_room_session(self, session_id: str | None) -> None:
        """The running room session of this workshop (None: none). While it has voting open, the vote
        line shows each device's own dots instead of the shared pool."""
        self.room_session_id = session_id
        self.refresh_budget()  # also when only voting opened or closed

    def _show_budget(self, condition: str) -> None:
        self._show_vote_line(read_vote_line(self.ctx.call, self.workshop_id, self.room_session_id, condition))

    def _show_vote_line(self, line: VoteLine) -> None:
        if line.room is not None:  # the room votes: each device's own dots
            details = room_budget_details(line.room, stakeholder_labeller(self.ctx.pack))
            self.room_budget.setText(room_budget_line(line.room))
            self.room_budget.setToolTip(details)
            self.room_budget.setAccessibleDescription(details)
            self.budget.hide()
            self.room_budget.show()
            return
        self.room_budget.hide()
        self.budget.show()
        if line.pool is None:
            self.budget.setText(translate("ResponsePanel", "Votes: no limit"))
        else:
            placed, available = line.pool
            self.budget.setText(
                translate("ResponsePanel", "Votes left: {value} of {available}").format(
                    value=available - placed, available=available
                )
            )

    def visible_responses(self) -> list[ResponseView]:
        return [
            self.model.response(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
            for r in range(self.proxy.rowCount())
        ]

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
            self.show_notice(
                translate("ResponsePanel", "Recorded — {currentText}").format(
                    currentText=self.attribution.currentText()
                )
            )
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
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)

    def vote_selected(self, delta: int) -> None:
        response = self.selected()
        if response is None or self.editor is None or self.where is None:
            return
        if delta < 0 and response.votes == 0:
            self.show_notice(translate("ResponsePanel", "This idea has no votes to take back."), error=True)
            return
        try:
            done = self.editor.vote(response.id, delta, response.votes, self._where2())
        except PlworkshopError as exc:
            self.show_notice(str(exc), error=True)
            return
        if done:
            self.show_notice(
                translate("ResponsePanel", "Vote added.")
                if delta > 0
                else translate("ResponsePanel", "Vote taken back.")
            )
            self.select(response.id)

    def set_votes_selected(self, count: int) -> bool:
        """Set the selected idea's votes to `count` (one undoable step); refusals are said inline."""
        response = self.selected()
        if response is None or self.editor is None or self.where is None or response.hidden:
            return False
        if count == response.votes:
            return False
        try:
            done = self.editor.set_votes(response.id, response.votes, count, self._where2())
        except PlworkshopError as exc:
            self.show_notice(str(exc), error=True)
            self.votes_spin.setValue(response.votes)
            return False
        if done:
            self.show_notice(translate("ResponsePanel", "Votes set to {n}.").format(n=count))
            self.select(response.id)
        return done

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the votes box, Enter sets the votes and Esc goes back; both return to the list."""
        if watched is self.votes_spin and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.votes_spin.interpretText()
                self.set_votes_selected(self.votes_spin.value())
                self.table.setFocus()
                return True
            if event.key() == Qt.Key.Key_Escape:
                response = self.selected()
                self.votes_spin.setValue(response.votes if response else 0)
                self.table.setFocus()
                return True
        return super().eventFilter(watched, event)

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
                self.show_notice(
                    translate(
                        "ResponsePanel", "Withdrawn. Ctrl+Z brings it back; tick “Show withdrawn” to see it."
                    )
                )

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
        if action.startswith("digit:"):
            if self.selected() is not None and self.votes_spin.isEnabled():
                self.votes_spin.setFocus()
                self.votes_spin.lineEdit().setText(action[6:])
            return
        {
            "vote+": lambda: self.vote_selected(+1),
            "vote-": lambda: self.vote_selected(-1),
            "withdraw": self.withdraw_selected,
            "restore": self.restore_selected,
        }[action]()

    def set_compact(self, compact: bool) -> None:
        """On a short screen the typing box is a little lower, so more of the list shows."""
        self.entry.setFixedHeight(54 if compact else 74)
        self.record_button.setMinimumHeight(54 if compact else 74)

    def focus_list(self) -> None:
        """From the typing box to the list in one keystroke, on the entry last recorded (or the first)."""
        if not self.table.isEnabled() or self.proxy.rowCount() == 0:
            return
        self.table.setFocus()
        if not self.table.currentIndex().isValid():
            self.table.selectionModel().setCurrentIndex(
                self.proxy.index(0, TEXT),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    def change_speaker_selected(self) -> None:
        """Open the chooser on the selected entry; the change is one undoable step."""
        response = self.selected()
        if response is None or self.editor is None:
            self.show_notice(translate("ResponsePanel", "Select a response first."), error=True)
            return
        dialog = SpeakerDialog(
            response,
            self._people,
            self.ctx.pack.stakeholder_groups,
            stakeholder_labeller(self.ctx.pack),
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(self._reattribute)
        dialog.finished.connect(lambda _r: self.table.setFocus())
        dialog.open()
        dialog.activateWindow()
        dialog.combo.setFocus()

    def _reattribute(self, response_id: str, who: Attribution) -> None:
        response = next((r for r in self.model.responses() if r.id == response_id), None)
        if response is None or self.editor is None:
            return
        old = Attribution(
            participant_id=response.participant_id, stakeholder_group=response.stakeholder_group
        )
        new = Attribution(participant_id=who.participant_id, stakeholder_group=who.stakeholder_group)
        if (old.participant_id, old.stakeholder_group) == (new.participant_id, new.stakeholder_group):
            return
        if self.editor.reattribute(response_id, old, new, self._where2()):
            self.show_notice(
                translate("ResponsePanel", "Now attributed to {who}.").format(
                    who=self.model.speaker(
                        next(r for r in self.model.responses() if r.id == self.editor.current_id(response_id))
                    )
                )
            )
            self.select(response_id)

    def _speaker_chosen(self) -> None:
        """After Ctrl+L, a name and Enter, the next keystrokes are what that person says."""
        if self.attribution.lineEdit().hasFocus() and self.entry.isEnabled():
            self.entry.setFocus()

    def _show_speaker(self) -> None:
        kind, name = self.attribution.chosen_kind(), self.attribution.chosen_name()
        text = {
            "group": translate("ResponsePanel", "Recording as the group: {name}"),
            "person": translate("ResponsePanel", "Recording as: {name}"),
            "anonymous": translate("ResponsePanel", "Recording as: {name}"),
        }[kind].format(name=name)
        self._set_chip(text, error=False)

    def _unmatched_speaker(self, typed: str) -> None:
        shown = typed if len(typed) <= 40 else typed[:40] + "…"
        self._set_chip(
            translate("ResponsePanel", "No one matches “{typed}” — still {name}").format(
                typed=shown, name=self.attribution.chosen_name()
            ),
            error=True,
        )

    def _set_chip(self, text: str, *, error: bool) -> None:
        self.speaker_chip.setText(text)
        self.speaker_chip.setToolTip(text)
        self.speaker_chip.setProperty("error", error)
        self.speaker_chip.style().unpolish(self.speaker_chip)
        self.speaker_chip.style().polish(self.speaker_chip)

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

    def _touched(self, condition: str, question: str, view: ResponseView | None, removed: str | None) -> None:
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
            answered = bool(
                self.ctx.call(
                    responses.list_responses,
                    self.workshop_id,
                    condition=condition,
                    question=question,
                    include_hidden=False,
                )
            )
        self.answered_changed.emit(question, answered)

    def _apply_sort(self, index: int) -> None:
        _label, column, order = SORTS[index]
        self.proxy.sort(column, order)

    def _update_buttons(self) -> None:
        response = self.selected()
        has = response is not None
        for button in (
            self.vote_up,
            self.vote_down,
            self.votes_spin,
            self.edit_button,
            self.withdraw_button,
            self.action_button,
        ):
            button.setEnabled(has)
        if has and not self.votes_spin.hasFocus():
            self.votes_spin.setValue(response.votes)
        if has and response.hidden:
            self.withdraw_button.setText(translate("ResponsePanel", "Restore"))
            self.withdraw_button.setToolTip(translate("ResponsePanel", "Restore (Ctrl+Shift+R)"))
            self.vote_up.setEnabled(False)
            self.vote_down.setEnabled(False)
            self.votes_spin.setEnabled(False)
        else:
            self.withdraw_button.setText(translate("ResponsePanel", "Withdraw"))
            self.withdraw_button.setToolTip(
                translate("ResponsePanel", "Withdraw (Del); Ctrl+Z brings it back")
            )
