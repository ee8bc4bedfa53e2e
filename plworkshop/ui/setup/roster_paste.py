"""Checking a pasted roster before it is added: what each column was read as (and mapping the ones
that were not understood), each person's group and consent, fixed in place row by row.

The reading itself is `plworkshop.services.roster_paste`; this window only shows it and lets the
facilitator correct it. Nobody is ticked "may be named" unless the paste said so plainly.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from plworkshop.framework.model import FrameworkPack
from plworkshop.services.roster import NewParticipant
from plworkshop.services.roster_paste import FIELDS, RosterPaste, read_roster_paste
from plworkshop.ui.i18n import QT_TRANSLATE_NOOP, term_label, translate

NAME, ROLE, ORG, GROUP, NAMED, CHECK = range(6)
KEY_ROLE = Qt.ItemDataRole.UserRole
FIELD_LABELS = {
    None: QT_TRANSLATE_NOOP("RosterPaste", "Not used"),
    "name": QT_TRANSLATE_NOOP("RosterPaste", "Name"),
    "role": QT_TRANSLATE_NOOP("RosterPaste", "Role"),
    "organization": QT_TRANSLATE_NOOP("RosterPaste", "Organization"),
    "group": QT_TRANSLATE_NOOP("RosterPaste", "Stakeholder group"),
    "named": QT_TRANSLATE_NOOP("RosterPaste", "May be named (yes = named)"),
    "anonymous": QT_TRANSLATE_NOOP("RosterPaste", "Anonymous (yes = not named)"),
}
NEEDS_LOOK = QColor("#fff4e5")


def needs_checking(read: RosterPaste) -> bool:
    """Anything a person should look at before the rows go in (else they are added at once)."""
    return (
        not read.has_consent
        or bool(read.unknown_columns)
        or any(not r.name or r.group is None or not r.group_exact or r.named is None for r in read.rows)
    )


class GroupChoice(QStyledItemDelegate):
    """A combo of the pack's groups; the key goes in KEY_ROLE and the label is shown."""

    def __init__(self, pack: FrameworkPack, parent=None) -> None:
        super().__init__(parent)
        self.pack = pack

    def createEditor(self, parent: QWidget, _option, _index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        for term in self.pack.stakeholder_groups:
            combo.addItem(term_label("stakeholder_groups", term), term.key)
        return combo

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(KEY_ROLE))))

    def setModelData(self, editor: QComboBox, model, index: QModelIndex) -> None:
        model.setData(index, editor.currentData(), KEY_ROLE)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


class RosterPasteDialog(QDialog):
    """Shows the pasted rows to check and fix; `people()` is what "Add" adds."""

    def __init__(
        self, text: str, pack: FrameworkPack, *, default_group: str = "other", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("RosterPaste", "Check the pasted roster"))
        self.text, self.pack, self.default_group = text, pack, default_group
        self.read = read_roster_paste(text, pack, default_group=default_group)
        self.summary = QLabel(objectName="Hint")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.mapping = QGridLayout()
        self.column_boxes: list[QComboBox] = []
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [
                translate("RosterPaste", h)
                for h in ("Name", "Role", "Organization", "Stakeholder group", "May be named", "Check")
            ]
        )
        self.table.setAccessibleName(translate("RosterPaste", "Pasted people"))
        self.table.setItemDelegateForColumn(GROUP, GroupChoice(pack, self.table))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((170, 130, 150, 190, 110)):
            self.table.setColumnWidth(column, width)
        self.table.itemChanged.connect(lambda _item: self._count())
        buttons = QDialogButtonBox(self)
        self.add_button = QPushButton(translate("RosterPaste", "&Add"))
        buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.add_button.setToolTip(translate("RosterPaste", "Ctrl+Enter"))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self._add_if_any)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(self.mapping)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self._build_mapping()
        self._fill()
        self.resize(900, 520)
        self.table.setFocus()

    # -- columns --------------------------------------------------------------------------------
    def _build_mapping(self) -> None:
        for n, header in enumerate(self.read.headers):
            label = QLabel(header or translate("RosterPaste", "Column {n}").format(n=n + 1))
            label.setTextFormat(Qt.TextFormat.PlainText)
            box = QComboBox()
            for name in (None, *FIELDS):
                box.addItem(translate("RosterPaste", FIELD_LABELS[name]), name)
            box.setCurrentIndex(box.findData(self.read.columns[n]))
            box.setAccessibleName(
                translate("RosterPaste", "Column “{header}” holds").format(header=label.text())
            )
            box.currentIndexChanged.connect(lambda _i: self._remap())
            label.setBuddy(box)
            self.mapping.addWidget(label, 0, n)
            self.mapping.addWidget(box, 1, n)
            self.column_boxes.append(box)

    def map_column(self, column: int, field: str | None) -> None:
        """Say what column `column` holds (what choosing it in its box does)."""
        box = self.column_boxes[column]
        box.setCurrentIndex(box.findData(field))

    def _remap(self) -> None:
        columns = [box.currentData() for box in self.column_boxes]
        self.read = read_roster_paste(self.text, self.pack, columns=columns, default_group=self.default_group)
        self._fill()

    # -- rows -----------------------------------------------------------------------------------
    def _fill(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.read.rows))
        labels = {t.key: term_label("stakeholder_groups", t) for t in self.pack.stakeholder_groups}
        for r, row in enumerate(self.read.rows):
            for column, value in ((NAME, row.name), (ROLE, row.role), (ORG, row.organization)):
                self.table.setItem(r, column, QTableWidgetItem(value))
            group = row.group or ("other" if "other" in labels else next(iter(labels)))
            item = QTableWidgetItem(labels.get(group, group))
            item.setData(KEY_ROLE, group)
            self.table.setItem(r, GROUP, item)
            named = QTableWidgetItem(translate("RosterPaste", "named"))
            named.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
            )
            named.setCheckState(Qt.CheckState.Checked if row.named else Qt.CheckState.Unchecked)
            self.table.setItem(r, NAMED, named)
            check = QTableWidgetItem(self._note(row))
            check.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.table.setItem(r, CHECK, check)
            if check.text():
                for column in range(self.table.columnCount()):
                    self.table.item(r, column).setBackground(NEEDS_LOOK)
        self.table.blockSignals(False)
        self.table.resizeColumnToContents(CHECK)
        if self.read.rows:
            self.table.setCurrentCell(0, NAME)
        self._summarise()
        self._count()

    def _note(self, row) -> str:
        notes = []
        if not row.name:
            notes.append(translate("RosterPaste", "No name: type one, or this row is left out."))
        if row.group is None:
            notes.append(
                translate("RosterPaste", "“{text}” is not a group here: shown as Other.").format(
                    text=row.group_text
                )
            )
        elif not row.group_exact:
            notes.append(translate("RosterPaste", "“{text}” read as this group.").format(text=row.group_text))
        if self.read.has_consent and row.named is None:
            notes.append(
                translate("RosterPaste", "Consent “{text}” is not a plain yes or no: not named.").format(
                    text=row.named_text
                )
                if row.named_text
                else translate("RosterPaste", "No consent given: not named.")
            )
        return " ".join(notes)

    def _summarise(self) -> None:
        read = self.read
        lines = []
        consent = [
            read.headers[i] or translate("RosterPaste", "column {n}").format(n=i + 1)
            for i, f in enumerate(read.columns)
            if f in ("named", "anonymous")
        ]
        if consent:
            unclear = sum(1 for r in read.rows if r.named is None)
            lines.append(
                translate("RosterPaste", "Who may be named is read from “{column}”.").format(
                    column=consent[0]
                )
                + (
                    (
                        " "
                        + translate(
                            "RosterPaste",
                            "{n} without a plain yes or no will not be named unless you tick them.",
                        ).format(n=unclear)
                    )
                    if unclear
                    else ""
                )
            )
        else:
            lines.append(
                translate(
                    "RosterPaste",
                    "No column says who may be named, so nobody is ticked as named: "
                    "tick those who agreed, or choose below which column holds consent.",
                )
            )
        unknown = [read.headers[i] for i in read.unknown_columns if read.headers[i]]
        if unknown:
            quoted = ", ".join(f"“{h}”" for h in unknown)
            lines.append(
                translate(
                    "RosterPaste",
                    "Not understood, so not used: {columns}. Choose below what they hold if they matter.",
                ).format(columns=quoted)
            )
        if any(r.group is None or not r.group_exact for r in read.rows):
            lines.append(
                translate(
                    "RosterPaste",
                    "Some groups were read loosely or not at all: check the "
                    "highlighted rows (F2 or a letter changes a cell).",
                )
            )
        self.summary.setText("\n".join(lines))

    def _count(self) -> None:
        n = len(self.people())
        left = self.table.rowCount() - n
        text = (
            translate("RosterPaste", "&Add 1 person")
            if n == 1
            else translate("RosterPaste", "&Add {n} people").format(n=n)
        )
        if left:
            text += " " + translate("RosterPaste", "({left} without a name left out)").format(left=left)
        self.add_button.setText(text)
        self.add_button.setEnabled(n > 0)

    def _add_if_any(self) -> None:
        if self.add_button.isEnabled():
            self.accept()

    def people(self) -> list[NewParticipant]:
        """The rows as they stand now (corrections included); rows without a name are left out."""
        found = []
        for r in range(self.table.rowCount()):

            def text(c: int, r: int = r) -> str:
                item = self.table.item(r, c)
                return item.text().strip() if item else ""

            if not text(NAME):
                continue
            found.append(
                NewParticipant(
                    name=text(NAME),
                    role=text(ROLE),
                    organization=text(ORG),
                    stakeholder_group=self.table.item(r, GROUP).data(KEY_ROLE),
                    named_in_report=self.table.item(r, NAMED).checkState() == Qt.CheckState.Checked,
                )
            )
        return found
