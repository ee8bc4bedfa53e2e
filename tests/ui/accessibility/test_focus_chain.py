"""Every screen's focus chain: each control a keyboard user can reach has an accessible name."""

from __future__ import annotations

import pytest
from focus_walk import reachable, tab_through, unnamed

from plworkshop.ui.shell import pages as shell_pages

QUESTION_KEY = "collaborative-leadership.s1.q1"


def _facilitate(window, kind: str):
    from plworkshop.ui.facilitation.navigator_model import ASSESSMENT, QUESTION, Position

    window.show_page(shell_pages.FACILITATE)
    page = window.page(shell_pages.FACILITATE)
    if kind == "question":
        page.go_to(Position(QUESTION, "collaborative-leadership", 1, QUESTION_KEY))
    else:
        page.go_to(Position(ASSESSMENT, "collaborative-leadership"))
    return page


def test_home_setup_tabs_have_named_controls(a11y_window):
    window = a11y_window
    window.show_page(shell_pages.HOME)
    problems = {"home": unnamed(window)}
    window.show_page(shell_pages.SETUP)
    for tab, name in enumerate(("details", "roster", "agenda")):
        window.setup.show_tab(tab)
        problems[f"setup {name}"] = unnamed(window)
    assert {k: v for k, v in problems.items() if v} == {}


@pytest.mark.parametrize("kind", ["question", "assessment"])
def test_facilitation_controls_are_named(a11y_window, kind):
    _facilitate(a11y_window, kind)
    assert unnamed(a11y_window) == []


def test_action_items_controls_are_named(a11y_window):
    a11y_window.show_page(shell_pages.ACTIONS)
    assert unnamed(a11y_window) == []


def test_projector_controls_are_named(qtbot, a11y_window):
    _facilitate(a11y_window, "question")
    a11y_window.open_projector()
    projector = a11y_window.projector
    qtbot.addWidget(projector)
    assert projector.accessibleName() or projector.windowTitle()
    assert unnamed(projector) == []
    projector.close()


def test_content_editor_controls_are_named(qtbot, a11y_ctx):
    from plworkshop.ui.content_editor import ContentEditor

    editor = ContentEditor(a11y_ctx)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    assert unnamed(editor) == []


def test_preferences_controls_are_named(qtbot, a11y_ctx):
    from plworkshop.ui.preferences.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(a11y_ctx.settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert unnamed(dialog) == []


def test_restore_dialog_controls_are_named(qtbot, app_paths):
    from plworkshop.ui.backups.restore_dialog import RestoreBackupDialog

    dialog = RestoreBackupDialog(app_paths)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert unnamed(dialog) == []


def test_tab_reaches_every_home_control_in_order(qtbot, a11y_window):
    """Pressing Tab really moves through the controls the chain lists, and comes back round."""
    window = a11y_window
    window.show_page(shell_pages.HOME)
    chain = reachable(window)
    window.home.table.setFocus()
    visited = tab_through(window, qtbot, len(chain) + 1)
    assert set(map(id, chain)) <= set(map(id, visited)) | {id(window.home.table)}
    assert window.home.new_button in visited


@pytest.mark.parametrize("contrast", [False, True])
def test_focused_controls_get_a_visible_ring(contrast):
    """Both themes give focused controls a 2 px ring in a colour of its own."""
    from plworkshop.ui.theme import FOCUS_RING, HIGH_CONTRAST, LIGHT, stylesheet

    sheet = stylesheet(HIGH_CONTRAST if contrast else LIGHT, 10, contrast=contrast)
    ring = FOCUS_RING["contrast" if contrast else "light"]
    for selector in (
        "QPushButton:focus",
        "QLineEdit:focus",
        "QTableView:focus",
        "QCheckBox:focus",
        "QComboBox:focus",
        "QPlainTextEdit:focus",
    ):
        assert selector in sheet
    assert f"2px solid {ring}" in sheet


@pytest.fixture
def small_pdf(workshop, db):
    from plworkshop.framework.loader import load_default_pack
    from plworkshop.reports.action_plan import action_plan_pdf
    from plworkshop.services import workshops

    return action_plan_pdf(workshops.snapshot(db.uow(), workshop.id), load_default_pack())


def test_report_preview_controls_are_named(qtbot, small_pdf):
    from plworkshop.ui.reports.report_preview_dialog import ReportPreviewDialog

    dialog = ReportPreviewDialog(small_pdf, "Fixture convening", rebuild=lambda anonymous, lang: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    chain = reachable(dialog)
    assert dialog.lang_box in chain and dialog.anonymous_box in chain
    assert unnamed(dialog) == []


def test_export_dialog_controls_are_named_in_a_sensible_order(qtbot, tmp_path):
    from plworkshop.ui.reports.export_dialog import ExportDialog

    dialog = ExportDialog(None, "Fixture convening", tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert unnamed(dialog) == []
    chain = reachable(dialog)
    order = [
        chain.index(w)
        for w in (
            dialog.format_box,
            dialog.anonymous_box,
            dialog.lang_box,
            dialog.path_edit,
            dialog.browse_button,
            dialog.export_button,
        )
    ]
    assert order == sorted(order)


def test_state_view_controls_are_named(qtbot, a11y_ctx, workshop):
    from plworkshop.ui.state_view import StateViewPage

    page = StateViewPage(a11y_ctx)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    with qtbot.waitSignal(page.refreshed, timeout=20000):
        page.show()
    problems = {}
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        problems[page.tabs.tabText(tab)] = unnamed(page)
    assert {k: v for k, v in problems.items() if v} == {}
    assert page.state_box in reachable(page)
