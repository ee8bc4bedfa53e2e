"""The open workshop: opening and closing it in every page, its title, and what listens to it.

Whatever needs to follow the open workshop (the frame's title and sidebar, the projector, a room
session) connects to `workshop_opened(id)`, `workshop_closed(id)` and `title_changed(title)`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from plworkshop.ui.shell.pages import FACILITATE, SETUP, PageStack
from plworkshop.ui.shell.recent import RecentWorkshops

if TYPE_CHECKING:
    from plworkshop.domain.read_models import WorkshopSnapshot
    from plworkshop.ui.context import UiContext

RENAMING_CHANGES = ("details", "workshop", "")


class WorkshopSession(QObject):
    """At most one open workshop per window. `open` shows it in every workshop page; `close` clears them.

    Switching from one workshop to another emits `workshop_closed(old)` once the pages already show the
    new one, then `workshop_opened(new)`; so while `workshop_closed` runs, `is_open` says whether another
    workshop took its place.
    """

    workshop_opened = Signal(str)  # every workshop page shows it
    workshop_closed = Signal(str)  # the id that was open
    title_changed = Signal(str)  # the open workshop's title, "" when none is open

    def __init__(self, ctx: UiContext, pages: PageStack, recent: RecentWorkshops, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pages = pages
        self.recent = recent
        self.window = parent  # where errors are shown
        self.workshop_id: str | None = None
        self.title = ""
        ctx.data_changed.connect(self._on_data_changed)

    @property
    def is_open(self) -> bool:
        return self.workshop_id is not None

    def open(
        self, workshop_id: str, *, page: int | None = None, snapshot: WorkshopSnapshot | None = None
    ) -> int | None:
        """Show `workshop_id` in every workshop page; returns the page to land on, or None if it is gone.

        `snapshot`, read beforehand off the GUI thread, spares the pages their own reads. The landing
        page is `page`, else Facilitate when the workshop has an agenda, else Setup.
        """
        from plworkshop.services import agenda, workshops

        if snapshot is not None and snapshot.workshop.id == workshop_id:
            details, has_agenda = snapshot.workshop, bool(snapshot.agenda)
        else:
            snapshot = None
            details = self.ctx.try_call(self.window, workshops.get_workshop, workshop_id)
            has_agenda = None
        if details is None:
            self.recent.forget(workshop_id)
            return None
        if page is None:
            if has_agenda is None:
                has_agenda = bool(self.ctx.try_call(self.window, agenda.get_agenda, details.id))
            page = FACILITATE if has_agenda else SETUP
        previous = self.workshop_id
        self.workshop_id, self.title = details.id, details.title
        self.pages.show_workshop(details.id, snapshot, build=page)
        self.recent.remember(details.id)
        if previous is not None and previous != details.id:
            self.workshop_closed.emit(previous)
        self.title_changed.emit(self.title)
        self.workshop_opened.emit(details.id)
        return page

    def close(self) -> None:
        """Every workshop page shows none; nothing happens when no workshop is open."""
        if self.workshop_id is None:
            return
        closed, self.workshop_id, self.title = self.workshop_id, None, ""
        self.pages.clear()
        self.workshop_closed.emit(closed)
        self.title_changed.emit("")

    def recent_workshops(self) -> list[tuple[str, str]]:
        """(id, title) of recently opened workshops that still exist, most recent first."""
        from plworkshop.services import workshops

        live = {w.id: w.title for w in (self.ctx.try_call(self.window, workshops.list_workshops) or [])}
        return self.recent.with_titles(live)

    def _on_data_changed(self, workshop_id: str, what: str) -> None:
        if workshop_id != self.workshop_id or what not in RENAMING_CHANGES:
            return
        from plworkshop.domain.errors import WorkshopNotFound
        from plworkshop.services import workshops

        try:
            details = self.ctx.call(workshops.get_workshop, workshop_id)
        except WorkshopNotFound:  # deleted (or its creation undone) while open
            self.close()
            return
        if details.title != self.title:
            self.title = details.title
            self.title_changed.emit(self.title)
