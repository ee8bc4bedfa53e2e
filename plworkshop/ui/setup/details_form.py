"""The workshop's details: each field is saved (undoably) the moment the person finishes editing it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget

from plworkshop.domain.read_models import WorkshopDetails
from plworkshop.services import workshops
from plworkshop.ui.context import UiContext
from plworkshop.ui.date_field import DateField
from plworkshop.ui.i18n import QT_TRANSLATE_NOOP, translate
from plworkshop.ui.undo import push

LINE_FIELDS = (
    ("title", QT_TRANSLATE_NOOP("DetailsForm", "&Title")),
    ("location", QT_TRANSLATE_NOOP("DetailsForm", "&Place")),
    ("state", QT_TRANSLATE_NOOP("DetailsForm", "&State")),
    ("district", QT_TRANSLATE_NOOP("DetailsForm", "Dis&trict")),
    ("facilitator", QT_TRANSLATE_NOOP("DetailsForm", "&Facilitator")),
)
# Undo texts read "Change the <field>"; each field's name is translated where it is used.
LABELS = {
    "title": QT_TRANSLATE_NOOP("DetailsForm", "title"),
    "date": QT_TRANSLATE_NOOP("DetailsForm", "date"),
    "location": QT_TRANSLATE_NOOP("DetailsForm", "place"),
    "state": QT_TRANSLATE_NOOP("DetailsForm", "state"),
    "district": QT_TRANSLATE_NOOP("DetailsForm", "district"),
    "facilitator": QT_TRANSLATE_NOOP("DetailsForm", "facilitator"),
    "notes": QT_TRANSLATE_NOOP("DetailsForm", "notes"),
    "votes_per_person": QT_TRANSLATE_NOOP("DetailsForm", "votes per person"),
}


class DetailsForm(QWidget):
    """Title, date, place, state, district, facilitator, notes and the dot-vote budget."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop: WorkshopDetails | None = None
        self._loading = False
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        for name, label in LINE_FIELDS:  # made in the order they stand on screen: that is the Tab order
            if name == "location":
                self._add_date_row(form)
            edit = QLineEdit(self)
            edit.editingFinished.connect(lambda name=name: self._save_text(name))
            self.edits[name] = edit
            shown = translate("DetailsForm", label)
            edit.setAccessibleName(shown.replace("&", ""))
            form.addRow(shown, edit)
        self.edits["title"].setPlaceholderText(
            translate("DetailsForm", "e.g. North Dakota personalized learning convening")
        )
        self.edits["location"].setPlaceholderText(translate("DetailsForm", "Venue and city"))
        self.votes = QSpinBox(self, minimum=0, maximum=100)
        self.votes.setAccessibleName(translate("DetailsForm", "Votes per person"))
        self.votes.setSpecialValueText(translate("DetailsForm", "No limit"))
        self.votes.setSuffix(translate("DetailsForm", " votes"))
        self.votes.setMaximumWidth(200)
        self.votes.setToolTip(
            translate("DetailsForm", "Dot votes each person may place per condition (0 means no limit)")
        )
        self.votes.editingFinished.connect(self._save_votes)
        form.addRow(translate("DetailsForm", "&Votes per person"), self.votes)
        self.notes = QPlainTextEdit(self)
        self.notes.setAccessibleName(translate("DetailsForm", "Notes"))
        self.notes.setPlaceholderText(
            translate("DetailsForm", "Anything the facilitator wants to remember: goals, logistics…")
        )
        self.notes.setTabChangesFocus(True)
        self.notes.installEventFilter(self)
        form.addRow(translate("DetailsForm", "&Notes"), self.notes)
        hint = QLabel(
            translate(
                "DetailsForm", "Each field is saved as soon as you leave it. Edit → Undo takes a change back."
            ),
            objectName="Hint",
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addStretch(1)
        self.setMaximumWidth(760)

    def _add_date_row(self, form: QFormLayout) -> None:
        self.date = DateField(self, accessible_name=translate("DetailsForm", "Date"))
        self.date.line.setPlaceholderText(translate("DetailsForm", "No date yet (type e.g. 12 March 2027)"))
        self.date.line.setMinimumWidth(260)
        self.date.date_entered.connect(lambda value: self._save("date", value))
        form.addRow(translate("DetailsForm", "&Date"), self.date)

    # -- loading --------------------------------------------------------------------------------
    def set_workshop(self, workshop: WorkshopDetails | None) -> None:
        """Show `workshop` (re-read after every change, including undo)."""
        self.workshop = workshop
        self._loading = True
        try:
            for name, edit in self.edits.items():
                edit.setText(getattr(workshop, name) if workshop else "")
                edit.setCursorPosition(0)
            day = workshop.date if workshop else None
            self.date.set_value(day)
            self.votes.setValue(workshop.votes_per_person if workshop else 0)
            if workshop is None or self.notes.toPlainText() != workshop.notes:
                self.notes.setPlainText(workshop.notes if workshop else "")
        finally:
            self._loading = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.notes and event.type() == QEvent.Type.FocusOut:
            self._save("notes", self.notes.toPlainText())
        return super().eventFilter(watched, event)

    # -- saving ---------------------------------------------------------------------------------
    def _save_text(self, name: str) -> None:
        self._save(name, self.edits[name].text())

    def _save_votes(self) -> None:
        if self._loading or self.workshop is None or self.votes.value() == self.workshop.votes_per_person:
            return
        ctx, wid = self.ctx, self.workshop.id
        old, new = self.workshop.votes_per_person, self.votes.value()
        push(
            ctx,
            translate("DetailsForm", "Change votes per person"),
            lambda: ctx.call(workshops.set_votes_per_person, wid, new),
            lambda: ctx.call(workshops.set_votes_per_person, wid, old),
            workshop_id=wid,
            what="details",
            parent_widget=self,
        )
        self._reload()

    def _save(self, name: str, value: object) -> None:
        if self._loading or self.workshop is None:
            return
        old = getattr(self.workshop, name)
        if value == old:
            return
        ctx, wid = self.ctx, self.workshop.id
        command = push(
            ctx,
            translate("DetailsForm", "Change the {value}").format(
                value=translate("DetailsForm", LABELS[name])
            ),
            lambda: ctx.call(workshops.update_workshop, wid, **{name: value}),
            lambda: ctx.call(workshops.update_workshop, wid, **{name: old}),
            workshop_id=wid,
            what="details",
            parent_widget=self,
        )
        self._reload()
        if command.failed and name in self.edits:  # show the refused value's field again
            self.edits[name].setFocus()

    def _reload(self) -> None:
        if self.workshop is not None:
            fresh = self.ctx.try_call(self, workshops.get_workshop, self.workshop.id)
            if fresh is not None:
                self.set_workshop(fresh)
