"""The main window's menus and shortcuts: File, Edit, View, Help."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from plworkshop.ui.main_window import MainWindow


def _action(window: "MainWindow", menu: QMenu, text: str, slot: Callable[[], object],
            *keys: str | QKeySequence.StandardKey) -> QAction:
    action = QAction(text, window)
    if keys:
        action.setShortcuts([QKeySequence(k) for k in keys])
    action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    return action


def build_menus(window: "MainWindow") -> dict[str, QAction]:
    """Build the menu bar; returns the actions by name (tests and enabling use them)."""
    from plworkshop.ui.main_window import ACTIONS, FACILITATE, HOME, SETUP

    bar = window.menuBar()
    found: dict[str, QAction] = {}
    file = bar.addMenu("&File")
    found["new"] = _action(window, file, "&New workshop", window.new_workshop, QKeySequence.StandardKey.New)
    found["open"] = _action(window, file, "&Open…", window.go_home, QKeySequence.StandardKey.Open)
    recent = file.addMenu("Open &recent")
    recent.aboutToShow.connect(lambda: _fill_recent(window, recent))
    found["demo"] = _action(window, file, "Open the &demo", window.open_demo)
    file.addSeparator()
    found["import"] = _action(window, file, "&Import bundle…", window.import_bundles, "Ctrl+I")
    found["export"] = _action(window, file, "&Export…", window.export_current, "Ctrl+E")
    file.addSeparator()
    found["preview"] = _action(window, file, "Report pre&view…", window.preview_report, "Ctrl+Shift+P")
    found["print"] = _action(window, file, "&Print…", window.print_report, QKeySequence.StandardKey.Print)
    file.addSeparator()
    found["quit"] = _action(window, file, "&Quit", window.close, "Ctrl+Q")

    edit = bar.addMenu("&Edit")
    stack = window.ctx.undo_stack
    undo = stack.createUndoAction(window, "&Undo")
    undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
    redo = stack.createRedoAction(window, "&Redo")
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    edit.addAction(undo)
    edit.addAction(redo)
    found["undo"], found["redo"] = undo, redo
    edit.addSeparator()
    found["find"] = _action(window, edit, "&Find", window.find, QKeySequence.StandardKey.Find)

    view = bar.addMenu("&View")
    for number, (index, name) in enumerate(((HOME, "&Home"), (SETUP, "&Setup"),
                                            (FACILITATE, "F&acilitate"), (ACTIONS, "Action i&tems")),
                                           start=1):
        found[f"page{number}"] = _action(window, view, name, lambda i=index: window.show_page(i),
                                         f"Ctrl+{number}")
    view.addSeparator()
    found["projector"] = _action(window, view, "&Projector view", window.toggle_projector, "F5")
    found["fullscreen"] = _action(window, view, "&Full screen", window.toggle_full_screen, "F11")

    tools = bar.addMenu("&Tools")
    found["content_editor"] = _action(window, tools, "&Content editor…", window.open_content_editor)
    found["restore_backup"] = _action(window, tools, "&Restore from backup…", window.restore_from_backup)

    help_menu = bar.addMenu("&Help")
    found["about"] = _action(window, help_menu, "&About plworkshop", window.show_about)
    return found


def _fill_recent(window: "MainWindow", menu: QMenu) -> None:
    menu.clear()
    entries = window.recent_workshops()
    if not entries:
        menu.addAction("No recent workshops").setEnabled(False)
        return
    for number, (workshop_id, title) in enumerate(entries, start=1):
        shown = title.replace("&", "&&")
        action = menu.addAction(f"&{number} {shown}" if number < 10 else shown)
        action.triggered.connect(lambda _c=False, w=workshop_id: window.open_workshop(w))
