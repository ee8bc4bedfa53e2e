"""Every screen at 1024×768 (a laptop mirrored to a projector) and 1366×768: no cut-off button or
label, nothing sticking out, no buttons on top of each other; and the question leaves room for ≥ 5
ideas at 1366×768."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from screen_fit import clipping_problems

SIZES = [(1366, 768), (1024, 768)]


@pytest.fixture(params=SIZES, ids=["1366x768", "1024x768"])
def size(request):
    return request.param


@pytest.fixture
def window(qtbot, ctx, size):
    from plworkshop.app import build_main_window

    win = build_main_window(ctx, first_run_demo=False)
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    return win


def settle(qtbot):
    QApplication.processEvents()
    qtbot.wait(10)


@pytest.mark.parametrize(
    "screen", ["home", "details", "roster", "agenda", "question", "assessment", "actions", "state"]
)
def test_each_page_fits(qtbot, window, workshop, screen, size):
    from plworkshop.ui.facilitation.navigator_model import ASSESSMENT, QUESTION, Position
    from plworkshop.ui.shell import pages as mw

    if screen == "home":
        window.show_page(mw.HOME)
    elif screen in ("details", "roster", "agenda"):
        window.open_workshop(workshop.id, page=mw.SETUP)
        window.setup.show_tab(("details", "roster", "agenda").index(screen))
    elif screen in ("question", "assessment"):
        window.open_workshop(workshop.id, page=mw.FACILITATE)
        page = window.page(mw.FACILITATE)
        page.go_to(
            Position(QUESTION, "collaborative-leadership", 1, "collaborative-leadership.s1.q1")
            if screen == "question"
            else Position(ASSESSMENT, "collaborative-leadership")
        )
    elif screen == "actions":
        window.open_workshop(workshop.id, page=mw.ACTIONS)
    else:
        window.show_page(mw.STATE)
    settle(qtbot)
    assert window.width() <= size[0] and window.height() <= size[1], "the window fits the screen"
    problems = clipping_problems(window)
    assert not problems, "\n".join(problems)


def test_five_ideas_show_under_the_question(qtbot, ctx, window, workshop, db, size):
    from plworkshop.services import responses, workshops
    from plworkshop.ui.shell import pages as mw

    workshops.set_votes_per_person(db.uow(), workshop.id, 24)  # "Votes left: 72 of 72" is long

    window.open_workshop(workshop.id, page=mw.FACILITATE)
    page = window.page(mw.FACILITATE)
    page.step(1)
    where = page.position
    for n in range(8):
        responses.record_response(
            db.uow(),
            workshop.id,
            condition=where.condition,
            stage=where.stage,
            question=where.question,
            text=f"Idea number {n}",
        )
    page.responses.reload()
    settle(qtbot)
    table = page.responses.table
    rows = table.viewport().height() // max(1, table.rowHeight(0))
    assert rows >= (5 if size[0] >= 1366 else 3)
    problems = clipping_problems(window)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("dialog_name", ["preferences", "preview", "export", "projector"])
def test_each_dialog_fits(qtbot, ctx, window, workshop, db, size, dialog_name, tmp_path):
    from plworkshop.ui.shell import pages as mw

    if dialog_name == "preferences":
        from plworkshop.ui.preferences.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(ctx.settings, window)
    elif dialog_name == "preview":
        from plworkshop.reports.action_plan import action_plan_pdf
        from plworkshop.services import workshops
        from plworkshop.ui.reports.report_preview_dialog import ReportPreviewDialog

        pdf = action_plan_pdf(workshops.snapshot(db.uow(), workshop.id), ctx.pack)
        dialog = ReportPreviewDialog(pdf, "Fixture convening", rebuild=lambda a, lang: None, parent=window)
    elif dialog_name == "export":
        from plworkshop.ui.reports.export_dialog import ExportDialog

        dialog = ExportDialog(window, "Fixture convening", tmp_path)
    else:
        window.open_workshop(workshop.id, page=mw.FACILITATE)
        window.page(mw.FACILITATE).step(1)
        window.open_projector()
        dialog = window.projector
        dialog.resize(*size)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle(qtbot)
    assert dialog.geometry().height() <= size[1] and dialog.geometry().width() <= size[0]
    problems = clipping_problems(dialog)
    assert not problems, "\n".join(problems)
