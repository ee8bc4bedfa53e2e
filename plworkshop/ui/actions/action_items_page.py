"""The action items of a workshop: a table edited in place (number, title, owner, partners, start and
due dates, priority, status and why it is blocked, latest progress note, policy lever, resources,
measure of success with its baseline and target, linked input), filtered and sorted.

Setting an item to Blocked keeps the new status at once and then opens the "Reason blocked" cell, so
the reason is asked for without ever losing the status change."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from plworkshop.domain.errors import WorkshopNotFound
from plworkshop.domain.read_models import ActionItemView
from plworkshop.domain.vocabulary import PRIORITIES, STATUSES
from plworkshop.services import action_items, responses, workshops
from plworkshop.ui.actions.action_item_commands import WHAT, ActionItemEditor
from plworkshop.ui.actions.action_item_delegates import ChoiceDelegate, TypedDateDelegate
from plworkshop.ui.actions.action_item_table_model import COLUMN, ActionItemFilterProxy, ActionItemTableModel
from plworkshop.ui.actions.linked_responses_dialog import LinkedResponsesDialog
from plworkshop.ui.context import UiContext
from plworkshop.ui.i18n import priority_label, status_label, term_label, translate

FLASH_MS = 1800


class ActionItemsPage(QWidget):
    """A workshop page of the shell (`show_workshop`, `clear`, `focus_find`); also `show_item(id)`."""

    def __init__(self, ctx: UiContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        self.ctx = ctx
        self.workshop_id = ""
        self.editor: ActionItemEditor | None = None
        self.model = ActionItemTableModel(ctx.pack, self)
        self.model.edit_handler = self._edit
        self.proxy = ActionItemFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        ctx.data_changed.connect(self._data_changed)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        title = QLabel(translate("ActionItemsPage", "Action items"), objectName="PageTitle")
        layout.addWidget(title)
        self.hint = QLabel(
            translate(
                "ActionItemsPage",
                "Double-click a cell (or press F2) to edit; every change is saved at once "
                "and can be undone with Ctrl+Z.",
            ),
            objectName="Hint",
        )
        layout.addWidget(self.hint)
        bar = QHBoxLayout()
        self.new_button = QPushButton(translate("ActionItemsPage", "New action item"), objectName="Primary")
        self.new_button.clicked.connect(self.new_item)
        self.link_button = QPushButton(translate("ActionItemsPage", "Linked input…"))
        self.link_button.clicked.connect(self.edit_links)
        self.delete_button = QPushButton(translate("ActionItemsPage", "Delete…"), objectName="Danger")
        self.delete_button.clicked.connect(self.delete_selected)
        self.find_box = QLineEdit()
        self.find_box.setAccessibleName(translate("ActionItemsPage", "Filter action items"))
        self.find_box.setPlaceholderText(translate("ActionItemsPage", "Filter by title, owner or partners…"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.textChanged.connect(lambda text: self.proxy.set_filters(text=text))
        self.condition_filter = QComboBox()
        self.condition_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_filters(condition=self.condition_filter.currentData() or "")
        )
        self.status_filter = QComboBox()
        self.status_filter.addItem(translate("ActionItemsPage", "Any status"), "")
        for key in STATUSES:
            self.status_filter.addItem(status_label(key), key)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_filters(status=self.status_filter.currentData() or "")
        )
        for widget, stretch in (
            (self.new_button, 0),
            (self.link_button, 0),
            (self.delete_button, 0),
            (self.find_box, 2),
            (self.condition_filter, 1),
            (self.status_filter, 0),
        ):
            bar.addWidget(widget, stretch)
        layout.addLayout(bar)

        self.table = QTableView()
        self.table.setAccessibleName(translate("ActionItemsPage", "Action items"))
        self.table.setAccessibleDescription(
            translate(
                "ActionItemsPage", "F2 edits the current cell; Delete removes the selected action item."
            )
        )
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.doubleClicked.connect(self._double_clicked)
        self._start = TypedDateDelegate(
            translate("ActionItemsPage", "Start date"), self.show_refusal, self.table
        )
        self._date = TypedDateDelegate(
            translate("ActionItemsPage", "Due date"), self.show_refusal, self.table
        )
        self._priority = ChoiceDelegate([(k, priority_label(k)) for k in PRIORITIES], self.table)
        self._status = ChoiceDelegate([(k, status_label(k)) for k in STATUSES], self.table)
        self._lever = ChoiceDelegate(
            [("", "—")] + [(t.key, term_label("policy_levers", t)) for t in self.ctx.pack.policy_levers],
            self.table,
        )
        self._condition = ChoiceDelegate([("", "—")], self.table)
        for name, delegate in (
            ("start", self._start),
            ("due", self._date),
            ("priority", self._priority),
            ("status", self._status),
            ("policy_lever", self._lever),
            ("condition", self._condition),
        ):
            self.table.setItemDelegateForColumn(COLUMN[name], delegate)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(COLUMN["title"], 260)
        for name, width in (
            ("number", 44),
            ("owner", 130),
            ("partners", 140),
            ("start", 100),
            ("due", 118),
            ("priority", 75),
            ("status", 95),
            ("blocked_reason", 150),
            ("progress", 200),
            ("policy_lever", 130),
            ("resources", 150),
            ("measure_of_success", 170),
            ("baseline", 120),
            ("target", 120),
            ("response_ids", 105),
            ("condition", 140),
        ):
            self.table.setColumnWidth(COLUMN[name], width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.table, 1)
        self.status = QLabel(objectName="Hint")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.delete_selected)
        self._update_buttons()

    # --- public API ----------------------------------------------------------------------------
    def show_workshop(self, workshop_id: str, snapshot=None) -> None:
        """Show `workshop_id`'s action items; `snapshot`, already read, spares reading its conditions."""
        self.workshop_id = workshop_id
        self.editor = ActionItemEditor(self.ctx, workshop_id, self) if workshop_id else None
        self._load_conditions(snapshot)
        self.reload()

    def clear(self) -> None:
        self.show_workshop("")

    def focus_find(self) -> None:
        self.find_box.setFocus()
        self.find_box.selectAll()

    def show_item(self, item_id: str) -> None:
        """Select an item and flash its row (after it was made from a response)."""
        self.reload()
        row = self.model.row_of(self.editor.current_id(item_id) if self.editor else item_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, COLUMN["title"]))
        if not index.isValid():  # hidden by a filter: clear the filters so it can be seen
            self.find_box.clear()
            self.condition_filter.setCurrentIndex(0)
            self.status_filter.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.model.index(row, COLUMN["title"]))
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        self.model.set_flash(self.model.item(row).id)
        QTimer.singleShot(FLASH_MS, self, lambda: self.model.set_flash(""))

    def reload(self) -> None:
        if not self.workshop_id:
            self.model.set_items([])
            return
        items = self.ctx.call(action_items.list_action_items, self.workshop_id)
        self.model.set_items(items)
        self.status.setStyleSheet("")
        self.table.resizeRowsToContents()
        self.status.setStyleSheet("")
        self.status.setProperty("refused", False)
        self.status.setText(
            translate("ActionItemsPage", "1 action item.")
            if len(items) == 1
            else translate("ActionItemsPage", "{count} action items.").format(count=len(items))
        )
        self._update_buttons()

    def _load_conditions(self, snapshot=None) -> None:
        if snapshot is not None and snapshot.workshop.id != self.workshop_id:
            snapshot = None
        try:
            if snapshot is None and self.workshop_id:
                snapshot = self.ctx.call(workshops.snapshot, self.workshop_id)
        except WorkshopNotFound:  # moved to the trash while open
            self.clear()
            return
        titles = {key: c.title for key, c in snapshot.conditions.items()} if snapshot else {}
        agenda = [a.condition for a in snapshot.agenda] if snapshot else []
        ordered = agenda + sorted((k for k in titles if k not in agenda), key=lambda k: titles[k])
        self.model.condition_titles = titles
        self._condition.choices = [("", "—")] + [(k, titles[k]) for k in ordered]
        current = self.condition_filter.currentData()
        self.condition_filter.blockSignals(True)
        self.condition_filter.clear()
        self.condition_filter.addItem(translate("ActionItemsPage", "All conditions"), "")
        for key in agenda:
            self.condition_filter.addItem(titles[key], key)
        self.condition_filter.setCurrentIndex(max(0, self.condition_filter.findData(current or "")))
        self.condition_filter.blockSignals(False)
        self.proxy.set_filters(condition=self.condition_filter.currentData() or "")

    # --- edits ---------------------------------------------------------------------------------
    def selected(self) -> ActionItemView | None:
        index = self.table.currentIndex()
        return self.model.item(self.proxy.mapToSource(index).row()) if index.isValid() else None

    def new_item(self) -> str | None:
        if self.editor is None:
            return None
        condition = self.condition_filter.currentData() or None
        item_id = self.editor.create(
            title=translate("ActionItemsPage", "New action item"), condition=condition
        )
        if item_id:
            self.show_item(item_id)
            index = self.table.currentIndex()
            if index.isValid():
                self.table.edit(index.siblingAtColumn(COLUMN["title"]))
        return item_id

    def _edit(self, item_id: str, field: str, value) -> None:
        item = next((i for i in self.model.items() if i.id == item_id), None)
        if item is None or self.editor is None:
            return
        if (
            self.editor.change(item, field, value)
            and field == "status"
            and value == "blocked"
            and not item.blocked_reason.strip()
        ):
            QTimer.singleShot(0, self, lambda: self.ask_reason(item_id))

    def ask_reason(self, item_id: str) -> None:
        """The status is already Blocked; open its "Reason blocked" cell for the reason."""
        row = self.model.row_of(self.editor.current_id(item_id) if self.editor else item_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, COLUMN["blocked_reason"]))
        if not index.isValid():
            return
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self.table.edit(index)
        prompt = translate(
            "ActionItemsPage",
            "Item {number} is blocked: say why, then press Enter (Esc leaves it blocked without a reason).",
        )
        self.status.setText(prompt.format(number=self.model.item(row).number))

    def show_refusal(self, message: str) -> None:
        """A typed value was refused: say so where the eye is, and keep it until the next change."""
        self.status.setText(message)
        self.status.setProperty("refused", True)
        self.status.setStyleSheet("color: #b42318; font-weight: 600;")
        self.status.setAccessibleDescription(message)

    def edit_links(self) -> None:
        item = self.selected()
        if item is None or self.editor is None:
            return
        everything = self.ctx.call(responses.list_responses, self.workshop_id)
        chosen = LinkedResponsesDialog.ask(self, everything, self.model.condition_titles, item.response_ids)
        if chosen is not None and tuple(chosen) != item.response_ids:
            self.editor.change(item, "response_ids", tuple(chosen))

    def delete_selected(self) -> None:
        item = self.selected()
        if item is None or self.editor is None:
            return
        if self.confirm_delete(item):
            self.editor.delete(item)

    def confirm_delete(self, item: ActionItemView) -> bool:
        """Ask before deleting (the seam tests replace)."""
        answer = QMessageBox.question(
            self,
            translate("ActionItemsPage", "Delete action item"),
            translate(
                "ActionItemsPage", "Delete the action item “{title}”? You can undo this with Ctrl+Z."
            ).format(title=item.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _double_clicked(self, index) -> None:
        if self.proxy.mapToSource(index).column() == COLUMN["response_ids"]:
            self.edit_links()

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        self.link_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.new_button.setEnabled(bool(self.workshop_id))

    def _data_changed(self, workshop_id: str, what: str) -> None:
        if not self.workshop_id or workshop_id != self.workshop_id:
            return
        if what in ("agenda", "workshop"):
            self._load_conditions()
        if what in (WHAT, "agenda", "workshop", "responses"):
            self.reload()
