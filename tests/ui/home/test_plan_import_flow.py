"""The app's Import takes back an edited action-plan workbook: it shows what will change, applies on
Apply (Enter), changes nothing on Cancel (Esc) or when the workbook is refused. Driven by keyboard."""

from __future__ import annotations

import openpyxl
import pytest
from plan_workbook_edits import edit
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from screen_fit import clipping_problems
from sqlalchemy import inspect, text

from plworkshop.framework.loader import load_default_pack
from plworkshop.reports.exports import export_workshop
from plworkshop.services import action_items, workshops
from plworkshop.ui.home import plan_import_flow
from plworkshop.ui.home.dialogs import BundleFiles
from plworkshop.ui.home.plan_import_dialog import PlanImportDialog
from plworkshop.ui.shell.pages import ACTIONS

SIZES = pytest.mark.parametrize("size", [(1366, 768), (1024, 768)], ids=["1366x768", "1024x768"])


def dump(database) -> dict:
    """Every row of every table: equal dumps mean an unchanged database."""
    with database.engine.connect() as conn:
        return {
            name: sorted((tuple(r) for r in conn.execute(text(f'SELECT * FROM "{name}"'))), key=repr)
            for name in sorted(inspect(conn).get_table_names())
        }


@pytest.fixture
def plan(db, workshop):
    return [
        action_items.create_action_item(
            db.uow(), workshop.id, title="Convene a council", owner="Board", due="2027-03-01"
        ),
        action_items.create_action_item(db.uow(), workshop.id, title="Draft the bill", priority="high"),
    ]


def exported(db, workshop_id, path):
    snap = workshops.snapshot(db.uow(), workshop_id)
    export_workshop(snap, load_default_pack(), "xlsx", path)
    return path


def row_of(path, title: str) -> int:
    ws = openpyxl.load_workbook(path).worksheets[0]
    headers = [c.value for c in ws[1]]
    column = headers.index("Title") + 1
    return next(r for r in range(2, ws.max_row + 1) if ws.cell(r, column).value == title)


@pytest.fixture
def on_actions(window, workshop, qtbot):
    """The window on the workshop's Action items, keyboard focus inside the window."""
    assert window.open_workshop(workshop.id, page=ACTIONS)
    window.activateWindow()
    window.page(ACTIONS).table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return window


def press_import(window, qtbot, monkeypatch, path):
    """Ctrl+I where the focus is; the file dialog answers with `path` (the seam the bundle tests use)."""
    monkeypatch.setattr(BundleFiles, "choose_imports", classmethod(lambda cls, parent: [path]))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)


def the_dialog(window, qtbot) -> PlanImportDialog:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(PlanImportDialog)), timeout=20_000)
    dialog = next(d for d in window.findChildren(PlanImportDialog) if d.isVisible())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.apply_button)
    return dialog


@SIZES
def test_apply_brings_the_edits_in_and_the_action_items_page_shows_them(
    size, db, workshop, plan, on_actions, qtbot, monkeypatch, tmp_path, no_dialogs
):
    window = on_actions
    window.resize(*size)
    path = exported(db, workshop.id, tmp_path / "plan.xlsx")
    edit(
        path,
        {
            (row_of(path, "Convene a council"), "Status"): "In progress",
            (row_of(path, "Draft the bill"), "Owner"): "SEA",
        },
        new_rows=[
            {"Title": "Map the funding", "Owner": "Finance office", "Status": "Planned", "Priority": "Low"}
        ],
    )
    press_import(window, qtbot, monkeypatch, path)
    dialog = the_dialog(window, qtbot)
    summary = dialog.summary.toPlainText().replace("\u2068", "").replace("\u2069", "")  # isolates
    assert "Item 1 “Convene a council”" in summary
    assert "Status: “Planned” → “In progress”" in summary
    assert "Item 2 “Draft the bill”" in summary and "Owner: (empty) → “SEA”" in summary
    assert "New item (row 4) “Map the funding”" in summary and "“Finance office”" in summary
    assert "2 action items change; 1 new action item" in dialog.counts.text()
    # the whole question fits the screen, nothing cut
    assert dialog.width() <= size[0] and dialog.height() <= size[1]
    assert clipping_problems(dialog) == []
    assert dialog.grab().save(str(tmp_path / f"plan-import-{size[0]}.png"))

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Imported the action plan" in window.statusBar().currentMessage(), timeout=20_000)
    assert "3 action items changed" in window.statusBar().currentMessage()
    items = {a.title: a for a in action_items.list_action_items(db.uow(), workshop.id)}
    assert items["Convene a council"].status == "in_progress" and items["Draft the bill"].owner == "SEA"
    assert items["Map the funding"].number == 3 and items["Map the funding"].priority == "low"
    page = window.page(ACTIONS)
    assert window.current_page_index() == ACTIONS
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    titles = {page.model.item(r).title for r in range(page.model.rowCount())}
    assert "Map the funding" in titles


@SIZES
def test_cancel_changes_nothing(
    size, db, workshop, plan, on_actions, qtbot, monkeypatch, tmp_path, no_dialogs
):
    window = on_actions
    window.resize(*size)
    path = exported(db, workshop.id, tmp_path / "plan.xlsx")
    edit(path, {(row_of(path, "Draft the bill"), "Status"): "Done"})
    before = dump(db)
    press_import(window, qtbot, monkeypatch, path)
    dialog = the_dialog(window, qtbot)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dump(db) == before
    assert window.statusBar().currentMessage() == ""


@SIZES
def test_a_refused_workbook_says_why_in_one_sentence_each_and_changes_nothing(
    size, db, workshop, plan, on_actions, qtbot, monkeypatch, tmp_path, no_dialogs
):
    window = on_actions
    window.resize(*size)
    path = exported(db, workshop.id, tmp_path / "plan.xlsx")
    edit(
        path,
        {
            (row_of(path, "Convene a council"), "Status"): "Finished",
            (row_of(path, "Draft the bill"), "Due date"): "next Tuesday-ish",
            (row_of(path, "Draft the bill"), "Owner"): "SEA",  # a good edit: it must not land either
        },
    )
    before = dump(db)
    shown = []
    monkeypatch.setattr(
        plan_import_flow.PlanImportProblems,
        "show",
        classmethod(lambda cls, parent, heading, problems: shown.append((heading, list(problems)))),
    )
    press_import(window, qtbot, monkeypatch, path)
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    heading, problems = shown[0]
    assert heading == "“plan.xlsx” was not imported, and nothing was changed:"
    assert len(problems) == 2
    assert "the status “Finished” is not one of Planned, In progress, Done, Blocked." in problems[0]
    assert "is not a date" in problems[1] and "next Tuesday-ish" in problems[1]
    assert all(p.count(". ") == 0 and p.endswith(".") for p in problems)  # one sentence each
    assert not any(d.isVisible() for d in window.findChildren(PlanImportDialog))
    assert dump(db) == before
    assert window.statusBar().currentMessage() == ""


def test_a_workbook_that_is_not_a_plan_is_refused(
    db, workshop, on_actions, qtbot, monkeypatch, tmp_path, no_dialogs
):
    window = on_actions
    book = openpyxl.Workbook()
    book.active.append(["Budget line", "Amount"])
    book.save(tmp_path / "budget.xlsx")
    before = dump(db)
    shown = []
    monkeypatch.setattr(
        plan_import_flow.PlanImportProblems,
        "show",
        classmethod(lambda cls, parent, heading, problems: shown.append(list(problems))),
    )
    press_import(window, qtbot, monkeypatch, tmp_path / "budget.xlsx")
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert len(shown[0]) == 1 and shown[0][0].endswith(".")
    assert dump(db) == before and window.statusBar().currentMessage() == ""


def test_from_home_the_plan_s_workshop_opens_on_its_action_items(
    db, workshop, plan, window, qtbot, monkeypatch, tmp_path, no_dialogs
):
    """No workshop open: Home's Import… (Alt+I) takes the workbook, and after Apply its workshop opens on
    the Action items, which show the change."""
    window.resize(1024, 768)
    window.commands.go_home()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    assert not window.workshop_id
    path = exported(db, workshop.id, tmp_path / "plan.xlsx")
    edit(path, {(row_of(path, "Draft the bill"), "Owner"): "Legislative staff"})
    monkeypatch.setattr(BundleFiles, "choose_imports", classmethod(lambda cls, parent: [path]))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    dialog = the_dialog(window, qtbot)
    assert "Owner: (empty) → “Legislative staff”" in dialog.summary.toPlainText().replace(
        "\u2068", ""
    ).replace("\u2069", "")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: window.workshop_id == workshop.id and window.current_page_index() == ACTIONS, timeout=20_000
    )
    page = window.page(ACTIONS)
    qtbot.waitUntil(
        lambda: any(page.model.item(r).owner == "Legislative staff" for r in range(page.model.rowCount()))
    )


def test_hostile_text_is_shown_as_written_and_cut(db, workshop, plan, qtbot, tmp_path):
    """Markup, control characters, right-to-left text and a 1,000-character owner stay plain text, cut
    to one line."""
    from plworkshop.roundtrip.plan_import import preview_plan_import

    path = exported(db, workshop.id, tmp_path / "plan.xlsx")
    hostile = "<b>bold?</b> &amp; \u202eevil\u202c שלום 🎉"
    edit(
        path,
        {
            (row_of(path, "Convene a council"), "Title"): hostile,
            (row_of(path, "Draft the bill"), "Owner"): "x" * 1000,
        },
    )
    dialog = PlanImportDialog(preview_plan_import(db.uow(), path))
    qtbot.addWidget(dialog)
    dialog.show()
    summary = dialog.summary.toPlainText()
    assert "<b>bold?</b> &amp;" in summary and "שלום 🎉" in summary
    assert "\u202e" not in summary  # a control character cannot turn the sentence around
    assert "x" * 159 + "…" in summary and "x" * 161 not in summary
