"""Quitting and starting again lands where the facilitator was: the workshop, the page, the question."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from plworkshop.services import workshops
from plworkshop.ui.shell.pages import ACTIONS, FACILITATE, HOME


def _start(qtbot, app_paths, size):
    """The app's own start path: the frame first, then `fill_main_window` opens the database."""
    from plworkshop.app import app_settings, fill_main_window
    from plworkshop.ui.shell.main_window import MainWindow

    window = MainWindow(settings=app_settings(app_paths))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    ctx = fill_main_window(window, app_paths, app_paths.default_database_url)
    assert ctx is not None
    return window, ctx


def _quit(window, ctx) -> None:
    window.close()  # the close event remembers the place
    ctx.undo_stack.clear()
    ctx.session.close()


@pytest.mark.parametrize("size", [(1366, 768), (1024, 768)])
def test_the_app_reopens_on_the_question_the_facilitator_left(qtbot, app_paths, size):
    window, ctx = _start(qtbot, app_paths, size)  # a new machine: the demo is made, Home shows
    assert window.current_page_index() == HOME and window.workshop_id is None
    demo = ctx.call(workshops.list_workshops)[0]
    window.open_workshop(demo.id, page=FACILITATE)
    page = window.page(FACILITATE)
    window.activateWindow()
    page.navigator.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.navigator)
    for _ in range(3):  # three steps on through the agenda, by keyboard where the focus is
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    left_at = page.position
    assert left_at is not None and left_at.question
    _quit(window, ctx)

    again, ctx2 = _start(qtbot, app_paths, size)
    assert again.workshop_id == demo.id
    assert again.current_page_index() == FACILITATE
    assert again.page(FACILITATE).position == left_at
    _quit(again, ctx2)


def test_another_page_is_reopened_as_it_was_and_a_deleted_workshop_leaves_home(qtbot, app_paths):
    window, ctx = _start(qtbot, app_paths, (1366, 768))
    demo = ctx.call(workshops.list_workshops)[0]
    window.open_workshop(demo.id, page=ACTIONS)
    _quit(window, ctx)

    again, ctx2 = _start(qtbot, app_paths, (1366, 768))
    assert (again.workshop_id, again.current_page_index()) == (demo.id, ACTIONS)
    ctx2.call(workshops.delete_workshop, demo.id)  # to the trash, while the window shows it
    _quit(again, ctx2)

    third, ctx3 = _start(qtbot, app_paths, (1366, 768))
    assert third.workshop_id is None and third.current_page_index() == HOME  # no error, just Home
    _quit(third, ctx3)


def test_closing_with_no_workshop_open_forgets_the_place(qtbot, app_paths):
    window, ctx = _start(qtbot, app_paths, (1366, 768))
    demo = ctx.call(workshops.list_workshops)[0]
    window.open_workshop(demo.id, page=FACILITATE)
    window.close_workshop()
    _quit(window, ctx)

    again, ctx2 = _start(qtbot, app_paths, (1366, 768))
    assert again.workshop_id is None and again.current_page_index() == HOME
    _quit(again, ctx2)
