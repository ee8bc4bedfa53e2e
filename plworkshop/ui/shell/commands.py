"""The main window's commands: what the menus and Home's buttons ask for, each a method here.

They act through the frame (`window`): its context, its open workshop, its pages and status bar.
The modules they need (services, dialogs, reports) are imported when a command runs, never on the
way to the first window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMainWindow

from plworkshop import __version__
from plworkshop.ui.i18n import translate
from plworkshop.ui.shell.pages import HOME, SETUP


class ShellCommands:
    """File, Edit, View, Tools and Help commands of one main window."""

    def __init__(self, window: QMainWindow) -> None:
        """`window` is the shell's `MainWindow`, the frame these commands act in."""
        self.window = window

    @property
    def ctx(self):
        return self.window.ctx

    # -- File -----------------------------------------------------------------------------------
    def new_workshop(self) -> None:
        """A new workshop, opened on its Details with the title selected."""
        workshop_id = _workshop_commands().new_workshop(self.ctx, self.window)
        if workshop_id and self.window.open_workshop(workshop_id, page=SETUP):
            self.window.setup.focus_title()

    def new_workshop_from(self) -> None:
        """A new workshop copied from an earlier one (a dialog); it opens on Setup once made."""
        from plworkshop.ui.templates.new_from_dialog import new_workshop_from

        new_workshop_from(self.window)

    def go_home(self) -> None:
        self.window.show_page(HOME)
        self.window.home.focus_list()

    def open_demo(self) -> None:
        _workshop_commands().open_demo(self.ctx, self.window, lambda wid: self.window.open_workshop(wid))

    def import_bundles(self, paths: list[Path] | None = None) -> None:
        """Import `paths` (else the files the person chooses) in the background, then open the last.

        Action-plan workbooks (.xlsx) go their own way: each shows what will change and asks first."""
        from plworkshop.ui.home.bundle_flows import import_bundles
        from plworkshop.ui.home.dialogs import BundleFiles
        from plworkshop.ui.home.plan_import_flow import import_plans, is_plan_path

        if not self.window.ready:
            return
        chosen = list(paths) if paths else BundleFiles.choose_imports(self.window)
        plans = [Path(p) for p in chosen if is_plan_path(Path(p))]
        bundles = [p for p in chosen if not is_plan_path(Path(p))]
        if bundles:
            import_bundles(self.ctx, self.window, bundles, self.after_import)
        if plans:
            import_plans(
                self.ctx, self.window, plans, self.after_plan_import, open_workshop_id=self.window.workshop_id
            )

    def after_plan_import(self, result) -> None:
        """The plan's workshop open on its action items, which show the changes; a word in the status bar."""
        from plworkshop.ui.shell.pages import ACTIONS

        n = len(result.changes)
        said = (
            translate("MainWindow", "Imported the action plan of “{title}”: 1 action item changed.")
            if n == 1
            else translate("MainWindow", "Imported the action plan of “{title}”: {n} action items changed.")
        )
        self.window.statusBar().showMessage(said.format(title=result.workshop_title, n=n), 10000)
        if self.window.workshop_id == result.workshop_id:
            self.window.show_page(ACTIONS)
        else:
            self.window.open_workshop_in_background(result.workshop_id, page=ACTIONS)

    def after_import(self, done: list) -> None:
        # Home has already heard of each imported workshop (data_changed), and re-reads when shown.
        if done:
            summaries = "; ".join(d.summary for d in done)
            self.window.statusBar().showMessage(translate("MainWindow", "Imported: ") + summaries, 8000)
        live = [d for d in done if not d.in_trash]
        if live:
            self.window.open_workshop_in_background(live[-1].workshop_id)

    def export(self, workshop_id: str) -> None:
        _workshop_commands().export_workshop(self.ctx, self.window, workshop_id)

    def export_current(self) -> None:
        """The open workshop, else the one selected on Home."""
        window = self.window
        on_home = window.current_page_index() == HOME
        target = window.workshop_id or (window.home.selected_id() if on_home else None)
        if target:
            self.export(target)

    def preview_report(self) -> None:
        if self.window.workshop_id:
            _workshop_commands().preview_report(self.ctx, self.window, self.window.workshop_id)

    def print_report(self) -> None:
        if self.window.workshop_id:
            _workshop_commands().print_report(self.ctx, self.window, self.window.workshop_id)

    # -- Edit, View, Tools, Help ----------------------------------------------------------------
    def find(self) -> None:
        self.window.stack.current_page().focus_find()

    def toggle_full_screen(self) -> None:
        window = self.window
        window.showNormal() if window.isFullScreen() else window.showFullScreen()

    def open_content_editor(self) -> None:
        from plworkshop.ui.content_editor import open_content_editor

        open_content_editor(self.ctx, self.window)

    def restore_from_backup(self) -> None:
        """Swap the database for a chosen backup, keeping the current one aside."""
        from plworkshop.ui.shell.restore import restore_from_backup

        name = restore_from_backup(self.ctx, self.window, before_swap=self.window.close_workshop)
        if name is not None:
            said = translate(
                "MainWindow", "Restored the backup of {name}; the previous database was kept aside."
            )
            self.window.statusBar().showMessage(said.format(name=name), 10000)

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        pack = self.ctx.pack
        QMessageBox.about(
            self.window,
            translate("MainWindow", "About plworkshop"),
            translate(
                "MainWindow",
                "<h3>plworkshop {version__}</h3><p>Run in-person state and district "
                "workshops on the KnowledgeWorks State Policy Framework for Personalized Learning, "
                "offline.</p><p>Framework pack: {title}<br>({id}, version {version})</p>"
                "<p>Data folder: {data_dir}<br>Database: {url}</p>",
            ).format(
                version__=__version__,
                title=pack.title,
                id=pack.id,
                version=pack.version,
                data_dir=self.ctx.paths.data_dir,
                url=self.ctx.database_url,
            ),
        )


def _workshop_commands():
    """Home's workshop commands (imported on first use: they need the services)."""
    from plworkshop.ui.home import workshop_commands

    return workshop_commands
