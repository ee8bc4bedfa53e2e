"""A whole convening rehearsed by keyboard alone on a 1366×768 laptop, through the real main window:
a new workshop, a roster pasted from a spreadsheet (its consent column headed another way), the agenda
and the day plan, input recorded and attributed, a speaker corrected, an undo in the empty typing box,
dot votes, an idea parked, themes grouped and voted, the self-assessment, action items from a theme
with a typed due date, and the report preview; then the report's own text is checked.
"""

from __future__ import annotations

import re
import subprocess

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from plworkshop.services import action_items, assessments, day_plan, parking_lot, responses, themes, workshops
from plworkshop.ui.shell.pages import ACTIONS, FACILITATE

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CL = "collaborative-leadership"

ROSTER = (
    "Name\tRole\tOrganization\tStakeholder group\tOK to name?\r\n"
    "Rosa Diaz\tParent leader\tPTA\tFamilies\tyes\r\n"
    "Sam Lee\tTeacher\tEast High\tTeachers and their unions\tno\r\n"
    "Tara Moss\tSenator\tLegislature\tPolicymakers\tyes\r\n"
)


def focus():
    return QApplication.focusWidget()


def key(qtbot, k, mods=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focus(), k, mods)


def type_text(qtbot, text):
    qtbot.keyClicks(focus(), text)


def test_a_whole_convening_by_keyboard(qtbot, window, ctx, db, tmp_path, no_dialogs):
    window.resize(1366, 768)
    window.home.table.setFocus()

    # --- a new workshop, its title typed where the focus lands ---------------------------------
    key(qtbot, Qt.Key.Key_N, CTRL)
    wid = window.workshop_id
    assert wid and focus() is window.setup.details.edits["title"]
    focus().selectAll()
    type_text(qtbot, "Rehearsal convening")
    key(qtbot, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: workshops.get_workshop(db.uow(), wid).title == "Rehearsal convening")

    # --- the roster, pasted from a spreadsheet (Ctrl+Tab to the Roster tab, Ctrl+V) ---------------
    window.setup.tabs.setFocus()
    key(qtbot, Qt.Key.Key_Tab, CTRL)
    assert window.setup.tabs.currentWidget() is window.setup.roster
    window.setup.roster.table.setFocus()
    qtbot.waitUntil(lambda: focus() is window.setup.roster.table)
    QGuiApplication.clipboard().setText(ROSTER)  # the consent column is headed "OK to name?"
    key(qtbot, Qt.Key.Key_V, CTRL)
    roster_editor = window.setup.roster
    dialog = lambda: getattr(roster_editor, "paste_dialog", None)  # noqa: E731
    count = lambda: len(workshops.snapshot(db.uow(), wid).participants)  # noqa: E731
    qtbot.waitUntil(lambda: (dialog() is not None and dialog().isVisible()) or count() == 3)
    if count() < 3:  # the paste asks for a look before adding: Ctrl+Enter adds the checked rows
        qtbot.waitUntil(lambda: focus() is dialog().table)
        key(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: len(workshops.snapshot(db.uow(), wid).participants) == 3)
    people = {p.name: p for p in workshops.snapshot(db.uow(), wid).participants}
    assert [(n, p.named_in_report) for n, p in people.items()] == [
        ("Rosa Diaz", True),
        ("Sam Lee", False),
        ("Tara Moss", True),
    ]

    # --- the agenda: Enter adds the condition selected in the framework list --------------------
    window.setup.tabs.setFocus()
    key(qtbot, Qt.Key.Key_Tab, CTRL)
    assert window.setup.tabs.currentWidget() is window.setup.agenda
    available = window.setup.agenda.available
    available.setFocus()
    type_text(qtbot, "Collaborative")  # the tree's type-ahead finds it
    key(qtbot, Qt.Key.Key_Return)
    assert [a.condition for a in workshops.snapshot(db.uow(), wid).agenda] == [CL]

    # --- the day plan: start time and a lunch after the condition --------------------------------
    window.setup.tabs.setFocus()
    key(qtbot, Qt.Key.Key_Tab, CTRL)
    plan = window.setup.day_plan
    assert window.setup.tabs.currentWidget() is plan
    plan.day_start.setFocus()
    type_text(qtbot, "9am")
    key(qtbot, Qt.Key.Key_Return)
    plan.table.setFocus()
    plan.kind.setFocus()
    plan.kind.setCurrentIndex(plan.kind.findData("lunch"))
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Space)
    assert [(i.kind, i.start) for i in day_plan.get_day_plan(db.uow(), wid).items] == [
        ("condition", "09:00"),
        ("lunch", "09:45"),
    ]

    # --- facilitate: Ctrl+3, Ctrl+Down to the first question, record with attribution ------------
    key(qtbot, Qt.Key.Key_3, CTRL)
    page = window.page(FACILITATE)
    page.navigator.setFocus()
    key(qtbot, Qt.Key.Key_Down, CTRL)
    panel = page.responses
    panel.entry.setFocus()

    def say(speaker, text):
        key(qtbot, Qt.Key.Key_L, CTRL)
        qtbot.keyClicks(panel.attribution.lineEdit(), speaker)
        qtbot.keyClick(panel.attribution.lineEdit(), Qt.Key.Key_Return)
        panel.entry.setFocus()
        type_text(qtbot, text)
        key(qtbot, Qt.Key.Key_Return)

    say("Rosa", "Families on the steering group")
    say("Sam", "Release time for teachers")
    say("Rosa", "A standing legislative study group")  # the wrong speaker: corrected next
    key(qtbot, Qt.Key.Key_Down)  # from the empty box to the list, the new entry selected
    assert focus() is panel.table
    key(qtbot, Qt.Key.Key_L, CTRL | SHIFT)  # who said it, for the selected entry
    qtbot.waitUntil(lambda: focus() is not panel.table)
    type_text(qtbot, "Tara")
    key(qtbot, Qt.Key.Key_Return)
    study = lambda: next(  # noqa: E731 - read again on each call
        r for r in responses.list_responses(db.uow(), wid) if r.text == "A standing legislative study group"
    )
    qtbot.waitUntil(lambda: study().participant_id == people["Tara Moss"].id)
    window.activateWindow()  # the speaker chooser has closed: the main window takes the keyboard back
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    panel.entry.setFocus()
    say("Rosa", "A typo recorded by mistake")
    qtbot.waitUntil(lambda: focus() is panel.entry and panel.entry.toPlainText() == "")
    key(qtbot, Qt.Key.Key_Z, CTRL)  # right after Enter, in the empty typing box
    said = {r.text: r for r in responses.list_responses(db.uow(), wid)}
    assert "A typo recorded by mistake" not in said and len(said) == 3
    # a second question: Ctrl+Down, then one more idea, and an aside for the parking lot
    panel.entry.setFocus()
    key(qtbot, Qt.Key.Key_Down, CTRL)
    panel.entry.setFocus()
    say("Tara", "Map the existing partnerships")
    type_text(qtbot, "Broadband in the valley")
    key(qtbot, Qt.Key.Key_K, CTRL | SHIFT)
    assert [p.text for p in parking_lot.list_parked(db.uow(), wid)] == ["Broadband in the valley"]

    # --- dot votes: + on the selected idea, in the list ------------------------------------------
    panel.table.setFocus()
    panel.table.selectRow(0)
    for _ in range(3):
        key(qtbot, Qt.Key.Key_Plus)
    assert responses.list_responses(db.uow(), wid, question=page.position.question)[0].votes == 3

    # --- themes: Ctrl+Shift+T, select ideas, Ctrl+G, type the name, vote on the theme -------------
    key(qtbot, Qt.Key.Key_T, CTRL | SHIFT)
    board = page.theme_board
    assert focus() is board.ideas and board.ideas.count() == 4
    board.ideas.setCurrentRow(0)
    key(qtbot, Qt.Key.Key_Home)
    key(qtbot, Qt.Key.Key_Down, SHIFT)
    key(qtbot, Qt.Key.Key_G, CTRL)
    qtbot.waitUntil(
        lambda: board.chooser is not None and focus() is not None and board.chooser.isAncestorOf(focus())
    )
    type_text(qtbot, "Share the work")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: board.chooser is None and focus() is not None)
    grouped = themes.list_themes(db.uow(), wid, CL)
    assert [(t.name, len(t.response_ids)) for t in grouped] == [("Share the work", 2)]
    board.tree.setFocus()
    board.tree.setCurrentItem(board.tree.topLevelItem(0))
    key(qtbot, Qt.Key.Key_Plus)
    key(qtbot, Qt.Key.Key_Plus)
    # an action item from the theme: Ctrl+Shift+A
    key(qtbot, Qt.Key.Key_A, CTRL | SHIFT)
    assert [a.title for a in action_items.list_action_items(db.uow(), wid)] == ["Share the work"]
    key(qtbot, Qt.Key.Key_Escape)
    assert page.lower.currentWidget() is page.responses

    # --- the self-assessment: the navigator's last row of the condition, digits place people -----
    page.navigator.setFocus()
    while not page.on_self_assessment:
        key(qtbot, Qt.Key.Key_Down, CTRL)
    grid = page.assessment
    grid.table.setFocus()
    grid.table.setCurrentIndex(grid.table.model().index(0, 1))
    for stage in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_1, Qt.Key.Key_1):  # three people, then the room
        key(qtbot, stage)
    placed = (
        assessments.list_assessments(db.uow(), wid, CL)
        if hasattr(assessments, "list_assessments")
        else [a for a in workshops.snapshot(db.uow(), wid).assessments if a.condition == CL]
    )
    assert sorted(a.stage for a in placed) == [1, 1, 1, 2]

    # --- action items page: Ctrl+4; the theme's item is there; its owner typed in place ----------
    key(qtbot, Qt.Key.Key_4, CTRL)
    actions = window.page(ACTIONS)
    actions.table.setFocus()
    actions.table.setCurrentIndex(actions.proxy.index(0, _column("owner")))
    key(qtbot, Qt.Key.Key_F2)
    type_text(qtbot, "State board")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: action_items.list_action_items(db.uow(), wid)[0].owner == "State board")
    actions.table.setFocus()
    actions.table.setCurrentIndex(actions.proxy.index(0, _column("due")))
    key(qtbot, Qt.Key.Key_F2)
    type_text(qtbot, "Jun 30, 2027")  # typed as people write dates
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: str(action_items.list_action_items(db.uow(), wid)[0].due) == "2027-06-30")

    # --- the report preview: Ctrl+Shift+P opens it; what it shows is what is checked below -------
    key(qtbot, Qt.Key.Key_P, CTRL | SHIFT)
    qtbot.waitUntil(lambda: _preview(window) is not None, timeout=20000)
    preview = _preview(window)
    qtbot.waitUntil(lambda: preview.data and preview.page_count > 0, timeout=30000)
    pdf = preview.data
    preview.activateWindow()
    preview.setFocus()
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not preview.isVisible())

    # --- the report, as the preview printed it ---------------------------------------------------
    (tmp_path / "plan.pdf").write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "plan.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = re.sub(r"\s+", " ", text)
    assert "Rehearsal convening" in flat
    assert "Families on the steering group" in flat and "Rosa Diaz (Families)" in flat
    assert "Sam Lee" not in flat and "Teachers and their unions" in flat  # declined: the group only
    assert "A typo recorded by mistake" not in flat
    assert "Themes Ideas the room grouped together" in flat and "Share the work" in flat and "2 votes" in flat
    assert "Parking lot" in flat and "Broadband in the valley" in flat
    assert "09:00 09:45 Collaborative Leadership" in flat and "09:45 10:30 Lunch" in flat
    assert "State board" in flat and "June 30, 2027" in flat
    assert "Tara Moss (Policymakers)" in flat


def _column(field: str) -> int:
    from plworkshop.ui.actions.action_item_table_model import COLUMN

    return COLUMN[field]


def _preview(window):
    from plworkshop.ui.reports.report_preview_dialog import ReportPreviewDialog

    found = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ReportPreviewDialog) and w.isVisible()
    ]
    return found[0] if found else None
