"""The roster editor: type people in quickly, paste them from a spreadsheet, remove them with care."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from plworkshop.domain.read_models import ParticipantView
from plworkshop.framework.model import FrameworkPack
from plworkshop.services import roster
from plworkshop.services.roster import NewParticipant
from plworkshop.services.roster_paste import read_roster_paste
from plworkshop.ui.context import UiContext
from plworkshop.ui.i18n import term_label, translate
from plworkshop.ui.setup.participant_table_model import GROUP, NAME, ROLE, ParticipantTableModel
from plworkshop.ui.setup.roster_edits import RosterEdits
from plworkshop.ui.setup.roster_paste import RosterPasteDialog, needs_checking


class ConfirmRemovePeople:
    """Ask before taking people off the roster (a seam tests replace)."""

    @classmethod
    def ask(cls, parent: QWidget | None, names: list[str]) -> bool:
        who = (
            f"“{names[0]}”"
            if len(names) == 1
            else translate("RosterEditor", "these {len} people").format(len=len(names))
        )
        answer = QMessageBox.question(
            parent,
            translate("RosterEditor", "Remove from the roster"),
            translate(
                "RosterEditor",
                "Remove {who} from the roster?\n\nAnything they said stays, attributed to their stakeholder "
                "group. Edit → Undo puts them back.",
            ).format(who=who),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes


class ConfirmForget:
    """Ask before erasing people's details for good (a seam tests replace)."""

    @classmethod
    def ask(cls, parent: QWidget | None, names: list[str]) -> bool:
        who = ", ".join(f"“{n}”" for n in names[:5]) + ("…" if len(names) > 5 else "")
        answer = QMessageBox.warning(
            parent,
            translate("RosterEditor", "Forget a participant"),
            translate(
                "RosterEditor",
                "Erase the name, role and organization of {who} everywhere, for good?\n\n"
                "What they said stays, attributed to their stakeholder group. This cannot be undone, "
                "and the undo history is cleared so that no earlier edit can bring the name back.",
            ).format(who=who),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes


class PasteProblems:
    """Explain why a paste was refused (a seam tests replace)."""

    @classmethod
    def show(cls, parent: QWidget | None, message: str) -> None:
        QMessageBox.warning(parent, translate("RosterEditor", "Paste roster"), message)


class GroupDelegate(QStyledItemDelegate):
    """A combo box of the pack's stakeholder groups; stores the group's key."""

    def __init__(self, pack: FrameworkPack, parent=None) -> None:
        super().__init__(parent)
        self.pack = pack

    def createEditor(self, parent: QWidget, option, index) -> QWidget:
        combo = QComboBox(parent)
        for term in self.pack.stakeholder_groups:
            combo.addItem(term_label("stakeholder_groups", term), term.key)
        return combo

    def setEditorData(self, editor: QWidget, index) -> None:
        at = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(at, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class RosterTable(QTableView):
    """Enter after typing a cell goes to the next row's name (a fresh row at the end); Tab goes across."""

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        current = self.currentIndex()
        row = current.row()
        model = self.model()
        added = getattr(model, "just_added_row", None)
        model.just_added_row = None
        # the current index moved down with the "+" row when the new person was inserted above it
        was_new = added is not None and current.column() == NAME and row in (added, added + 1)
        if was_new and hint == QAbstractItemDelegate.EndEditHint.EditNextItem:
            # Tab goes on to the new person's role, not to the empty row (which would lose what is typed)
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            if model.person(added) is not None:
                self.edit_row(added, ROLE)
            return
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            self.edit_row(row + 1)

    def edit_row(self, row: int, column: int = NAME) -> None:
        model = self.model()
        row = min(row, model.rowCount() - 1)
        target = model.index(row, column)
        if target.isValid():
            self.setCurrentIndex(target)
            self.scrollTo(target)
            self.edit(target)


class RosterEditor(QWidget):
    """The roster tab of Setup."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id: str | None = None
        self.paste_dialog: RosterPasteDialog | None = None
        self.edits = RosterEdits(ctx, lambda: self.workshop_id, self)
        self.model = ParticipantTableModel(ctx.pack, self.edits, self)
        self.table = RosterTable(self)
        self.table.setAccessibleName(translate("RosterEditor", "Roster"))
        self.table.setAccessibleDescription(
            translate("RosterEditor", "One participant per row; type in the last row to add someone.")
        )
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(GROUP, GroupDelegate(ctx.pack, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setTabKeyNavigation(True)
        self.table.verticalHeader().setDefaultSectionSize(34)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((230, 210, 250, 220)):
            self.table.setColumnWidth(column, width)
        QShortcut(
            QKeySequence.StandardKey.Paste, self.table, self.paste, context=Qt.ShortcutContext.WidgetShortcut
        )
        QShortcut(
            QKeySequence.StandardKey.Delete,
            self.table,
            self.remove_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )

        self.count = QLabel(objectName="SectionTitle")
        hint = QLabel(
            translate(
                "RosterEditor",
                "Type a name and press Enter for the next person; Tab moves across. Paste rows "
                "from a spreadsheet with Ctrl+V (name, role, organization, group, may be named).",
            ),
            objectName="Hint",
        )
        hint.setWordWrap(True)
        self.paste_button = QPushButton(translate("RosterEditor", "&Paste from spreadsheet"), self)
        self.paste_button.clicked.connect(self.paste)
        self.remove_button = QPushButton(
            translate("RosterEditor", "&Remove selected…"), self, objectName="Danger"
        )
        self.remove_button.clicked.connect(self.remove_selected)
        self.forget_button = QPushButton(translate("RosterEditor", "&Forget…"), self, objectName="Danger")
        self.forget_button.setAccessibleName(translate("RosterEditor", "Forget the selected participants"))
        self.forget_button.setToolTip(
            translate(
                "RosterEditor",
                "Erase a person's details everywhere, keeping their input under their stakeholder group",
            )
        )
        self.forget_button.clicked.connect(self.forget_selected)
        top = QHBoxLayout()
        top.addWidget(self.count)
        top.addStretch(1)
        top.addWidget(self.paste_button)
        top.addWidget(self.remove_button)
        top.addWidget(self.forget_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        ctx.data_changed.connect(self._on_changed)

    def set_workshop(self, workshop_id: str | None) -> None:
        if workshop_id != self.workshop_id:
            self.edits.aliases = type(self.edits.aliases)()
        self.workshop_id = workshop_id
        self.refresh()

    def _on_changed(self, workshop_id: str, what: str) -> None:
        if workshop_id == self.workshop_id and what in ("roster", "workshop", ""):
            self.refresh()

    def refresh(self) -> None:
        people = (
            self.ctx.try_call(self, roster.list_participants, self.workshop_id) or []
            if self.workshop_id
            else []
        )
        self.model.set_people(people)
        n = len(people)
        self.count.setText(
            translate("RosterEditor", "No participants yet")
            if n == 0
            else (
                translate("RosterEditor", "1 participant")
                if n == 1
                else translate("RosterEditor", "{n} participants").format(n=n)
            )
        )

    def selected_people(self) -> list[ParticipantView]:
        rows = {i.row() for i in self.table.selectionModel().selectedIndexes()}
        if not rows and self.table.currentIndex().isValid():
            rows = {self.table.currentIndex().row()}
        return [p for r in sorted(rows) if (p := self.model.person(r)) is not None]

    def remove_selected(self) -> None:
        people = self.selected_people()
        if not people or not ConfirmRemovePeople.ask(self, [p.name for p in people]):
            return
        self.edits.remove(people)

    def forget_selected(self) -> None:
        """Privacy: erase the selected people's details everywhere (database and future exports)."""
        people = [p for p in self.selected_people() if not p.forgotten]
        if not people or not self.workshop_id or not ConfirmForget.ask(self, [p.name for p in people]):
            return
        for person in people:
            if self.ctx.try_call(self, roster.forget_participant, self.workshop_id, person.id) is None:
                break
        self.ctx.undo_stack.clear()
        self.ctx.changed(self.workshop_id, "roster")

    def paste(self) -> None:
        self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> bool:
        """Add the people in `text` (tab-separated rows). A paste that is read without doubt goes in at
        once; otherwise the rows open for checking (`paste_dialog`), and go in when "Add" is pressed.
        Returns True when people were added now."""
        if not self.workshop_id:
            return False
        read = read_roster_paste(text, self.ctx.pack, default_group=self.model.default_group())
        if not read.rows:
            PasteProblems.show(
                self,
                translate(
                    "RosterEditor", "There is nothing to paste: copy some rows from a spreadsheet first."
                ),
            )
            return False
        if needs_checking(read):
            dialog = self.paste_dialog = RosterPasteDialog(
                text, self.ctx.pack, parent=self, default_group=self.model.default_group()
            )
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.accepted.connect(lambda: self._add_pasted(dialog.people()))
            dialog.open()
            dialog.activateWindow()
            dialog.table.setFocus()
            return False
        return self._add_pasted(
            [
                NewParticipant(
                    name=r.name,
                    role=r.role,
                    organization=r.organization,
                    stakeholder_group=r.group,
                    named_in_report=bool(r.named),
                )
                for r in read.rows
            ]
        )

    def _add_pasted(self, people: list[NewParticipant]) -> bool:
        self.paste_dialog = None
        if not people:
            return False
        command = self.edits.add(people)
        if not command.failed:
            self.table.setFocus()
            self.table.edit_row(self.model.rowCount() - 1)
        return not command.failed
