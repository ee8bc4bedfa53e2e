"""The pages the shell hosts, the protocol they keep, and the stack that builds each on first use.

Home and Setup are built with the window; Facilitate, Action items and State view are imported and
built the first time they are shown, so their modules stay off the way to the first window.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from plworkshop.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from plworkshop.domain.read_models import WorkshopSnapshot
    from plworkshop.ui.context import UiContext

HOME, SETUP, FACILITATE, ACTIONS, STATE = range(5)


@dataclass(frozen=True)
class PageSpec:
    """One page of the sidebar: its name (translated where shown), icon and where its class lives."""

    name: str
    icon: str
    module: str
    cls: str
    shows_workshop: bool  # shows the open workshop (and is disabled while none is open)
    wide: bool  # needs the width: the sidebar shrinks to icons while it is shown


PAGES = (
    PageSpec(
        QT_TRANSLATE_NOOP("MainWindow", "Home"),
        "home",
        "plworkshop.ui.home.home_page",
        "HomePage",
        False,
        False,
    ),
    PageSpec(
        QT_TRANSLATE_NOOP("MainWindow", "Setup"),
        "setup",
        "plworkshop.ui.setup.setup_page",
        "SetupPage",
        True,
        False,
    ),
    PageSpec(
        QT_TRANSLATE_NOOP("MainWindow", "Facilitate"),
        "facilitate",
        "plworkshop.ui.facilitation.facilitation_page",
        "FacilitationPage",
        True,
        True,
    ),
    PageSpec(
        QT_TRANSLATE_NOOP("MainWindow", "Action items"),
        "actions",
        "plworkshop.ui.actions.action_items_page",
        "ActionItemsPage",
        True,
        True,
    ),
    PageSpec(
        QT_TRANSLATE_NOOP("MainWindow", "State view"),
        "state",  # across all workshops
        "plworkshop.ui.state_view.state_view_page",
        "StateViewPage",
        False,
        True,
    ),
)
WORKSHOP_PAGES = tuple(i for i, spec in enumerate(PAGES) if spec.shows_workshop)
BUILT_AT_START = (HOME, SETUP)


class ShellPage(Protocol):
    """What every hosted page offers the shell."""

    def focus_find(self) -> None:
        """Edit → Find (Ctrl+F): put the focus where this page finds things."""


class WorkshopPage(ShellPage, Protocol):
    """A page that shows the open workshop (Setup, Facilitate, Action items)."""

    def show_workshop(self, workshop_id: str, snapshot: WorkshopSnapshot | None = None) -> None:
        """Show `workshop_id`. `snapshot`, when the shell already read the whole workshop off the GUI
        thread, may be used instead of a read of its own."""

    def clear(self) -> None:
        """Show no workshop (it was closed)."""


class PageStack(QStackedWidget):
    """The pages in sidebar order; each is built on first use, and shown the open workshop then.

    `page_built(index, page)` lets the frame connect what a page offers the moment it exists.
    """

    page_built = Signal(int, object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id: str | None = None  # what the workshop pages show
        self._built: dict[int, QWidget] = {}
        for _ in range(len(PAGES)):
            self.addWidget(QWidget(self, objectName="Page"))  # stands in until the page is built

    def build_start_pages(self) -> None:
        for index in BUILT_AT_START:
            self.page(index)

    def page(self, index: int) -> QWidget:
        """The page at `index`, built on first use (its module is imported only then)."""
        if index in self._built:
            return self._built[index]
        spec = PAGES[index]
        factory: Callable[..., QWidget] = getattr(importlib.import_module(spec.module), spec.cls)
        page = factory(self.ctx, self)
        old = self.widget(index)
        self.insertWidget(index, page)
        self.removeWidget(old)
        old.deleteLater()
        self._built[index] = page
        self.page_built.emit(index, page)
        if self.workshop_id and spec.shows_workshop:
            page.show_workshop(self.workshop_id)
        return page

    def is_built(self, index: int) -> bool:
        return index in self._built

    def current_page(self) -> ShellPage:
        return self.page(self.currentIndex())

    def show_workshop(
        self, workshop_id: str, snapshot: WorkshopSnapshot | None = None, *, build: int | None = None
    ) -> None:
        """Every built workshop page shows `workshop_id`; `build` is built first, to get `snapshot` too."""
        if build is not None and build not in self._built and PAGES[build].shows_workshop:
            self.workshop_id = None  # built blank: it is shown the workshop just below
            self.page(build)
        self.workshop_id = workshop_id
        for _index, page in self._workshop_pages():
            page.show_workshop(workshop_id, snapshot)

    def clear(self) -> None:
        """The workshop closed: every workshop page shows none."""
        self.workshop_id = None
        for _index, page in self._workshop_pages():
            page.clear()

    def _workshop_pages(self) -> list[tuple[int, WorkshopPage]]:
        built = sorted(self._built.items())
        return [(i, p) for i, p in built if PAGES[i].shows_workshop]  # type: ignore[misc]
