"""The CSV export: a .zip or a folder of UTF-8-with-BOM files, quoted as needed, formulas neutralised."""

from __future__ import annotations

import pytest
from export_readers import csv_tables
from export_samples import HYPERLINK, INJECTIONS, with_texts

from plworkshop.reports.exports import export_workshop
from plworkshop.reports.exports.formula_guard import is_dangerous, neutralise_csv_text, recover_csv_text

FILES = {
    "workshop.csv",
    "action-items.csv",
    "responses.csv",
    "assessments.csv",
    "participants.csv",
    "themes.csv",
    "parking-lot.csv",
    "agenda.csv",
}


def test_zip_and_folder_hold_one_file_per_table(rich_snapshot, pack, tmp_path):
    zipped = csv_tables(export_workshop(rich_snapshot, pack, "csv", tmp_path / "plan.zip"))
    folder = csv_tables(export_workshop(rich_snapshot, pack, "csv", tmp_path / "plan"))
    assert set(zipped) == set(folder) == FILES
    # the "Exported" time is each export's own clock, to the second: the rest must be the same
    exported = [row for row in zipped["workshop.csv"] if row and row[0] == "Exported"]
    assert len(exported) == 1
    for tables in (zipped, folder):
        tables["workshop.csv"] = [row for row in tables["workshop.csv"] if not row or row[0] != "Exported"]
    assert zipped == folder
    items = zipped["action-items.csv"]
    assert items[0][:6] == ["No.", "Title", "Condition", "Owner", "Start date", "Due date"]
    assert [r[1] for r in items[1:]] == [
        "Convene a family advisory council",
        "Draft assessment pilot legislation",
        "Share the notes",
    ]
    assert [r[0] for r in items[1:]] == ["1", "2", "3"]
    assert [r[5] for r in items[1:]] == ["2027-03-01", "2027-01-15", ""]
    assert "Item id (do not edit)" not in items[0]  # the workbook's hidden column stays out of the CSV


def test_multiline_and_quoted_text_survives(rich_snapshot, pack, tmp_path):
    text = 'He said "yes, fine"\nthen, later;\r\nno'
    tables = csv_tables(
        export_workshop(with_texts(rich_snapshot, response=text), pack, "csv", tmp_path / "q.zip")
    )
    assert tables["responses.csv"][1][4] == text


@pytest.mark.parametrize("text", INJECTIONS)
def test_formula_injection_gets_an_apostrophe_and_is_recoverable(rich_snapshot, pack, tmp_path, text):
    tables = csv_tables(
        export_workshop(
            with_texts(rich_snapshot, response=text, owner=text.strip()), pack, "csv", tmp_path / "i.zip"
        )
    )
    field = tables["responses.csv"][1][4]
    assert field == "'" + text and recover_csv_text(field) == text
    owner = tables["action-items.csv"][1][3]
    assert owner.startswith("'") and recover_csv_text(owner) == text.strip()


def test_guard_rule():
    for text in ("=1+1", "+cmd", "-2", "@SUM(A1)", "\t=1", "\rx", "  =1", "\u00a0+1", "＝1+1", HYPERLINK):
        assert is_dangerous(text), text
    for text in ("", "1+1", "hello=", "a-b", "email@example.org", "'quoted"):
        assert not is_dangerous(text), text
    assert neutralise_csv_text("'quoted") == "''quoted"  # so the rule stays reversible
    for text in ("'=1", "''", "plain", "=x", "'"):
        assert recover_csv_text(neutralise_csv_text(text)) == text
