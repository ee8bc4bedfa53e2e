"""Bringing an edited action-plan workbook back: export, edit with openpyxl, preview, apply, refuse."""

from __future__ import annotations

import datetime as dt
import re

import openpyxl
import pytest
from plan_workbook_edits import edit
from sqlalchemy import inspect, text

from plworkshop.cli.main import main
from plworkshop.framework.loader import load_default_pack
from plworkshop.reports.exports import export_workshop
from plworkshop.roundtrip.plan_import import (
    PlanImportRefused,
    apply_plan_import,
    import_plan_workbook,
    preview_plan_import,
)
from plworkshop.services import action_items, workshops


def dump(database) -> dict[str, list[tuple]]:
    """Every row of every table: equal dumps mean an unchanged database."""
    with database.engine.connect() as conn:
        return {
            name: sorted((tuple(r) for r in conn.execute(text(f'SELECT * FROM "{name}"'))), key=repr)
            for name in sorted(inspect(conn).get_table_names())
        }


@pytest.fixture
def plan(db, workshop):
    made = [
        action_items.create_action_item(
            db.uow(),
            workshop.id,
            title="Convene a council",
            owner="Board",
            due="2027-03-01",
            condition="collaborative-leadership",
        ),
        action_items.create_action_item(db.uow(), workshop.id, title="Draft the bill", priority="high"),
        action_items.create_action_item(db.uow(), workshop.id, title="Share the notes"),
    ]
    action_items.add_progress_note(db.uow(), workshop.id, made[0].id, "Invitations sent", as_of="2027-01-10")
    return made


def export(db, workshop_id, path, lang="en", anonymous=False):
    snap = workshops.snapshot(db.uow(), workshop_id)
    return export_workshop(snap, load_default_pack(), "xlsx", path, lang=lang, anonymous=anonymous)


def row_of(path, number: int) -> int:
    ws = openpyxl.load_workbook(path).worksheets[0]
    return next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == number)


def test_an_untouched_workbook_changes_nothing(db, workshop, plan, tmp_path):
    path = export(db, workshop.id, tmp_path / "plan.xlsx")
    preview = preview_plan_import(db.uow(), path)
    assert preview.changes == () and preview.unchanged == 3


def test_edits_and_new_rows_are_previewed_then_applied(db, workshop, plan, tmp_path):
    path = export(db, workshop.id, tmp_path / "plan.xlsx")
    two = row_of(path, 2)
    edit(
        path,
        {
            (two, "Status"): "Blocked",
            (two, "Reason blocked"): "Waiting for the session",
            (two, "Owner"): "Senate staff",
            (two, "Due date"): dt.datetime(2027, 5, 1),
            (two, "Latest progress note"): "Sponsor found",
            (two, "As of"): dt.datetime(2027, 2, 2),
            (row_of(path, 1), "Status"): "Done",
        },
        new_rows=[
            {"Title": "Teacher survey", "Status": "Planned", "Priority": "Low", "Due date": "2027-06-30"}
        ],
    )
    before = dump(db)
    preview = preview_plan_import(db.uow(), path)
    assert dump(db) == before  # a preview writes nothing
    lines = "\n".join(preview.lines())
    assert "2 action items would change" not in lines  # three: two edited, one new
    assert "“Test”" not in lines
    assert "item 2 “Draft the bill”: Owner: “” → “Senate staff”" in lines
    assert "Status: “Planned” → “Blocked”" in lines and "item 1 “Convene a council”: Status" in lines
    assert "new item (row 5) “Teacher survey”" in lines
    done = apply_plan_import(db.uow(), preview)
    assert "new item 4 “Teacher survey”" in "\n".join(done.lines())
    items = {a.number: a for a in action_items.list_action_items(db.uow(), workshop.id)}
    assert items[1].status == "done" and items[1].owner == "Board"
    two_after = items[2]
    assert (two_after.status, two_after.blocked_reason, two_after.owner, two_after.due) == (
        "blocked",
        "Waiting for the session",
        "Senate staff",
        dt.date(2027, 5, 1),
    )
    assert (two_after.latest_note.text, two_after.latest_note.as_of) == ("Sponsor found", dt.date(2027, 2, 2))
    new = items[4]
    assert (new.title, new.priority, new.due) == ("Teacher survey", "low", dt.date(2027, 6, 30))
    assert items[3].title == "Share the notes" and items[3].updated_at == plan[2].updated_at  # untouched
    assert preview_plan_import(db.uow(), path).changes[0].number is None  # the sheet row still has no number


def test_a_spanish_workbook_comes_back_with_spanish_labels(db, workshop, plan, tmp_path):
    path = export(db, workshop.id, tmp_path / "plan.xlsx", lang="es")
    edit(path, {(row_of(path, 3), "Estado"): "Completada"})
    ws = openpyxl.load_workbook(path).worksheets[0]
    label = ws.cell(row_of(path, 3), [c.value for c in ws[1]].index("Estado") + 1).value
    result = import_plan_workbook(db.uow, path)
    assert label == "Completada" and [c.number for c in result.changes] == [3]
    assert action_items.list_action_items(db.uow(), workshop.id)[2].status == "done"


@pytest.mark.parametrize(
    "change, message",
    [
        (
            lambda p: {(row_of(p, 1), "Status"): "Finished"},
            "Row 2 (item 1): the status “Finished” is not one of",
        ),
        (
            lambda p: {(row_of(p, 2), "Due date"): "next week"},
            "Row 3 (item 2): the due date “next week” is not a date; use the form 2027-03-01.",
        ),
        (
            lambda p: {(row_of(p, 3), "No."): 42, (row_of(p, 3), "Item id (do not edit)"): None},
            "Row 4: “Fixture convening” has no item 42 (was it "
            "deleted?); clear the number to add the row as a "
            "new item.",
        ),
        (lambda p: {(row_of(p, 3), "No."): 42}, "Row 4 (item 3): the item number was changed to 42"),
        (lambda p: {(row_of(p, 1), "Start date"): dt.datetime(2027, 6, 1)}, "is after the due date"),
    ],
)
def test_refusals_leave_the_database_unchanged(db, workshop, plan, tmp_path, change, message):
    path = export(db, workshop.id, tmp_path / "plan.xlsx")
    edit(path, {**change(path), (row_of(path, 3), "Owner"): "Someone new"})
    before = dump(db)
    with pytest.raises(PlanImportRefused) as refused:
        import_plan_workbook(db.uow, path)
    assert message in str(refused.value)
    assert dump(db) == before


def test_every_problem_is_listed_at_once(db, workshop, plan, tmp_path):
    path = export(db, workshop.id, tmp_path / "plan.xlsx")
    edit(
        path,
        {(row_of(path, 1), "Status"): "Finished", (row_of(path, 2), "Due date"): "soon"},
        new_rows=[{"Owner": "Nobody", "Status": "Planned", "Priority": "High"}],
    )
    with pytest.raises(PlanImportRefused) as refused:
        preview_plan_import(db.uow(), path)
    assert len(refused.value.problems) == 3
    assert refused.value.problems[2] == "Row 5: a new action item needs a title."


def test_a_row_from_another_workshops_plan_is_refused(db, workshop, plan, tmp_path):
    other = workshops.create_workshop(db.uow(), title="Other convening")
    action_items.create_action_item(db.uow(), other.id, title="Their item")
    theirs = openpyxl.load_workbook(export(db, other.id, tmp_path / "other.xlsx")).worksheets[0]
    path = export(db, workshop.id, tmp_path / "plan.xlsx")
    headers = [c.value for c in theirs[1]]
    edit(path, {}, new_rows=[{h: c.value for h, c in zip(headers, theirs[2])}])  # pasted across
    before = dump(db)
    with pytest.raises(
        PlanImportRefused,
        match=re.escape(
            "Row 5: item 1 belongs to the workshop “Other convening”, not to “Fixture convening”."
        ),
    ):
        import_plan_workbook(db.uow, path)
    assert dump(db) == before


def test_a_workbook_that_is_not_ours_is_refused(db, workshop, plan, tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["Title", "Status"])
    book.active.append(["Something", "Done"])
    book.save(tmp_path / "mine.xlsx")
    (tmp_path / "notes.xlsx").write_text("not a workbook")
    before = dump(db)
    with pytest.raises(PlanImportRefused, match="is not an action plan exported by plworkshop"):
        preview_plan_import(db.uow(), tmp_path / "mine.xlsx")
    with pytest.raises(PlanImportRefused, match="is not an Excel workbook"):
        preview_plan_import(db.uow(), tmp_path / "notes.xlsx")
    # in the person's language, whatever the file
    with pytest.raises(
        PlanImportRefused, match=r"«mine\.xlsx» no es un plan de acción exportado por plworkshop"
    ):
        preview_plan_import(db.uow(), tmp_path / "mine.xlsx", lang="es")
    with pytest.raises(PlanImportRefused, match=r"«notes.xlsx» no es un libro de Excel \(.xlsx\)"):
        preview_plan_import(db.uow(), tmp_path / "notes.xlsx", lang="es")
    assert dump(db) == before


def test_the_command_prints_the_changes_and_dry_run_changes_nothing(db, workshop, plan, tmp_path, capsys):
    path = export(db, workshop.id, tmp_path / "plan.xlsx")
    edit(path, {(row_of(path, 3), "Status"): "In progress"})
    before = dump(db)
    assert main(["import", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "dry run: nothing was changed" in out
    assert "item 3 “Share the notes”: Status: “Planned” → “In progress”" in out
    assert dump(db) == before
    assert main(["import", str(path)]) == 0
    assert "1 action item changed, 2 unchanged" in capsys.readouterr().out
    assert action_items.list_action_items(db.uow(), workshop.id)[2].status == "in_progress"
    edit(path, {(row_of(path, 3), "Status"): "Whatever"})
    assert main(["import", str(path)]) == 1
    err = capsys.readouterr().err
    assert "the status “Whatever” is not one of Planned, In progress, Done, Blocked." in err
