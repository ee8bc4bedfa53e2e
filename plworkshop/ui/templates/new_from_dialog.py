"""File → New workshop from…: choose an earlier workshop, give the new one a title and a date; its
agenda (breaks and clock times included), roster (with consent to be named) and settings are reused,
and nothing that was said or decided there."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from plworkshop.domain.dates import order_for_locale, parse_date
from plworkshop.domain.errors import PlworkshopError
from plworkshop.services import templates, workshops
from plworkshop.ui.context import UiContext
from plworkshop.ui.i18n import format_date, translate
from plworkshop.ui.undo import push


class NewFromDialog(QDialog):
    """The list of workshops (arrows choose), a title and a date; Enter creates."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, selected: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(translate("NewFrom", "New workshop from an earlier one"))
        intro = QLabel(
            translate(
                "NewFrom",
                "The new workshop gets the earlier one's agenda, roster (with who may "
                "be named) and settings; no input, votes, placements or action items.",
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(translate("NewFrom", "Earlier workshops"))
        for w in ctx.call(workshops.list_workshops):
            item = QListWidgetItem(
                f"{w.title}  ·  {format_date(w.date) if w.date else '—'}  ·  "
                + translate("NewFrom", "{n} people").format(n=w.participants)
            )
            item.setData(Qt.ItemDataRole.UserRole, (w.id, w.title))
            self.list.addItem(item)
            if w.id == selected:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.list.currentItemChanged.connect(lambda *_: self._suggest_title())
        self.title = QLineEdit(self)
        self.date = QLineEdit(self)
        self.date.setPlaceholderText(translate("NewFrom", "e.g. 12 March 2027"))
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #a4000f; font-weight: 600;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(translate("NewFrom", "&Title:"), self.title)
        form.addRow(translate("NewFrom", "&Date:"), self.date)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("NewFrom", "Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.created: str | None = None
        self.resize(620, 460)
        self._suggest_title()
        self.list.setFocus()

    def _source(self) -> tuple[str, str] | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _suggest_title(self) -> None:
        source = self._source()
        if source is not None:
            self.title.setText(translate("NewFrom", "{title} (next session)").format(title=source[1]))

    def accept(self) -> None:
        source = self._source()
        if source is None:
            self.error.setText(translate("NewFrom", "There is no earlier workshop to start from."))
            return
        try:
            date = (
                parse_date(self.date.text(), order=order_for_locale(QLocale().name()), today=dt.date.today())
                if self.date.text().strip()
                else dt.date.today()
            )
        except PlworkshopError as exc:
            self.error.setText(str(exc))
            self.date.setFocus()
            return
        made: list[str] = []
        title = self.title.text()

        def do() -> str:
            if made:
                self.ctx.call(workshops.restore_workshop, made[0])
            else:
                made.append(self.ctx.call(templates.new_workshop_from, source[0], title=title, date=date).id)
            self.ctx.changed(made[0], "workshop")
            return made[0]

        def undo() -> None:
            self.ctx.call(workshops.delete_workshop, made[0])
            self.ctx.changed(made[0], "workshop")

        command = push(
            self.ctx, translate("NewFrom", "New workshop from an earlier one"), do, undo, parent_widget=self
        )
        if command.failed:
            return
        self.created = made[0]
        super().accept()


def new_workshop_from(window) -> NewFromDialog:
    """Open the dialog (window-modal, not blocking); once it creates, the new workshop opens on Setup."""
    from plworkshop.ui.shell.pages import SETUP

    dialog = NewFromDialog(window.ctx, window, selected=getattr(window, "workshop_id", None))
    window.new_from_dialog = dialog  # kept reachable (tests, and Qt's ownership is the window's)

    def created() -> None:
        if dialog.created:
            window.open_workshop(dialog.created, page=SETUP)
        dialog.deleteLater()

    dialog.accepted.connect(created)
    dialog.rejected.connect(dialog.deleteLater)
    dialog.open()
    dialog.activateWindow()
    dialog.list.setFocus()
    return dialog
