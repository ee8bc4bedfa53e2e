"""An empty workshop and a large one export cleanly in every format."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import openpyxl
import pytest
from export_readers import any_text

from plworkshop.reports.exports import export_workshop

FILES = {"xlsx": "e.xlsx", "docx": "e.docx", "csv": "e.zip", "md": "e.md"}


@pytest.mark.parametrize("fmt", sorted(FILES))
def test_empty_workshop(db, pack, tmp_path, fmt):
    from plworkshop.services import workshops

    w = workshops.create_workshop(db.uow(), title="Empty")
    snapshot = workshops.snapshot(db.uow(), w.id)
    text = any_text(export_workshop(snapshot, pack, fmt, tmp_path / FILES[fmt]), fmt)
    assert "Empty" in text
    if fmt in ("docx", "md"):
        assert "No one is named in this document." in text


def test_empty_xlsx_still_has_headers_and_filters(db, pack, tmp_path):
    from plworkshop.services import workshops

    w = workshops.create_workshop(db.uow(), title="Empty")
    book = openpyxl.load_workbook(
        export_workshop(workshops.snapshot(db.uow(), w.id), pack, "xlsx", tmp_path / "e.xlsx")
    )
    ws = book["Responses"]
    assert ws.max_row == 1 and ws.auto_filter.ref == "A1:I1" and ws.freeze_panes == "A2"


@pytest.mark.slow
@pytest.mark.parametrize("fmt", sorted(FILES))
def test_large_workshop(rich_snapshot, pack, tmp_path, fmt):
    """150 people, 3,000 responses, 200 action items."""
    rng = random.Random(4)
    snap = rich_snapshot
    people = tuple(
        dataclasses.replace(rng.choice(snap.participants), id=f"p{i}", position=i) for i in range(150)
    )
    responses = tuple(
        dataclasses.replace(
            rng.choice([r for r in snap.responses if not r.hidden]),
            id=f"r{i}",
            votes=rng.randint(0, 9),
            participant_id=f"p{i % 150}",
            text=f"Response number {i}",
        )
        for i in range(3000)
    )
    items = tuple(
        dataclasses.replace(
            rng.choice(snap.action_items),
            id=f"a{i}",
            title=f"Action {i}",
            due=dt.date(2027, 1, 1) + dt.timedelta(days=rng.randint(0, 365)),
        )
        for i in range(200)
    )
    big = dataclasses.replace(snap, participants=people, responses=responses, action_items=items)
    text = any_text(export_workshop(big, pack, fmt, tmp_path / FILES[fmt]), fmt)
    assert "Action 199" in text
    if fmt in ("xlsx", "csv"):
        assert "Response number 2999" in text
