"""The main window's menus and shortcuts: File, Edit, View, Tools, Help.

`build_menus` returns the actions by name and the menus by key ("file", "edit", "view", "tools",
"help"); a feature adds its own entry with `MainWindow.add_workshop_action`, not by editing this list.
`window` is the shell's `MainWindow` (the frame): the menus call its commands and read its context.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from plworkshop.ui.i18n import translate
from plworkshop.ui.shell.pages import ACTIONS, FACILITATE, HOME, SETUP, STATE

WORKSHOP_ACTIONS = ("export", "preview", "print", "projector")  # enabled only while a workshop is open


def make_action(
    window: QMainWindow,
    menu: QMenu | None,
    text: str,
    slot: Callable[[], object],
    *keys: str | QKeySequence.StandardKey,
) -> QAction:
    """An action of the window with its shortcuts, added to `menu` (when given)."""
    action = QAction(text, window)
    if keys:
        action.setShortcuts([QKeySequence(k) for k in keys])
    action.triggered.connect(lambda _checked=False: slot())
    if menu is not None:
        menu.addAction(action)
    return action


def build_menus(window: QMainWindow) -> tuple[dict[str, QAction], dict[str, QMenu]]:
    """Build the menu bar; returns the actions by name (tests and enabling use them) and the menus."""
    commands = window.commands
    bar = window.menuBar()
    found: dict[str, QAction] = {}
    menus = {
        "file": bar.addMenu(translate("MainMenus", "&File")),
        "edit": bar.addMenu(translate("MainMenus", "&Edit")),
        "view": bar.addMenu(translate("MainMenus", "&View")),
        "tools": bar.addMenu(translate("MainMenus", "&Tools")),
        "help": bar.addMenu(translate("MainMenus", "&Help")),
    }
    _file_menu(window, menus["file"], found)
    _edit_menu(window, menus["edit"], found)
    _view_menu(window, menus["view"], found)
    _tools_menu(window, menus["tools"], found)
    found["about"] = make_action(
        window, menus["help"], translate("MainMenus", "&About plworkshop"), commands.show_about
    )
    return found, menus


def _file_menu(window: QMainWindow, file: QMenu, found: dict[str, QAction]) -> None:
    commands = window.commands
    keys = QKeySequence.StandardKey
    found["new"] = make_action(
        window, file, translate("MainMenus", "&New workshop"), commands.new_workshop, keys.New
    )
    found["new_from"] = make_action(
        window,
        file,
        translate("MainMenus", "New workshop &from…"),
        commands.new_workshop_from,
        "Ctrl+Shift+N",
    )
    found["open"] = make_action(window, file, translate("MainMenus", "&Open…"), commands.go_home, keys.Open)
    recent = file.addMenu(translate("MainMenus", "Open &recent"))
    recent.aboutToShow.connect(lambda: _fill_recent(window, recent))
    found["demo"] = make_action(window, file, translate("MainMenus", "Open the &demo"), commands.open_demo)
    file.addSeparator()
    found["import"] = make_action(
        window, file, translate("MainMenus", "&Import…"), commands.import_bundles, "Ctrl+I"
    )
    found["export"] = make_action(
        window, file, translate("MainMenus", "&Export…"), commands.export_current, "Ctrl+E"
    )
    file.addSeparator()
    found["preview"] = make_action(
        window, file, translate("MainMenus", "Report pre&view…"), commands.preview_report, "Ctrl+Shift+P"
    )
    found["print"] = make_action(
        window, file, translate("MainMenus", "&Print…"), commands.print_report, keys.Print
    )
    file.addSeparator()
    found["quit"] = make_action(window, file, translate("MainMenus", "&Quit"), window.close, "Ctrl+Q")


def _edit_menu(window: QMainWindow, edit: QMenu, found: dict[str, QAction]) -> None:
    commands = window.commands
    stack = window.ctx.undo_stack
    undo = stack.createUndoAction(window, translate("MainMenus", "&Undo"))
    undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
    redo = stack.createRedoAction(window, translate("MainMenus", "&Redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    edit.addAction(undo)
    edit.addAction(redo)
    found["undo"], found["redo"] = undo, redo
    edit.addSeparator()
    found["find"] = make_action(
        window, edit, translate("MainMenus", "&Find"), commands.find, QKeySequence.StandardKey.Find
    )


def _view_menu(window: QMainWindow, view: QMenu, found: dict[str, QAction]) -> None:
    commands = window.commands
    pages = (
        (HOME, translate("MainMenus", "&Home")),
        (SETUP, translate("MainMenus", "&Setup")),
        (FACILITATE, translate("MainMenus", "F&acilitate")),
        (ACTIONS, translate("MainMenus", "Action i&tems")),
        (STATE, translate("MainMenus", "State &view")),
    )
    for number, (index, name) in enumerate(pages, start=1):
        found[f"page{number}"] = make_action(
            window, view, name, lambda i=index: window.show_page(i), f"Ctrl+{number}"
        )
    view.addSeparator()
    found["projector"] = make_action(
        window, view, translate("MainMenus", "&Projector view"), window.toggle_projector, "F5"
    )
    found["fullscreen"] = make_action(
        window, view, translate("MainMenus", "&Full screen"), commands.toggle_full_screen, "F11"
    )
    found["high_contrast"] = _contrast_action(window, view)


def _tools_menu(window: QMainWindow, tools: QMenu, found: dict[str, QAction]) -> None:
    commands = window.commands
    found["room"] = make_action(
        window,
        tools,
        translate("MainMenus", "The &room: participants join…"),
        window.open_room,
        "Ctrl+Shift+R",
    )
    found["content_editor"] = make_action(
        window, tools, translate("MainMenus", "&Content editor…"), commands.open_content_editor
    )
    found["restore_backup"] = make_action(
        window, tools, translate("MainMenus", "&Restore from backup…"), commands.restore_from_backup
    )
    tools.addSeparator()
    found["preferences"] = make_action(
        window,
        tools,
        translate("MainMenus", "&Preferences…"),
        lambda: _preferences(window, found),
        QKeySequence.StandardKey.Preferences,
    )


def _contrast_action(window: QMainWindow, menu: QMenu) -> QAction:
    """View → High contrast, large type: a checkable switch stored in the settings (Ctrl+Alt+H)."""
    from plworkshop.ui.preferences.preferences_dialog import high_contrast_enabled, set_high_contrast

    action = QAction(translate("MainMenus", "&High contrast, large type"), window, checkable=True)
    action.setShortcut(QKeySequence("Ctrl+Alt+H"))
    action.setChecked(high_contrast_enabled(window.ctx.settings))
    action.toggled.connect(lambda on: set_high_contrast(window.ctx.settings, on))
    menu.addAction(action)
    return action


def _preferences(window: QMainWindow, found: dict[str, QAction]) -> None:
    from plworkshop.ui.preferences.preferences_dialog import PreferencesDialog, high_contrast_enabled

    if PreferencesDialog.ask(window.ctx.settings, window):
        contrast = found["high_contrast"]
        contrast.blockSignals(True)
        contrast.setChecked(high_contrast_enabled(window.ctx.settings))
        contrast.blockSignals(False)


def _fill_recent(window: QMainWindow, menu: QMenu) -> None:
    menu.clear()
    entries = window.session.recent_workshops()
    if not entries:
        menu.addAction(translate("MainMenus", "No recent workshops")).setEnabled(False)
        return
    for number, (workshop_id, title) in enumerate(entries, start=1):
        shown = title.replace("&", "&&")
        action = menu.addAction(f"&{number} {shown}" if number < 10 else shown)
        action.triggered.connect(lambda _c=False, w=workshop_id: window.open_workshop(w))
