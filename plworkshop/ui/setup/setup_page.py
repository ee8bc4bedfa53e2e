"""Setup: the open workshop's details, roster and agenda, one tab each."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from plworkshop.services import workshops
from plworkshop.ui.context import UiContext
from plworkshop.ui.day_plan.day_plan_editor import DayPlanEditor
from plworkshop.ui.i18n import translate
from plworkshop.ui.setup.agenda_editor import AgendaEditor
from plworkshop.ui.setup.details_form import DetailsForm
from plworkshop.ui.setup.roster_editor import RosterEditor

DETAILS, ROSTER, AGENDA, DAY_PLAN = range(4)


class SetupPage(QWidget):
    """A workshop page of the shell: the open workshop's details, roster and agenda."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Page")
        self.ctx = ctx
        self.workshop_id: str | None = None
        self.title = QLabel(translate("SetupPage", "Workshop setup"), objectName="PageTitle")
        self.title.setWordWrap(True)  # a long workshop title wraps instead of running off the page
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.details = DetailsForm(ctx, self)
        self.roster = RosterEditor(ctx, self)
        self.agenda = AgendaEditor(ctx, self)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(translate("SetupPage", "Setup sections"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.details, translate("SetupPage", "&Details"))
        self.tabs.addTab(self.roster, translate("SetupPage", "&Roster"))
        self.tabs.addTab(self.agenda, translate("SetupPage", "A&genda"))
        self.day_plan = DayPlanEditor(ctx, self)
        self.tabs.addTab(self.day_plan, translate("SetupPage", "Day &plan"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        ctx.data_changed.connect(self._on_changed)

    def show_workshop(self, workshop_id: str | None, snapshot=None) -> None:
        """Show `workshop_id` (each tab reads what it edits; `snapshot` is not needed here)."""
        self.workshop_id = workshop_id
        self._load_details()
        self.roster.set_workshop(workshop_id)
        self.agenda.set_workshop(workshop_id)
        self.day_plan.set_workshop(workshop_id)

    def clear(self) -> None:
        self.show_workshop(None)

    def show_tab(self, tab: int) -> None:
        self.tabs.setCurrentIndex(tab)

    def focus_title(self) -> None:
        """The Details tab with the title selected: what a new workshop needs first."""
        self.show_tab(DETAILS)
        title = self.details.edits["title"]
        title.setFocus()
        title.selectAll()

    def _load_details(self) -> None:
        details = (
            self.ctx.try_call(self, workshops.get_workshop, self.workshop_id) if self.workshop_id else None
        )
        self.details.set_workshop(details)
        self.title.setText(
            translate("SetupPage", "Setup — {title}").format(title=details.title)
            if details
            else translate("SetupPage", "Workshop setup")
        )

    def _on_changed(self, workshop_id: str, what: str) -> None:
        if workshop_id == self.workshop_id and what in ("details", "workshop", ""):
            self._load_details()

    def focus_find(self) -> None:
        """Find on Setup goes to the roster (the only long list here)."""
        self.tabs.setCurrentWidget(self.roster)
        self.roster.table.setFocus()
