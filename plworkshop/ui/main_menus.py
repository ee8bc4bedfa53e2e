"""The main window's menus and shortcuts: File, Edit, View, Help."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from plworkshop.ui.i18n import translate

if TYPE_CHECKING:
    from plworkshop.ui.main_window import MainWindow


def _action(window: MainWindow, menu: QMenu, text: str, slot: Callable[[], object],
            *keys: str | QKeySequence.StandardKey) -> QAction:
    action = QAction(text, window)
    if keys:
        action.setShortcuts([QKeySequence(k) for k in keys])
    action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    return action


def _new_from(window) -> None:
    from plworkshop.ui.templates.new_from_dialog import new_workshop_from

    new_workshop_from(window)


def build_menus(window: MainWindow) -> dict[str, QAction]:
    """Build the menu bar; returns the actions by name (tests and enabling use them)."""
    from plworkshop.ui.main_window import ACTIONS, FACILITATE, HOME, SETUP, STATE

    bar = window.menuBar()
    found: dict[str, QAction] = {}
    file = bar.addMenu(translate("MainMenus", "&File"))
    found["new"] = _action(
        window,
        file,
        translate("MainMenus", "&New workshop"),
        window.new_workshop,
        QKeySequence.StandardKey.New,
    )
    found["new_from"] = _action(window, file, translate("MainMenus", "New workshop &from…"),
                                lambda: _new_from(window), "Ctrl+Shift+N")
    found["open"] = _action(
        window, file, translate("MainMenus", "&Open…"), window.go_home, QKeySequence.StandardKey.Open
    )
    recent = file.addMenu(translate("MainMenus", "Open &recent"))
    recent.aboutToShow.connect(lambda: _fill_recent(window, recent))
    found["demo"] = _action(window, file, translate("MainMenus", "Open the &demo"), window.open_demo)
    file.addSeparator()
    found["import"] = _action(
        window, file, translate("MainMenus", "&Import bundle…"), window.import_bundles, "Ctrl+I"
    )
    found["export"] = _action(
        window, file, translate("MainMenus", "&Export…"), window.export_current, "Ctrl+E"
    )
    file.addSeparator()
    found["preview"] = _action(
        window, file, translate("MainMenus", "Report pre&view…"), window.preview_report, "Ctrl+Shift+P"
    )
    found["print"] = _action(
        window, file, translate("MainMenus", "&Print…"), window.print_report, QKeySequence.StandardKey.Print
    )
    file.addSeparator()
    found["quit"] = _action(window, file, translate("MainMenus", "&Quit"), window.close, "Ctrl+Q")

    edit = bar.addMenu(translate("MainMenus", "&Edit"))
    stack = window.ctx.undo_stack
    undo = stack.createUndoAction(window, translate("MainMenus", "&Undo"))
    undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
    redo = stack.createRedoAction(window, translate("MainMenus", "&Redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    edit.addAction(undo)
    edit.addAction(redo)
    found["undo"], found["redo"] = undo, redo
    edit.addSeparator()
    found["find"] = _action(
        window, edit, translate("MainMenus", "&Find"), window.find, QKeySequence.StandardKey.Find
    )

    view = bar.addMenu(translate("MainMenus", "&View"))
    for number, (index, name) in enumerate(
        (
            (HOME, translate("MainMenus", "&Home")),
            (SETUP, translate("MainMenus", "&Setup")),
            (FACILITATE, translate("MainMenus", "F&acilitate")),
            (ACTIONS, translate("MainMenus", "Action i&tems")),
            (STATE, translate("MainMenus", "State &view")),
        ),
        start=1,
    ):
        found[f"page{number}"] = _action(
            window, view, name, lambda i=index: window.show_page(i), f"Ctrl+{number}"
        )
    view.addSeparator()
    found["projector"] = _action(
        window, view, translate("MainMenus", "&Projector view"), window.toggle_projector, "F5"
    )
    found["fullscreen"] = _action(
        window, view, translate("MainMenus", "&Full screen"), window.toggle_full_screen, "F11"
    )
    found["high_contrast"] = _contrast_action(window, view)

    tools = bar.addMenu(translate("MainMenus", "&Tools"))
    found["room"] = _action(
        window,
        tools,
        translate("MainMenus", "The &room: participants join…"),
        window.open_room,
        "Ctrl+Shift+R",
    )
    found["content_editor"] = _action(
        window, tools, translate("MainMenus", "&Content editor…"), window.open_content_editor
    )
    found["restore_backup"] = _action(
        window, tools, translate("MainMenus", "&Restore from backup…"), window.restore_from_backup
    )
    tools.addSeparator()
    found["preferences"] = _action(
        window,
        tools,
        translate("MainMenus", "&Preferences…"),
        lambda: _preferences(window, found),
        QKeySequence.StandardKey.Preferences,
    )

    help_menu = bar.addMenu(translate("MainMenus", "&Help"))
    found["about"] = _action(
        window, help_menu, translate("MainMenus", "&About plworkshop"), window.show_about
    )
    return found


def _contrast_action(window: MainWindow, menu: QMenu) -> QAction:
    """View → High contrast, large type: a checkable switch stored in the settings (Ctrl+Alt+H)."""
    from plworkshop.ui.preferences.preferences_dialog import high_contrast_enabled, set_high_contrast

    action = QAction(translate("MainMenus", "&High contrast, large type"), window, checkable=True)
    action.setShortcut(QKeySequence("Ctrl+Alt+H"))
    action.setChecked(high_contrast_enabled(window.ctx.settings))
    action.toggled.connect(lambda on: set_high_contrast(window.ctx.settings, on))
    menu.addAction(action)
    return action


def _preferences(window: MainWindow, found: dict[str, QAction]) -> None:
    from plworkshop.ui.preferences.preferences_dialog import PreferencesDialog, high_contrast_enabled

    if PreferencesDialog.ask(window.ctx.settings, window):
        contrast = found["high_contrast"]
        contrast.blockSignals(True)
        contrast.setChecked(high_contrast_enabled(window.ctx.settings))
        contrast.blockSignals(False)


def _fill_recent(window: MainWindow, menu: QMenu) -> None:
    menu.clear()
    entries = window.recent_workshops()
    if not entries:
        menu.addAction(translate("MainMenus", "No recent workshops")).setEnabled(False)
        return
    for number, (workshop_id, title) in enumerate(entries, start=1):
        shown = title.replace("&", "&&")
        action = menu.addAction(f"&{number} {shown}" if number < 10 else shown)
        action.triggered.connect(lambda _c=False, w=workshop_id: window.open_workshop(w))
