"""The main window: a sidebar to move between Home, Setup, Facilitate and Action items, and the menus.

The window is built in two steps so that it is on screen before the database opens: `MainWindow()`
is the frame (title, icon, restored geometry, a "starting" panel) and needs only Qt; `attach(ctx)`
builds the pages and menus on the opened database. This module therefore imports nothing at load time
that pulls in SQLAlchemy; the pages and services are imported by `attach` and the commands.
Pages written by other parts of the app (facilitation, action items, projector, reports) are imported
only when first needed.
"""

from __future__ import annotations

import importlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
# Only what the first frame needs: each Qt class imported creates its enums (QMessageBox's alone cost
# milliseconds), so the sidebar's and dialogs' classes are imported where the pages are built.
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QVBoxLayout, QWidget

from plworkshop import __version__
from plworkshop.domain.errors import WorkshopNotFound
from plworkshop.ui.icons import icon
from plworkshop.ui.i18n import translate, QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from plworkshop.ui.context import UiContext

log = logging.getLogger(__name__)

HOME, SETUP, FACILITATE, ACTIONS, STATE = range(5)
PAGE_NAMES = (QT_TRANSLATE_NOOP("MainWindow", "Home"), QT_TRANSLATE_NOOP("MainWindow", "Setup"),
              QT_TRANSLATE_NOOP("MainWindow", "Facilitate"), QT_TRANSLATE_NOOP("MainWindow", "Action items"),
              QT_TRANSLATE_NOOP("MainWindow", "State view"))
PAGE_ICONS = ("home", "setup", "facilitate", "actions", "state")
WORKSHOP_PAGES = (SETUP, FACILITATE, ACTIONS)  # the pages that show the open workshop
LAZY_PAGES = {
    FACILITATE: ("plworkshop.ui.facilitation.facilitation_page", "FacilitationPage"),
    ACTIONS: ("plworkshop.ui.actions.action_items_page", "ActionItemsPage"),
    STATE: ("plworkshop.ui.state_view.state_view_page", "StateViewPage"),  # across all workshops
}
SIDEBAR_WIDE, SIDEBAR_COMPACT = 220, 64
RECENT_KEY = "recent/workshops"
RECENT_MAX = 8
SAVED_TEXT = QT_TRANSLATE_NOOP("MainWindow", "✓ All changes saved")


class MainWindow(QMainWindow):
    """One window per running app; `open_workshop(id)` puts a workshop in every page."""

    workshop_opened = Signal(str)  # once every page shows the workshop (also after a background read)

    def __init__(self, ctx: UiContext | None = None, *, settings: QSettings | None = None) -> None:
        """With `ctx`, the whole window at once; without it, the frame that `attach` completes."""
        super().__init__()
        self.ctx: UiContext | None = None
        self.workshop_id: str | None = None
        self.workshop_title = ""
        self.projector: QWidget | None = None
        self.pages: dict[int, QWidget] = {}
        self.actions_by_name: dict = {}
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
            self.starting.message.setText(text)
            self.starting.layout().activate()  # the new width now: no event loop runs to lay it out
            self.starting.repaint()

    def attach(self, ctx: UiContext) -> None:
        """Build the pages, menus and status bar on the opened database (once)."""
        from plworkshop.ui.main_menus import build_menus

        self.ctx = ctx
        if self._settings is None:
            self._settings = ctx.settings
        # Connected before the pages exist, so a deleted workshop is closed before they re-read it.
        ctx.data_changed.connect(self._on_data_changed)
        self._build_body()  # replaces the starting panel, which Qt deletes
        self.starting = None
        self._build_status_bar()
        self.actions_by_name = build_menus(self)
        self._restore_state()
        self.show_page(HOME)
        self._update_title()
        self.home.table.setFocus()  # arrows pick a workshop, Enter opens it

    # -- layout ---------------------------------------------------------------------------------
    def _build_body(self) -> None:
        from PySide6.QtCore import Qt  # its enums cost ~20 ms to create: not before the window shows
        from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStackedWidget

        self.sidebar = QListWidget(objectName="Sidebar")
        self.sidebar.setAccessibleName(translate("MainWindow", "Pages"))
        self.sidebar.setAccessibleDescription(translate("MainWindow", "Home, Setup, Facilitate and Action items (Ctrl+1 to Ctrl+4)."))
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for number, (name, icon_name) in enumerate(zip(PAGE_NAMES, PAGE_ICONS), start=1):
            shown = translate("MainWindow", name)
            item = QListWidgetItem(icon(icon_name), shown, self.sidebar)
            item.setToolTip(translate("MainWindow", "{name} (Ctrl+{number})").format(name=shown, number=number))
        self.sidebar.currentRowChanged.connect(self._sidebar_moved)
        self.brand = QLabel("plworkshop", objectName="Brand")
        self.brand_icon = QLabel(objectName="Brand")
        self.brand_icon.setPixmap(icon("app").pixmap(32, 32))
        self.brand_icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.brand_sub = QLabel(translate("MainWindow", "Personalized learning\npolicy workshops"), objectName="BrandSub")
        self.open_label = QLabel(objectName="OpenWorkshop")
        self.open_label.setWordWrap(True)
        self.side_panel = panel = QWidget(objectName="SidebarPanel")
        panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        side = QVBoxLayout(panel)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(0)
        for widget in (self.brand_icon, self.brand, self.brand_sub, self.open_label):
            side.addWidget(widget)
        side.addWidget(self.sidebar, 1)
        self._set_compact(False)

        from plworkshop.ui.home.home_page import HomePage
        from plworkshop.ui.setup.setup_page import SetupPage

        self.stack = QStackedWidget(self)
        self.home = HomePage(self.ctx, self)
        self.setup = SetupPage(self.ctx, self)
        self.pages = {HOME: self.home, SETUP: self.setup}
        for index in range(len(PAGE_NAMES)):
            self.stack.addWidget(self.pages.get(index) or self._placeholder(index))
        self.home.open_requested.connect(self.open_workshop)
        self.home.new_requested.connect(self.new_workshop)
        self.home.import_requested.connect(self.import_bundles)
        self.home.export_requested.connect(lambda wid: _commands().export_workshop(self.ctx, self, wid))
        self.home.demo_requested.connect(self.open_demo)

        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(panel)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _set_compact(self, compact: bool) -> None:
        """Icons only while facilitating and on action items: those pages need the width."""
        self.compact = compact
        self.side_panel.setFixedWidth(SIDEBAR_COMPACT if compact else SIDEBAR_WIDE)
        for widget in (self.brand, self.brand_sub, self.open_label):
            widget.setVisible(not compact)
        self.brand_icon.setVisible(compact)
        for row, name in enumerate(PAGE_NAMES):
            self.sidebar.item(row).setText("" if compact else translate("MainWindow", name))

    def _placeholder(self, index: int) -> QWidget:
        """Stands in for a page that is built on first use (`page(index)`)."""
        return QWidget(self, objectName="Page")

    def _build_status_bar(self) -> None:
        self.saved_label = QLabel(translate("MainWindow", SAVED_TEXT), objectName="Saved")
        self.saved_label.setToolTip(translate("MainWindow", "Every edit is stored in the database the moment you make it; "
                                    "there is nothing to save."))
        if self.ctx.read_only:
            self.saved_label.setText(translate("MainWindow", "Read-only: another plworkshop has this database open"))
            self.saved_label.setToolTip(translate("MainWindow", "You can look, but changes cannot be stored until you close "
                                        "the other plworkshop and start this one again."))
        self.statusBar().addPermanentWidget(self.saved_label)
        self.ctx.undo_stack.indexChanged.connect(self._announce_saved)

    def _announce_saved(self, _index: int) -> None:
        stack = self.ctx.undo_stack
        if stack.index() > 0:
            self.statusBar().showMessage(translate("MainWindow", "Saved: {text}").format(text=stack.text(stack.index() - 1)), 4000)

    # -- pages ----------------------------------------------------------------------------------
    def page(self, index: int) -> QWidget:
        """The page at `index`, built on first use (its module is imported only then)."""
        if index in self.pages:
            return self.pages[index]
        module_name, class_name = LAZY_PAGES[index]
        page = getattr(importlib.import_module(module_name), class_name)(self.ctx, self)
        old = self.stack.widget(index)
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(old)
        old.deleteLater()
        self.pages[index] = page
        self._connect_page(page)
        if self.workshop_id and index in WORKSHOP_PAGES:
            snapshot = getattr(self, "_pending_snapshot", None)
            if snapshot is not None and index == FACILITATE:
                page.open_workshop(self.workshop_id, snapshot=snapshot)
            else:
                page.open_workshop(self.workshop_id)
        return page

    def _connect_page(self, page: QWidget) -> None:
        """Hook up what a hosted page offers: status messages, the projector, new action items."""
        if hasattr(page, "status_message"):
            page.status_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        if hasattr(page, "projector_requested"):
            page.projector_requested.connect(self.open_projector)
        if hasattr(page, "action_item_created"):
            page.action_item_created.connect(
                lambda _wid, _item: self.statusBar().showMessage(
                    translate("MainWindow", "Action item created: see it under Action items (Ctrl+4)."), 6000))

    def show_page(self, index: int) -> None:
        if index in WORKSHOP_PAGES and not self.workshop_id:
            index = HOME
        self.page(index)
        self._set_compact(index in (FACILITATE, ACTIONS, STATE))
        self.stack.setCurrentIndex(index)
        if self.sidebar.currentRow() != index:
            self.sidebar.blockSignals(True)
            self.sidebar.setCurrentRow(index)
            self.sidebar.blockSignals(False)

    def _sidebar_moved(self, row: int) -> None:
        if row >= 0:
            self.show_page(row)

    def current_page_index(self) -> int:
        return self.stack.currentIndex()

    # -- the open workshop ----------------------------------------------------------------------
    def open_workshop(self, workshop_id: str, *, page: int | None = None, snapshot=None) -> bool:
        """Show `workshop_id` in every page. `snapshot`, read beforehand off the GUI thread, spares the
        facilitation page its own read of the whole workshop."""
        from plworkshop.services import agenda, workshops

        if snapshot is not None and snapshot.workshop.id == workshop_id:
            details, has_agenda = snapshot.workshop, bool(snapshot.agenda)
        else:
            snapshot = None
            details = self.ctx.try_call(self, workshops.get_workshop, workshop_id)
            has_agenda = None
        if details is None:
            self._forget_recent(workshop_id)
            return False
        if self.workshop_id and self.workshop_id != workshop_id:
            self.close_workshop(go_home=False)
        self.workshop_id = details.id
        self.workshop_title = details.title
        for index, widget in self.pages.items():
            if index in WORKSHOP_PAGES:
                if snapshot is not None and index == FACILITATE:
                    widget.open_workshop(details.id, snapshot=snapshot)
                else:
                    widget.open_workshop(details.id)
        self._remember_recent(details.id)
        self._update_title()
        if page is None:
            if has_agenda is None:
                has_agenda = bool(self.ctx.try_call(self, agenda.get_agenda, details.id))
            page = FACILITATE if has_agenda else SETUP
        self._pending_snapshot = snapshot  # for the facilitation page if it is built just now
        try:
            self.show_page(page)
        finally:
            self._pending_snapshot = None
        self.workshop_opened.emit(details.id)
        return True

    def open_workshop_in_background(self, workshop_id: str, *, page: int | None = None) -> None:
        """Read the workshop on a worker thread, then open it: the window keeps answering meanwhile."""
        from plworkshop.services import workshops

        self.ctx.run_in_background(self, translate("MainWindow", "Opening the workshop…"),
                                   lambda call: call(workshops.snapshot, workshop_id),
                                   lambda snapshot: self.open_workshop(workshop_id, page=page, snapshot=snapshot),
                                   show_progress=False, drop_if_replaced=True)

    def close_workshop(self, *, go_home: bool = True) -> None:
        for index, widget in self.pages.items():
            if index in WORKSHOP_PAGES:
                closer = getattr(widget, "close_workshop", None)
                if closer is not None:
                    closer()
        if self.projector is not None:
            self.projector.close()
            self.projector = None
        self.workshop_id = None
        self.workshop_title = ""
        self._update_title()
        if go_home:
            self.show_page(HOME)

    def _on_data_changed(self, workshop_id: str, what: str) -> None:
        if workshop_id != self.workshop_id or what not in ("details", "workshop", ""):
            return
        from plworkshop.services import workshops

        try:
            details = self.ctx.call(workshops.get_workshop, workshop_id)
        except WorkshopNotFound:  # deleted (or its creation undone) while open
            self.close_workshop()
            return
        self.workshop_title = details.title
        self._update_title()

    def _update_title(self) -> None:
        from PySide6.QtCore import Qt

        if self.workshop_id:
            self.setWindowTitle(translate("MainWindow", "plworkshop — {workshop_title}").format(workshop_title=self.workshop_title))
            self.open_label.setText(self.workshop_title)
        else:
            self.setWindowTitle("plworkshop")
            self.open_label.setText(translate("MainWindow", "No workshop open"))
        for row in (SETUP, FACILITATE, ACTIONS):
            item = self.sidebar.item(row)
            flags = item.flags()
            enabled = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            item.setFlags(flags | enabled if self.workshop_id else flags & ~enabled)
        for name in ("export", "preview", "print", "projector"):
            action = getattr(self, "actions_by_name", {}).get(name)
            if action is not None:
                action.setEnabled(bool(self.workshop_id))

    # -- File menu commands ---------------------------------------------------------------------
    def new_workshop(self) -> None:
        workshop_id = _commands().new_workshop(self.ctx, self)
        if workshop_id and self.open_workshop(workshop_id, page=SETUP):
            self.setup.show_tab(0)
            title = self.setup.details.edits["title"]
            title.setFocus()
            title.selectAll()

    def go_home(self) -> None:
        self.show_page(HOME)
        self.home.table.setFocus()

    def open_demo(self) -> None:
        _commands().open_demo(self.ctx, self, lambda wid: self.open_workshop(wid))

    def import_bundles(self, paths: list[Path] | None = None) -> None:
        from plworkshop.ui.home.bundle_flows import import_bundles
        from plworkshop.ui.home.dialogs import BundleFiles

        if not self.ready:
            return
        chosen = list(paths) if paths else BundleFiles.choose_imports(self)
        import_bundles(self.ctx, self, chosen, self._after_import)

    def _after_import(self, done: list) -> None:
        # Home has already heard of each imported workshop (data_changed), and re-reads when shown.
        if done:
            self.statusBar().showMessage(translate("MainWindow", "Imported: ") + "; ".join(d.summary for d in done), 8000)
        live = [d for d in done if not d.in_trash]
        if live:
            self.open_workshop_in_background(live[-1].workshop_id)

    def export_current(self) -> None:
        target = self.workshop_id or (self.home.selected_id() if self.current_page_index() == HOME else None)
        if target:
            _commands().export_workshop(self.ctx, self, target)

    def preview_report(self) -> None:
        if self.workshop_id:
            _commands().preview_report(self.ctx, self, self.workshop_id)

    def print_report(self) -> None:
        if self.workshop_id:
            _commands().print_report(self.ctx, self, self.workshop_id)

    # -- recent workshops -----------------------------------------------------------------------
    def recent_ids(self) -> list[str]:
        value = self.ctx.settings.value(RECENT_KEY, [])
        if isinstance(value, str):
            value = [value] if value else []
        return [str(v) for v in value or []]

    def _remember_recent(self, workshop_id: str) -> None:
        ids = [workshop_id] + [i for i in self.recent_ids() if i != workshop_id]
        self.ctx.settings.setValue(RECENT_KEY, ids[:RECENT_MAX])

    def _forget_recent(self, workshop_id: str) -> None:
        self.ctx.settings.setValue(RECENT_KEY, [i for i in self.recent_ids() if i != workshop_id])

    def recent_workshops(self) -> list[tuple[str, str]]:
        """(id, title) of recently opened workshops that still exist, most recent first."""
        from plworkshop.services import workshops

        live = {w.id: w.title for w in (self.ctx.try_call(self, workshops.list_workshops) or [])}
        return [(i, live[i]) for i in self.recent_ids() if i in live]

    # -- View and Edit commands -----------------------------------------------------------------
    def find(self) -> None:
        focus = getattr(self.stack.currentWidget(), "focus_find", None)
        if focus is not None:
            focus()

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

        self.projector = open_projector(self.ctx, self.page(FACILITATE), self)

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def open_content_editor(self) -> None:
        from plworkshop.ui.content_editor import open_content_editor

        open_content_editor(self.ctx, self)

    def restore_from_backup(self) -> None:
        """Tools → Restore from backup: swap the database for a chosen backup, keeping the current aside."""
        from plworkshop.services import app_session
        from plworkshop.ui.backups.restore_dialog import RestoreBackupDialog

        if not self.ctx.can_restore_backups:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(self, "plworkshop", translate("MainWindow", "Restoring a backup works on the SQLite database "
                                    "this app opened; a shared server is restored with its own tools."))
            return
        chosen = RestoreBackupDialog.choose(self.ctx.paths, self)
        if chosen is None:
            return
        self.close_workshop()
        try:
            reopened = app_session.restore_and_reopen(session, chosen)
        except Exception as exc:  # noqa: BLE001 - shown as one clear message
            self.ctx.report_error(self, exc)
            return
        self.ctx.replace_database(reopened)
        self.statusBar().showMessage(translate("MainWindow", "Restored the backup of {name}; the previous database was kept aside.").format(name=chosen.name), 10000)

    def show_about(self) -> None:
        pack = self.ctx.pack
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self, translate("MainWindow", "About plworkshop"),
            translate("MainWindow", "<h3>plworkshop {version__}</h3><p>Run in-person state and district workshops on the KnowledgeWorks State Policy Framework for Personalized Learning, offline.</p><p>Framework pack: {title}<br>({id}, version {version})</p><p>Data folder: {data_dir}<br>Database: {url}</p>").format(version__=__version__, title=pack.title, id=pack.id, version=pack.version, data_dir=self.ctx.paths.data_dir, url=self.ctx.database_url))

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
        if self._settings is not None:
            self._settings.setValue("window/geometry", self.saveGeometry())
            if self.ready:
                self._settings.setValue("window/state", self.saveState())
            self._settings.sync()
        if self.projector is not None:
            self.projector.close()
        super().closeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from plworkshop.ui.home.bundle_flows import is_bundle_path

        if self.ready and any(is_bundle_path(Path(u.toLocalFile())) for u in event.mimeData().urls() if u.isLocalFile()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        from plworkshop.ui.home.bundle_flows import is_bundle_path

        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        paths = [p for p in paths if is_bundle_path(p)]
        if paths:
            event.acceptProposedAction()
            self.import_bundles(paths)



def _commands():
    """The Home page's workshop commands (imported on first use: they need the services)."""
    from plworkshop.ui.home import workshop_commands

    return workshop_commands


class StartingPanel(QWidget):
    """What the window shows while the database opens: the sidebar's colours and a line of progress.

    Built from layouts alone (no `Qt` enums), so that it costs nothing on the way to the first frame.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        side = QFrame(self, objectName="SidebarPanel")
        side.setFixedWidth(SIDEBAR_WIDE)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(QLabel("plworkshop", objectName="Brand"))
        column.addWidget(QLabel(translate("MainWindow", "Personalized learning\npolicy workshops"),
                                objectName="BrandSub"))
        column.addStretch(1)
        self.message = QLabel(translate("MainWindow", "Opening your workshops…"), objectName="Starting")
        self.message.setAccessibleName(translate("MainWindow", "Starting"))
        middle = QVBoxLayout()
        middle.addStretch(1)
        line = QHBoxLayout()
        line.addStretch(1)
        line.addWidget(self.message)
        line.addStretch(1)
        middle.addLayout(line)
        middle.addStretch(2)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(side)
        row.addLayout(middle, 1)
