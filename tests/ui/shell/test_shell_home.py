"""Home and the main window: create, open, delete to the trash, restore, undo, recent, title."""

from __future__ import annotations

from PySide6.QtCore import Qt

from plworkshop.services import workshops
from plworkshop.ui.home.dialogs import ConfirmDelete
from plworkshop.ui.home.workshop_list_model import ID_ROLE, WorkshopListModel
from plworkshop.ui.shell.pages import ACTIONS, FACILITATE, HOME, SETUP


def test_workshop_list_model_passes_the_model_tester(qtmodeltester, db, workshop):
    workshops.create_workshop(db.uow(), title="Second", state="Ohio", district="Columbus")
    model = WorkshopListModel()
    model.set_workshops(workshops.list_workshops(db.uow()))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 2
    assert model.index(0, 0).data() == "Second"  # most recently changed first
    assert model.index(0, 3).data() == "Ohio / Columbus"
    assert model.index(1, 4).data() == "3"  # participants of the fixture workshop
    assert model.index(1, 0).data(ID_ROLE) == workshop.id


def test_new_workshop_from_home_is_stored_opened_and_undoable(qtbot, window, ctx, no_dialogs):
    qtbot.mouseClick(window.home.new_button, Qt.MouseButton.LeftButton)
    listed = ctx.call(workshops.list_workshops)
    assert [w.title for w in listed] == ["Untitled workshop"]
    assert window.workshop_id == listed[0].id
    assert window.current_page_index() == SETUP
    assert window.windowTitle() == "plworkshop — Untitled workshop"
    assert window.setup.details.edits["title"].hasFocus()

    ctx.undo_stack.undo()
    assert ctx.call(workshops.list_workshops) == []
    assert window.workshop_id is None and window.current_page_index() == HOME
    ctx.undo_stack.redo()
    assert [w.id for w in ctx.call(workshops.list_workshops)] == [listed[0].id]


def test_home_lists_workshops_and_opens_one_on_activation(qtbot, window, ctx, workshop, no_dialogs):
    window.home.refresh()
    assert window.home.model.rowCount() == 1
    index = window.home.model.index(0, 0)
    window.home.table.activated.emit(index)
    assert window.workshop_id == workshop.id
    # the fixture workshop has an agenda, so it opens ready to facilitate when that page exists
    assert window.current_page_index() in (SETUP, FACILITATE)
    assert window.session.recent_workshops() == [(workshop.id, "Fixture convening")]


def test_delete_asks_goes_to_trash_and_restores(qtbot, window, ctx, workshop, monkeypatch):
    asked = []
    monkeypatch.setattr(
        ConfirmDelete, "ask", classmethod(lambda cls, parent, title: asked.append(title) or False)
    )
    window.home.refresh()
    window.home.select(workshop.id)
    qtbot.mouseClick(window.home.delete_button, Qt.MouseButton.LeftButton)
    assert asked == ["Fixture convening"]
    assert len(ctx.call(workshops.list_workshops)) == 1  # refused: nothing happened

    monkeypatch.setattr(ConfirmDelete, "ask", classmethod(lambda cls, parent, title: True))
    window.open_workshop(workshop.id)
    window.show_page(HOME)
    window.home.select(workshop.id)
    qtbot.mouseClick(window.home.delete_button, Qt.MouseButton.LeftButton)
    assert ctx.call(workshops.list_workshops) == []
    assert [w.id for w in ctx.call(workshops.list_workshops, trash=True)] == [workshop.id]
    assert window.workshop_id is None  # the open workshop was closed
    assert window.home.body.currentWidget() is window.home.empty

    qtbot.mouseClick(window.home.trash_button, Qt.MouseButton.LeftButton)
    assert window.home.showing_trash and window.home.model.rowCount() == 1
    assert window.home.restore_button.isVisible() and not window.home.new_button.isVisible()
    window.home.select(workshop.id)
    qtbot.mouseClick(window.home.restore_button, Qt.MouseButton.LeftButton)
    assert [w.id for w in ctx.call(workshops.list_workshops)] == [workshop.id]
    assert window.home.model.rowCount() == 0

    ctx.undo_stack.undo()  # undo the restore: back in the trash
    assert ctx.call(workshops.list_workshops) == []
    ctx.undo_stack.undo()  # undo the delete
    assert [w.id for w in ctx.call(workshops.list_workshops)] == [workshop.id]


def test_pages_need_an_open_workshop_and_follow_the_view_shortcuts(qtbot, window, workshop):
    window.show_page(SETUP)
    assert window.current_page_index() == HOME
    assert not window.sidebar.list.item(SETUP).flags() & Qt.ItemFlag.ItemIsEnabled
    window.open_workshop(workshop.id, page=SETUP)
    assert window.sidebar.list.item(SETUP).flags() & Qt.ItemFlag.ItemIsEnabled
    window.actions_by_name["page1"].trigger()
    assert window.current_page_index() == HOME
    window.actions_by_name["page4"].trigger()
    assert window.current_page_index() == ACTIONS
    window.actions_by_name["page2"].trigger()
    assert window.current_page_index() == SETUP
    assert window.sidebar.list.currentRow() == SETUP


def test_menus_carry_the_standard_shortcuts(window):
    keys = {
        name: [k.toString() for k in action.shortcuts()] for name, action in window.actions_by_name.items()
    }
    assert keys["new"] == ["Ctrl+N"] and keys["open"] == ["Ctrl+O"]
    assert keys["import"] == ["Ctrl+I"] and keys["export"] == ["Ctrl+E"]
    assert keys["preview"] == ["Ctrl+Shift+P"] and keys["print"] == ["Ctrl+P"]
    assert keys["quit"] == ["Ctrl+Q"] and keys["find"] == ["Ctrl+F"]
    assert keys["undo"] == ["Ctrl+Z"] and keys["redo"] == ["Ctrl+Shift+Z", "Ctrl+Y"]
    assert keys["projector"] == ["F5"] and keys["fullscreen"] == ["F11"]
    assert [keys[f"page{n}"] for n in range(1, 5)] == [["Ctrl+1"], ["Ctrl+2"], ["Ctrl+3"], ["Ctrl+4"]]


def test_title_follows_a_renamed_workshop_and_the_layout_is_remembered(qtbot, window, ctx, workshop):
    window.open_workshop(workshop.id, page=SETUP)
    title = window.setup.details.edits["title"]
    title.setText("Renamed convening")
    title.editingFinished.emit()
    assert window.windowTitle() == "plworkshop — Renamed convening"
    window.resize(1100, 700)
    window.close()
    assert not ctx.settings.value("window/geometry").isEmpty()

    from plworkshop.ui.shell.main_window import MainWindow

    again = MainWindow(ctx)
    qtbot.addWidget(again)
    # (the offscreen screen is small, so Qt may narrow the width; without settings it would be 1440×900)
    assert again.height() == 700 and again.width() < 1440
    assert again.session.recent_workshops() == [(workshop.id, "Renamed convening")]


def test_export_and_report_commands_reach_the_reports_screens(window, workshop, monkeypatch):
    import importlib

    export_dialog = importlib.import_module("plworkshop.ui.reports.export_dialog")
    calls = []
    monkeypatch.setattr(
        export_dialog, "export_workshop_dialog", lambda ctx, parent, wid: calls.append(("export", wid))
    )
    window.home.refresh()
    window.home.select(workshop.id)
    window.home.export_button.click()  # from Home, on the selected workshop
    assert not window.actions_by_name["preview"].isEnabled()  # nothing open yet
    window.open_workshop(workshop.id)
    window.actions_by_name["export"].trigger()
    assert calls == [("export", workshop.id), ("export", workshop.id)]
    assert window.actions_by_name["preview"].isEnabled() and window.actions_by_name["print"].isEnabled()


def test_state_view_is_a_page_of_its_own_even_with_no_workshop_open(window, qtbot):
    from plworkshop.ui.shell.pages import STATE

    assert window.workshop_id is None
    window.actions_by_name["page5"].trigger()
    assert window.current_page_index() == STATE
    page = window.page(STATE)
    assert type(page).__name__ == "StateViewPage"
    assert window.sidebar.list.item(STATE).text() == ""  # compact sidebar: the heat maps need the width
