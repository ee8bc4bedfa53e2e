"""The main window: the frame that wires the shell's parts (sidebar, page stack, open workshop, menus).

The window is built in two steps so that it is on screen before the database opens: `MainWindow()`
is the frame (title, icon, restored geometry, a "starting" panel) and needs only Qt; `attach(ctx)`
builds the parts on the opened database. This module therefore imports nothing at load time that
pulls in SQLAlchemy, and few Qt classes (each one imported creates its enums, which costs time on the
way to the first frame): the parts are imported by `attach`, the commands where they run.

The menu commands live in `commands.ShellCommands` (`window.commands`). A feature adds itself to
the shell without editing it: `add_workshop_action` puts a command on the
open workshop in a menu and on the workshop toolbar, `add_status_widget` puts a widget in the status
bar, and `session.workshop_opened` / `session.workshop_closed` say when the open workshop changes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QWidget

from plworkshop.ui.i18n import QT_TRANSLATE_NOOP, translate
from plworkshop.ui.icons import icon
from plworkshop.ui.shell.starting import StartingPanel

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QToolBar

    from plworkshop.ui.context import UiContext

log = logging.getLogger(__name__)

SAVED_TEXT = QT_TRANSLATE_NOOP("MainWindow", "✓ All changes saved")
STATUS_MS = 6000


class MainWindow(QMainWindow):
    """One window per running app; `open_workshop(id)` puts a workshop in every page."""

    workshop_opened = Signal(str)  # once the window shows the workshop (also after a background read)

    def __init__(self, ctx: UiContext | None = None, *, settings: QSettings | None = None) -> None:
        """With `ctx`, the whole window at once; without it, the frame that `attach` completes."""
        super().__init__()
        self.ctx: UiContext | None = None
        self.projector: QWidget | None = None
        self.actions_by_name: dict[str, QAction] = {}
        self.menus: dict = {}
        self.workshop_toolbar: QToolBar | None = None
        self._workshop_actions: list[str] = ["export", "preview", "print", "projector"]
        self._settings = settings if settings is not None else (ctx.settings if ctx else None)
        self.setWindowIcon(icon("app"))
        self.setWindowTitle("plworkshop")
        self.setAcceptDrops(True)
        self.setMinimumSize(960, 620)
        self._restore_geometry()
        self.starting: StartingPanel | None = None
        if ctx is None:
            self.starting = StartingPanel(self)
            self.setCentralWidget(self.starting)
        else:
            self.attach(ctx)

    @property
    def settings(self) -> QSettings | None:
        """The settings file the window restores its layout from (and the context shares)."""
        return self._settings

    @property
    def ready(self) -> bool:
        """True once `attach` has put the database's pages in the window."""
        return self.ctx is not None

    def show_progress(self, text: str) -> None:
        """While starting: say what is being opened, painted at once (the event loop is not running)."""
        if self.starting is not None:
            self.starting.say(text)

    def attach(self, ctx: UiContext) -> None:
        """Build the sidebar, pages, menus and status bar on the opened database (once)."""
        from plworkshop.ui.shell.commands import ShellCommands
        from plworkshop.ui.shell.menus import build_menus
        from plworkshop.ui.shell.pages import HOME, PageStack
        from plworkshop.ui.shell.recent import RecentWorkshops
        from plworkshop.ui.shell.session import WorkshopSession
        from plworkshop.ui.shell.sidebar import Sidebar

        self.ctx = ctx
        if self._settings is None:
            self._settings = ctx.settings
        self.commands = ShellCommands(self)
        self.stack = PageStack(ctx, self)
        self.stack.page_built.connect(self._connect_page)
        # Made before the pages, so it hears of a deleted workshop (and closes it) before they re-read.
        self.session = WorkshopSession(ctx, self.stack, RecentWorkshops(ctx.settings), self)
        self.session.title_changed.connect(self._show_title)
        self.session.workshop_closed.connect(self._workshop_closed)
        self.sidebar = Sidebar(self)
        self.sidebar.page_chosen.connect(self.show_page)
        self.stack.build_start_pages()
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)  # replaces the starting panel, which Qt deletes
        self.starting = None
        self._build_status_bar()
        self.actions_by_name, self.menus = build_menus(self)
        self._build_room_toolbar()
        self._restore_state()
        self.show_page(HOME)
        self._show_title("")
        self.home.focus_list()  # arrows pick a workshop, Enter opens it

    # -- extending the shell --------------------------------------------------------------------
    def add_workshop_action(
        self,
        name: str,
        text: str,
        slot: Callable[[], object],
        *,
        shortcut: str | None = None,
        menu: str = "tools",
        toolbar: bool = True,
        icon_name: str | None = None,
    ) -> QAction:
        """A command on the open workshop: enabled only while one is open, found as `actions_by_name[name]`.

        It goes in `menu` ("file", "edit", "view", "tools" or "help"; in Tools above Preferences) and,
        with `toolbar`, on the workshop toolbar, which appears with its first action.
        """
        from plworkshop.ui.shell.menus import make_action

        if name in self.actions_by_name:
            raise ValueError(f"the shell already has an action named {name!r}")
        target = self.menus[menu]
        action = make_action(self, None, text, slot, *((shortcut,) if shortcut else ()))
        if icon_name:
            action.setIcon(icon(icon_name))
        entries = target.actions()
        preferences = self.actions_by_name.get("preferences")
        if menu == "tools" and preferences in entries and entries.index(preferences) > 0:
            target.insertAction(entries[entries.index(preferences) - 1], action)  # before its separator
        else:
            target.addAction(action)
        if toolbar:
            self._toolbar().addAction(action)
        self.actions_by_name[name] = action
        self._workshop_actions.append(name)
        action.setEnabled(self.session.is_open)
        return action

    def add_status_widget(self, widget: QWidget, *, permanent: bool = True) -> None:
        """Put `widget` in the status bar: at the right beside "All changes saved", or at the left."""
        if permanent:
            self.statusBar().insertPermanentWidget(0, widget)
        else:
            self.statusBar().addWidget(widget)

    def _toolbar(self) -> QToolBar:
        if self.workshop_toolbar is None:
            from PySide6.QtCore import Qt

            self.workshop_toolbar = self.addToolBar(translate("MainWindow", "Workshop"))
            self.workshop_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.workshop_toolbar.setObjectName("WorkshopToolbar")  # its place is saved with the window
            self.workshop_toolbar.show()  # added after the window may already be on screen
            self._restore_state()
        return self.workshop_toolbar

    # -- layout ---------------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        label = self.saved_label = QLabel(translate("MainWindow", SAVED_TEXT), objectName="Saved")
        label.setToolTip(
            translate(
                "MainWindow",
                "Every edit is stored in the database the moment you make it; there is nothing to save.",
            )
        )
        if self.ctx.read_only:
            label.setText(translate("MainWindow", "Read-only: another plworkshop has this database open"))
            label.setToolTip(
                translate(
                    "MainWindow",
                    "You can look, but changes cannot be stored until you "
                    "close the other plworkshop and start this one again.",
                )
            )
        self.statusBar().addPermanentWidget(label)
        self.ctx.undo_stack.indexChanged.connect(self._announce_saved)

    def _announce_saved(self, _index: int) -> None:
        stack = self.ctx.undo_stack
        if stack.index() > 0:
            self.statusBar().showMessage(
                translate("MainWindow", "Saved: {text}").format(text=stack.text(stack.index() - 1)), 4000
            )

    # -- pages ----------------------------------------------------------------------------------
    @property
    def home(self):
        from plworkshop.ui.shell.pages import HOME

        return self.stack.page(HOME)

    @property
    def setup(self):
        from plworkshop.ui.shell.pages import SETUP

        return self.stack.page(SETUP)

    @property
    def workshop_id(self) -> str | None:
        """The open workshop's id, or None."""
        return self.session.workshop_id if self.ready else None

    def page(self, index: int) -> QWidget:
        """The page at `index`, built on first use (its module is imported only then)."""
        return self.stack.page(index)

    def current_page_index(self) -> int:
        return self.stack.currentIndex()

    def show_page(self, index: int) -> None:
        """Show the page at `index`; a workshop page while none is open shows Home instead."""
        from plworkshop.ui.shell.pages import HOME, PAGES

        if PAGES[index].shows_workshop and not self.session.is_open:
            index = HOME
        self.stack.page(index)
        self.sidebar.set_compact(PAGES[index].wide)
        self.stack.setCurrentIndex(index)
        self.sidebar.set_current(index)

    def _connect_page(self, index: int, page: QWidget) -> None:
        """Hook up what a page offers the shell the moment it is built."""
        from plworkshop.ui.shell.pages import FACILITATE, HOME

        if index == HOME:
            page.open_requested.connect(self.open_workshop)
            page.new_requested.connect(self.commands.new_workshop)
            page.import_requested.connect(self.commands.import_bundles)
            page.export_requested.connect(self.commands.export)
            page.demo_requested.connect(self.commands.open_demo)
        elif index == FACILITATE:
            page.status_message.connect(lambda text: self.statusBar().showMessage(text, STATUS_MS))
            page.projector_requested.connect(self.open_projector)
            page.action_item_created.connect(
                lambda _wid, _item: self.statusBar().showMessage(
                    translate("MainWindow", "Action item created: see it under Action items (Ctrl+4)."),
                    STATUS_MS,
                )
            )

    # -- the open workshop ----------------------------------------------------------------------
    def open_workshop(self, workshop_id: str, *, page: int | None = None, snapshot=None) -> bool:
        """Show `workshop_id` in every page and land on `page` (else Facilitate or Setup). `snapshot`,
        read beforehand off the GUI thread, spares the pages their own reads of the whole workshop."""
        landing = self.session.open(workshop_id, page=page, snapshot=snapshot)
        if landing is None:
            return False
        self.show_page(landing)
        self.workshop_opened.emit(workshop_id)
        return True

    def reopen_last_place(self) -> bool:
        """Open the workshop and page the window closed on, and on Facilitate the question the
        facilitator was at; False (Home stays) when nothing was remembered or the workshop is gone."""
        from plworkshop.services import workshops
        from plworkshop.ui.shell.pages import PAGES

        place = self.session.recent.last_place()
        if place is None or not self.ready:
            return False
        workshop_id, page = place
        live = {w.id for w in (self.ctx.try_call(self, workshops.list_workshops) or [])}
        if workshop_id not in live or not 0 <= page < len(PAGES):
            return False
        if not self.open_workshop(workshop_id, page=page):
            return False
        self.resume_facilitation()
        return True

    def resume_facilitation(self) -> bool:
        """On Facilitate, go back to where the facilitator last was in the open workshop (when the app
        reopens on it); False when another page shows or there is no remembered place."""
        from plworkshop.ui.shell.pages import FACILITATE

        if not self.workshop_id or self.current_page_index() != FACILITATE:
            return False
        return bool(self.page(FACILITATE).resume())

    def open_workshop_in_background(self, workshop_id: str, *, page: int | None = None) -> None:
        """Read the workshop on a worker thread, then open it: the window keeps answering meanwhile."""
        from plworkshop.services import workshops

        def opened(snapshot) -> None:
            self.open_workshop(workshop_id, page=page, snapshot=snapshot)

        self.ctx.run_in_background(
            self,
            translate("MainWindow", "Opening the workshop…"),
            lambda call: call(workshops.snapshot, workshop_id),
            opened,
            show_progress=False,
            drop_if_replaced=True,
        )

    def close_workshop(self) -> None:
        """Close the open workshop and go Home."""
        from plworkshop.ui.shell.pages import HOME

        self.session.close()
        self.show_page(HOME)

    def _workshop_closed(self, _workshop_id: str) -> None:
        from plworkshop.ui.shell.pages import HOME, WORKSHOP_PAGES

        if self.projector is not None:
            self.projector.close()
            self.projector = None
        if not self.session.is_open and self.current_page_index() in WORKSHOP_PAGES:
            self.show_page(HOME)  # it was deleted while shown

    def _show_title(self, title: str) -> None:
        shown = translate("MainWindow", "plworkshop — {workshop_title}").format(workshop_title=title)
        self.setWindowTitle(shown if title else "plworkshop")
        self.sidebar.show_workshop(title)
        for name in self._workshop_actions:
            action = self.actions_by_name.get(name)
            if action is not None:
                action.setEnabled(bool(title))

    # -- the projector --------------------------------------------------------------------------
    def toggle_projector(self) -> None:
        """F5: open the projector view, or close it when it is open."""
        if self.projector is not None and self.projector.isVisible():
            self.projector.close()
            self.projector = None
            return
        self.open_projector()

    def open_projector(self) -> None:
        if not self.workshop_id:
            return
        from plworkshop.ui.projector.projector_window import open_projector
        from plworkshop.ui.shell.pages import FACILITATE

        self.projector = open_projector(self.ctx, self.page(FACILITATE), self)
        if not self.projector.property("room_wired"):  # the same window is reused: wire it once
            self.projector.setProperty("room_wired", True)
            self.projector.room_start_requested.connect(self._start_room_from_projector)
            self.projector.room_end_requested.connect(self._end_room_from_projector)
        self._show_room_on_projector()

    # -- the room (participants' own devices) --------------------------------------------------------
    def _build_room_toolbar(self) -> None:
        from PySide6.QtWidgets import QToolBar

        bar = QToolBar(translate("MainWindow", "Room"), self)
        bar.setObjectName("room_toolbar")
        bar.addAction(self.actions_by_name["room"])
        self.addToolBar(bar)
        self.room = None
        self.room_window = None

    def room_controller(self):
        """The adapter to the room server (made on first use)."""
        if self.room is None:
            # imported while the facilitator starts the room, not in the middle of its first votes
            import plworkshop.services.room.budgets
            import plworkshop.ui.facilitation.room_budget  # noqa: F401
            from plworkshop.ui.room.room_controller import RoomController

            self.room = RoomController(self.ctx.database_url, self)
            self.room.room_input.connect(self._room_input)
            self.room.session_changed.connect(self._room_session_changed)
            self.room.devices_changed.connect(lambda _n: self._show_room_on_projector())
            self.workshop_opened.connect(lambda _id: self._room_session_changed())
            self.page(_facilitate()).position_changed.connect(self._room_follow)
        return self.room

    def _room_here(self) -> bool:
        room = self.room
        return room is not None and room.running and room.workshop_id == self.workshop_id

    def _show_room_on_projector(self) -> None:
        if self.projector is not None:
            here = self._room_here()
            self.projector.set_room(self.room.url if here else None, self.room.device_count if here else 0)

    def _start_room_from_projector(self) -> None:
        """The projector's Start: the same dialog as the menu; then the keyboard goes back to the desk."""
        had_focus = self.focusWidget()  # this window's own, even while a dialog has the keyboard
        self.open_room()
        self._back_to_desk(had_focus)

    def _end_room_from_projector(self) -> None:
        """The projector's End, after a question (ending cannot be undone: the printed code stops working)."""
        from PySide6.QtWidgets import QMessageBox

        if not self._room_here():
            return
        had_focus = self.focusWidget()
        ask = QMessageBox(
            QMessageBox.Icon.Question,
            translate("MainWindow", "End the room session"),
            translate(
                "MainWindow",
                "End the room session? The join code stops working for good; everything the room sent "
                "stays recorded.",
            ),
            parent=self,
        )
        end = ask.addButton(translate("MainWindow", "&End session"), QMessageBox.ButtonRole.DestructiveRole)
        keep = ask.addButton(translate("MainWindow", "&Keep it running"), QMessageBox.ButtonRole.RejectRole)
        ask.setDefaultButton(keep)
        ask.setEscapeButton(keep)
        ask.exec()
        if ask.clickedButton() is end:
            if self.room_window is not None and self.room_window.room is self.room:
                self.room_window.end_session()
            else:
                self.room.end()
            if self.projector is not None:
                self.projector.show_join(None)
        self._back_to_desk(had_focus)

    def _back_to_desk(self, widget) -> None:
        if widget is not None:
            self.activateWindow()
            widget.setFocus()

    def open_room(self) -> None:
        """Start the room for the open workshop (or show it when it runs)."""
        if not self.workshop_id:
            return
        from plworkshop.services.room import sessions
        from plworkshop.ui.room.room_dialogs import StartRoomDialog
        from plworkshop.ui.room.room_window import RoomWindow

        room = self.room_controller()
        if not room.running or room.workshop_id != self.workshop_id:
            resumable = self.ctx.call(sessions.find_open_session, self.workshop_id) is not None
            dialog = StartRoomDialog(self, resumable=resumable)
            if dialog.exec() != dialog.DialogCode.Accepted:
                return
            try:
                room.start(
                    self.workshop_id,
                    host=dialog.host,
                    port=dialog.port.value(),
                    fresh_code=dialog.fresh.isChecked(),
                )
            except OSError as exc:
                from plworkshop.domain.errors import PlworkshopError

                self.ctx.report_error(
                    self,
                    PlworkshopError(
                        translate(
                            "MainWindow",
                            "The room cannot listen on {host} port {port} ({reason}); choose another "
                            "address or port.",
                        ).format(host=dialog.host, port=dialog.port.value(), reason=exc.strerror or exc)
                    ),
                )
                return
            except Exception as exc:  # noqa: BLE001 - one sentence to the facilitator
                self.ctx.report_error(self, exc)
                return
            facilitation = self.page(_facilitate())
            position = getattr(facilitation, "position", None)
            if position is not None and position.condition:
                self._room_follow(position.condition, position.stage or 0, position.question or "")
            if self.room_window is not None:
                self.room_window.close()
            self.room_window = RoomWindow(self.ctx, room, self)
        self.room_window.show()
        self.room_window.raise_()

    def _room_follow(self, condition: str, stage: int, question: str) -> None:
        if self.room is not None and self.room.running and self.room.workshop_id == self.workshop_id:
            try:
                self.room.follow(condition, stage, question)
            except Exception as exc:  # noqa: BLE001
                self.ctx.report_error(self, exc)

    def _room_session_changed(self) -> None:
        """Started, ended, or a switch changed: the vote line shows the room's budgets while it votes."""
        room = self.room
        running = room is not None and room.running and room.workshop_id == self.workshop_id
        self.page(_facilitate()).responses.set_room_session(room.server.session_id if running else None)
        self._show_room_on_projector()

    def _room_input(self, kinds: list) -> None:
        """Room input is durable in the database: show it in the lists and the grid."""
        if not self.workshop_id or self.room is None or self.room.workshop_id != self.workshop_id:
            return
        facilitation = self.page(_facilitate())
        if any(k in ("response", "vote", "approved") for k in kinds):
            facilitation.responses.room_changed()
            self.ctx.changed(self.workshop_id, "responses")  # the vote line and other pages follow
        elif "device" in kinds:
            facilitation.responses.refresh_budget()  # one more device, one more budget
        if "placement" in kinds:
            self.ctx.changed(self.workshop_id, "assessments")

    # -- window manners -------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self._settings.value("window/geometry") if self._settings is not None else None
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1440, 900)

    def _restore_state(self) -> None:
        state = self._settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        if getattr(self, "room", None) is not None:
            self.room.stop()  # the port closes; the session resumes with the same code next time
        if self._settings is not None:
            self._settings.setValue("window/geometry", self.saveGeometry())
            if self.ready:
                self._settings.setValue("window/state", self.saveState())
                self.session.recent.remember_place(self.workshop_id, self.current_page_index())
            self._settings.sync()
        if self.projector is not None:
            self.projector.close()
        super().closeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if self.ready and any(_importable(Path(u.toLocalFile())) for u in urls if u.isLocalFile()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        paths = [p for p in paths if _importable(p)]
        if paths:
            event.acceptProposedAction()
            self.commands.import_bundles(paths)


def _importable(path: Path) -> bool:
    """A workshop bundle, or an action-plan workbook coming back after edits."""
    from plworkshop.ui.home.bundle_flows import is_bundle_path
    from plworkshop.ui.home.plan_import_flow import is_plan_path

    return is_bundle_path(path) or is_plan_path(path)


def _facilitate() -> int:
    from plworkshop.ui.shell.pages import FACILITATE

    return FACILITATE
