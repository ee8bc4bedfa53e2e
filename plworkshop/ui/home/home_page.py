"""Home: the workshops on this machine, and the trash they can be restored from."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from plworkshop.domain.read_models import WorkshopSummary
from plworkshop.services import workshops
from plworkshop.ui.context import UiContext
from plworkshop.ui.home.dialogs import ConfirmDelete
from plworkshop.ui.home.workshop_list_model import ID_ROLE, WorkshopListModel, format_changed
from plworkshop.ui.i18n import format_date, translate
from plworkshop.ui.undo import push


class WorkshopCard(QFrame):
    """The selected workshop at a glance, beside the list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="Card")
        self.setFixedWidth(330)
        self.title = QLabel(objectName="SectionTitle", wordWrap=True)
        self.facts = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.counts = QLabel(objectName="CardCounts", wordWrap=True)
        self.changed = QLabel(objectName="Hint", wordWrap=True)
        self.open_button = QPushButton(
            translate("HomePage", "Open this workshop"), self, objectName="Primary"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 18)
        layout.setSpacing(10)
        for widget in (self.title, self.facts, self.counts, self.changed):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.open_button)

    def show_workshop(self, w: WorkshopSummary | None, *, trash: bool = False) -> None:
        self.setVisible(w is not None)
        if w is None:
            return
        self.title.setText(w.title)
        when = format_date(w.date, long=True) if w.date else translate("HomePage", "No date yet")
        lines = [
            when,
            w.location,
            " / ".join(p for p in (w.state, w.district) if p),
            translate("HomePage", "Facilitator: {facilitator}").format(facilitator=w.facilitator)
            if w.facilitator
            else "",
        ]
        self.facts.setText("\n".join(line for line in lines if line))
        self.counts.setText(
            translate(
                "HomePage",
                "{participants} people  ·  {responses} pieces of input  ·  {action_items} action items",
            ).format(participants=w.participants, responses=w.responses, action_items=w.action_items)
        )
        stamp = format_changed(w.updated_at, w.deleted_at)
        self.changed.setText(
            stamp if trash else translate("HomePage", "Last changed {stamp}").format(stamp=stamp)
        )
        self.open_button.setVisible(not trash)


class HomePage(QWidget):
    """Lists workshops; opening, creating, importing and exporting are the main window's job."""

    open_requested = Signal(str)
    new_requested = Signal()
    import_requested = Signal()
    export_requested = Signal(str)
    demo_requested = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        self.ctx = ctx
        self.showing_trash = False
        self.model = WorkshopListModel(self)
        self._build()
        self._stale = False
        ctx.data_changed.connect(self._on_data_changed)
        self.refresh()

    def _on_data_changed(self, _workshop_id: str, _what: str) -> None:
        """Refresh now if on screen; otherwise once it is shown (a live session changes data
        with every entry, and re-reading the list each time would only compete with the room)."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._stale:
            self.refresh()
        super().showEvent(event)

    # -- layout ---------------------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel(translate("HomePage", "Workshops"), objectName="PageTitle")
        self.hint = QLabel(
            translate(
                "HomePage",
                "Every workshop on this computer, most recently changed first. "
                "Double-click one, or select it and press Enter, to open it.",
            ),
            objectName="Hint",
        )
        self.hint.setWordWrap(True)
        self.new_button = self._button(
            translate("HomePage", "&New workshop"), self.new_requested.emit, primary=True
        )
        self.open_button = self._button(translate("HomePage", "&Open"), self.open_selected)
        self.import_button = self._button(translate("HomePage", "&Import…"), self.import_requested.emit)
        self.export_button = self._button(translate("HomePage", "E&xport…"), self._export_selected)
        self.demo_button = self._button(translate("HomePage", "Open the &demo"), self.demo_requested.emit)
        self.delete_button = self._button(
            translate("HomePage", "&Delete…"), self.delete_selected, danger=True
        )
        self.trash_button = self._button(translate("HomePage", "&Trash"), lambda: self.show_trash(True))
        self.restore_button = self._button(
            translate("HomePage", "&Restore"), self.restore_selected, primary=True
        )
        self.back_button = self._button(
            translate("HomePage", "&Back to workshops"), lambda: self.show_trash(False)
        )

        buttons = QHBoxLayout()
        for b in (
            self.new_button,
            self.open_button,
            self.import_button,
            self.export_button,
            self.demo_button,
            self.restore_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        # the trash's buttons stand by the title, so the row under it fits a 1024-pixel screen
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        for b in (self.delete_button, self.trash_button, self.back_button):
            title_row.addWidget(b, 0, Qt.AlignmentFlag.AlignVCenter)

        self.table = QTableView(self)
        self.table.setAccessibleName(translate("HomePage", "Workshops"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move within it
        self.table.setAccessibleDescription(
            translate("HomePage", "Enter opens the selected workshop; Delete moves it to the trash.")
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(40)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(3, 150)
        self.table.setColumnHidden(2, True)  # the place is on the card beside the list
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.doubleClicked.connect(lambda index: self._activate(index))
        self.table.activated.connect(lambda index: self._activate(index))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        QShortcut(
            QKeySequence.StandardKey.Delete,
            self.table,
            self._delete_or_nothing,
            context=Qt.ShortcutContext.WidgetShortcut,
        )

        self.empty = QLabel(objectName="Hint", alignment=Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.card = WorkshopCard(self)
        self.card.open_button.clicked.connect(lambda _c=False: self.open_selected())
        listing = QWidget(self)
        row = QHBoxLayout(listing)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        row.addWidget(self.table, 1)
        row.addWidget(self.card)
        self.body = QStackedWidget(self)
        self.body.addWidget(listing)
        self.body.addWidget(self.empty)
        self._listing = listing

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        layout.addLayout(title_row)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        layout.addWidget(self.body, 1)
        self.setTabOrder(self.table, self.new_button)

    def _button(self, text: str, slot, *, primary: bool = False, danger: bool = False) -> QPushButton:
        button = QPushButton(text, self)
        if primary:
            button.setObjectName("Primary")
        elif danger:
            button.setObjectName("Danger")
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- state ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the list, keeping the selected workshop selected."""
        self._stale = False
        keep = self.selected_id()
        rows = self.ctx.try_call(self, workshops.list_workshops, trash=self.showing_trash)
        self.model.set_workshops(rows or [])
        if keep:
            self.select(keep)
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self._show_empty_state()
        self._update_buttons()

    def _show_empty_state(self) -> None:
        if self.showing_trash:
            self.empty.setText(
                translate("HomePage", "The trash is empty. Deleted workshops stay here for 30 days.")
            )
        else:
            self.empty.setText(
                translate(
                    "HomePage",
                    "No workshops yet. Press “New workshop” to plan one, or open the demo "
                    "to see a finished convening.",
                )
            )
        self.body.setCurrentWidget(self._listing if self.model.rowCount() else self.empty)

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        trash = self.showing_trash
        for b in (
            self.new_button,
            self.open_button,
            self.import_button,
            self.export_button,
            self.demo_button,
            self.delete_button,
            self.trash_button,
        ):
            b.setVisible(not trash)
        self.demo_button.setVisible(not trash)
        self.restore_button.setVisible(trash)
        self.back_button.setVisible(trash)
        for b in (self.open_button, self.export_button, self.delete_button, self.restore_button):
            b.setEnabled(has)
        row = self.model.row_of(self.selected_id()) if has else -1
        self.card.show_workshop(self.model.workshop(row), trash=trash)

    def show_trash(self, trash: bool) -> None:
        self.showing_trash = trash
        self.title.setText(translate("HomePage", "Trash") if trash else translate("HomePage", "Workshops"))
        self.hint.setText(
            translate(
                "HomePage",
                "Deleted workshops, kept for 30 days. Select one and press Restore to bring it back.",
            )
            if trash
            else translate(
                "HomePage",
                "Every workshop on this computer, most recently changed first. "
                "Double-click one, or select it and press Enter, to open it.",
            )
        )
        self.table.clearSelection()
        self.refresh()
        self.table.setFocus()

    def focus_list(self) -> None:
        """The focus on the workshop list: arrows pick a workshop, Enter opens it."""
        self.table.setFocus()

    def focus_find(self) -> None:
        """Nothing to find on Home: the list is short and sorted by last change."""

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return rows[0].data(ID_ROLE) if rows else None

    def select(self, workshop_id: str) -> None:
        row = self.model.row_of(workshop_id)
        if row >= 0:
            self.table.selectRow(row)

    # -- actions --------------------------------------------------------------------------------
    def _activate(self, index: QModelIndex) -> None:
        if self.showing_trash:
            self.restore_selected()
        elif index.isValid():
            self.open_requested.emit(index.data(ID_ROLE))

    def open_selected(self) -> None:
        workshop_id = self.selected_id()
        if workshop_id and not self.showing_trash:
            self.open_requested.emit(workshop_id)

    def _export_selected(self) -> None:
        workshop_id = self.selected_id()
        if workshop_id:
            self.export_requested.emit(workshop_id)

    def _delete_or_nothing(self) -> None:
        if not self.showing_trash:
            self.delete_selected()

    def delete_selected(self) -> None:
        """Ask, then move the selected workshop to the trash (undoable)."""
        workshop_id = self.selected_id()
        summary = self.model.workshop(self.model.row_of(workshop_id)) if workshop_id else None
        if summary is None or not ConfirmDelete.ask(self, summary.title):
            return
        ctx = self.ctx
        push(
            ctx,
            translate("HomePage", "Delete “{title}”").format(title=summary.title),
            lambda: ctx.call(workshops.delete_workshop, summary.id),
            lambda: ctx.call(workshops.restore_workshop, summary.id),
            workshop_id=summary.id,
            what="workshop",
            parent_widget=self,
        )

    def restore_selected(self) -> None:
        workshop_id = self.selected_id()
        summary = self.model.workshop(self.model.row_of(workshop_id)) if workshop_id else None
        if summary is None:
            return
        ctx = self.ctx
        push(
            ctx,
            translate("HomePage", "Restore “{title}”").format(title=summary.title),
            lambda: ctx.call(workshops.restore_workshop, summary.id),
            lambda: ctx.call(workshops.delete_workshop, summary.id),
            workshop_id=summary.id,
            what="workshop",
            parent_widget=self,
        )
