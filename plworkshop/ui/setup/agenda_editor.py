"""The agenda editor: choose the workshop's conditions, put them in order, give each a time box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from plworkshop.framework.model import Condition
from plworkshop.services import agenda
from plworkshop.ui.context import UiContext
from plworkshop.ui.i18n import translate
from plworkshop.ui.setup.agenda_model import MINUTES, AgendaModel, Items, format_minutes, moved
from plworkshop.ui.undo import push

DEFAULT_MINUTES = 45
MAX_MINUTES = 8 * 60


class MinutesDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index) -> QWidget:
        spin = QSpinBox(parent, minimum=1, maximum=MAX_MINUTES, singleStep=5)
        spin.setSuffix(translate("AgendaEditor", " min"))
        return spin

    def setEditorData(self, editor, index) -> None:
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or DEFAULT_MINUTES))

    def setModelData(self, editor, model, index) -> None:
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class AgendaEditor(QWidget):
    """Left: the framework's conditions not yet on the agenda. Right: the agenda, in order."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id: str | None = None
        self.conditions: dict[str, Condition] = {}
        self.model = AgendaModel(ctx.pack.strategy_label, self.save, self)
        self._build()
        ctx.data_changed.connect(self._on_changed)

    def _build(self) -> None:
        self.available = QTreeWidget(self)
        self.available.setAccessibleName(translate("AgendaEditor", "Conditions in the framework"))
        self.available.setAccessibleDescription(
            translate("AgendaEditor", "Enter adds the selected condition to the agenda.")
        )
        self.available.setHeaderHidden(True)
        self.available.setRootIsDecorated(False)
        self.available.setItemsExpandable(False)
        self.available.itemActivated.connect(lambda _item, _col: self.add_selected())
        self.table = QTableView(self)
        self.table.setAccessibleName(translate("AgendaEditor", "The agenda, in order"))
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(MINUTES, MinutesDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragEnabled(True)
        self.table.setDropIndicatorShown(True)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(36)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        self.add_button = QPushButton(
            translate("AgendaEditor", "&Add to agenda →"), self, objectName="Primary"
        )
        self.add_button.clicked.connect(self.add_selected)
        self.remove_button = QPushButton(translate("AgendaEditor", "R&emove"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.up_button = QPushButton(translate("AgendaEditor", "Move &up"), self)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(translate("AgendaEditor", "Move do&wn"), self)
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.total = QLabel(objectName="Total")

        buttons = QHBoxLayout()
        for b in (self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.total)
        left = QVBoxLayout()
        left.addWidget(
            QLabel(translate("AgendaEditor", "Conditions in the framework"), objectName="SectionTitle")
        )
        left.addWidget(self.available, 1)
        left.addWidget(self.add_button)
        right = QVBoxLayout()
        right.addWidget(QLabel(translate("AgendaEditor", "The agenda, in order"), objectName="SectionTitle"))
        right.addWidget(self.table, 1)
        right.addLayout(buttons)
        grid = QGridLayout()
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setHorizontalSpacing(20)
        hint = QLabel(
            translate(
                "AgendaEditor",
                "Double-click a condition (or select it and press Enter) to add it. Drag rows or "
                "use Move up / Move down to reorder; double-click the minutes to change a time "
                "box. Every change is saved at once.",
            ),
            objectName="Hint",
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(hint)
        layout.addLayout(grid, 1)

    # -- loading --------------------------------------------------------------------------------
    def set_workshop(self, workshop_id: str | None) -> None:
        self.workshop_id = workshop_id
        self.conditions = {}
        if workshop_id:
            texts = self.ctx.try_call(self, agenda.condition_texts, workshop_id)
            self.conditions = dict(texts) if texts else {}
        self.refresh()

    def _on_changed(self, workshop_id: str, what: str) -> None:
        if workshop_id == self.workshop_id and what in ("agenda", "workshop", ""):
            self.refresh()

    def refresh(self) -> None:
        keep = self._selected_key()
        items: Items = []
        if self.workshop_id:
            stored = self.ctx.try_call(self, agenda.get_agenda, self.workshop_id) or []
            items = [(a.condition, a.minutes) for a in stored]
        self.model.set_items(items, self.conditions)
        self.total.setText(
            translate("AgendaEditor", "Total: {format_minutes}").format(
                format_minutes=format_minutes(self.model.total_minutes())
            )
            if items
            else translate("AgendaEditor", "Nothing on the agenda yet")
        )
        self._fill_available({key for key, _ in items})
        if keep:
            self.select_key(keep)

    def _fill_available(self, used: set[str]) -> None:
        """The conditions not on the agenda, under their strategy (in the framework's order)."""
        current = self.available.currentItem()
        keep = current.data(0, Qt.ItemDataRole.UserRole) if current else None
        self.available.clear()
        order = [c.key for c in self.ctx.pack.conditions]
        keys = sorted(self.conditions, key=lambda k: order.index(k) if k in order else len(order))
        groups: dict[str, QTreeWidgetItem] = {}
        bold = QFont(self.available.font())
        bold.setBold(True)
        first = None
        for key in keys:
            if key in used:
                continue
            condition = self.conditions[key]
            group = groups.get(condition.strategy)
            if group is None:
                group = QTreeWidgetItem(
                    self.available,
                    [
                        self.ctx.pack.strategy_label(condition.strategy)
                        or translate("AgendaEditor", "Other conditions")
                    ],
                )
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group.setFont(0, bold)
                groups[condition.strategy] = group
            item = QTreeWidgetItem(group, [condition.title])
            item.setData(0, Qt.ItemDataRole.UserRole, key)
            item.setToolTip(0, condition.summary)
            first = first or item
            if key == keep:
                first = item
        self.available.expandAll()
        self.available.setIndentation(18)
        if first is not None:
            self.available.setCurrentItem(first)

    def _selected_key(self) -> str | None:
        index = self.table.currentIndex()
        return index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def select_key(self, key: str) -> None:
        for row, (k, _) in enumerate(self.model.items()):
            if k == key:
                self.table.selectRow(row)
                return

    # -- editing --------------------------------------------------------------------------------
    def save(self, items: Items, text: str | None = None) -> bool:
        """Store `items` as the agenda (undoable) and show what was stored."""
        if not self.workshop_id:
            return False
        ctx, wid, before = self.ctx, self.workshop_id, self.model.items()
        text = text or translate("AgendaEditor", "Change the agenda")
        command = push(
            ctx,
            text,
            lambda: ctx.call(agenda.set_agenda, wid, items),
            lambda: ctx.call(agenda.set_agenda, wid, before),
            workshop_id=wid,
            what="agenda",
            parent_widget=self,
        )
        return not command.failed

    def add_selected(self) -> None:
        item = self.available.currentItem()
        key = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if not key:
            return
        if self.save(
            self.model.items() + [(key, DEFAULT_MINUTES)],
            translate("AgendaEditor", "Add {value} to the agenda").format(
                value=self.model.title(key) if key in self.conditions else key
            ),
        ):
            self.select_key(key)

    def remove_selected(self) -> None:
        key = self._selected_key()
        if key:
            self.save(
                [i for i in self.model.items() if i[0] != key],
                translate("AgendaEditor", "Remove {title} from the agenda").format(
                    title=self.model.title(key)
                ),
            )

    def move_selected(self, step: int) -> None:
        key = self._selected_key()
        items = self.model.items()
        row = next((i for i, (k, _) in enumerate(items) if k == key), -1)
        target = row + step
        if row < 0 or not 0 <= target < len(items):
            return
        if self.save(
            moved(items, row, target + (1 if step > 0 else 0)),
            (
                translate("AgendaEditor", "Move {title} up")
                if step < 0
                else translate("AgendaEditor", "Move {title} down")
            ).format(title=self.model.title(key)),
        ):
            self.select_key(key)
