"""Bundle format version 2: item numbers and plan fields travel; version 1 bundles still import."""

from __future__ import annotations

import copy
import datetime as dt

import pytest
from bundle_helpers import dump_tables, write_json

from plworkshop.domain.errors import BundleRefused
from plworkshop.domain.read_models import ProgressNote
from plworkshop.services import action_items
from plworkshop.services.bundles import export_bundle, import_bundle, read_bundle

_V2_ITEM_FIELDS = ("number", "start", "resources", "baseline", "target", "blocked_reason", "progress_notes")


def _as_version_1(document: dict) -> dict:
    doc = copy.deepcopy(document)
    doc["format_version"] = 1
    doc["workshop"].pop("last_action_number")
    for item in doc["workshop"]["action_items"]:
        for name in _V2_ITEM_FIELDS:
            item.pop(name)
    return doc


def test_plan_fields_and_numbers_round_trip(src_db, rich_id, db, tmp_path):
    first, second = action_items.list_action_items(src_db.uow(), rich_id)
    action_items.update_action_item(
        src_db.uow(),
        rich_id,
        second.id,
        start="2027-01-05",
        resources="Grant",
        baseline="3",
        target="9",
        status="blocked",
        blocked_reason="Waiting",
    )
    action_items.add_progress_note(src_db.uow(), rich_id, second.id, "Drafted", as_of="2027-02-01")
    action_items.delete_action_item(src_db.uow(), rich_id, first.id)
    path = export_bundle(src_db.uow(), rich_id, tmp_path / "v2.plw")
    doc = read_bundle(path)
    assert doc["format_version"] == 2 and doc["workshop"]["last_action_number"] == 2
    import_bundle(db.uow(), path)
    (item,) = action_items.list_action_items(db.uow(), rich_id)
    assert (item.number, item.start, item.resources, item.baseline, item.target, item.blocked_reason) == (
        2,
        dt.date(2027, 1, 5),
        "Grant",
        "3",
        "9",
        "Waiting",
    )
    assert item.progress == (ProgressNote(dt.date(2027, 2, 1), "Drafted"),)
    # the deleted item's number 1 is not given again in the copy either
    assert action_items.create_action_item(db.uow(), rich_id, title="New here").number == 3


def test_a_version_1_bundle_imports_with_numbers_in_creation_order(db, rich_document, tmp_path):
    doc = _as_version_1(rich_document)
    made = sorted(doc["workshop"]["action_items"], key=lambda a: a["created_at"])
    doc["workshop"]["action_items"].reverse()  # list order is not creation order
    import_bundle(db.uow(), write_json(tmp_path / "v1.json", doc))
    items = {a.id: a for a in action_items.list_action_items(db.uow(), doc["workshop"]["id"])}
    assert [items[a["id"]].number for a in made] == [1, 2]
    assert all(
        (a.start, a.resources, a.baseline, a.target, a.blocked_reason, a.progress)
        == (None, "", "", "", "", ())
        for a in items.values()
    )
    assert action_items.create_action_item(db.uow(), doc["workshop"]["id"], title="Next").number == 3


def test_a_new_item_whose_number_is_taken_here_gets_the_next_number(src_db, rich_id, db, tmp_path):
    import_bundle(db.uow(), export_bundle(src_db.uow(), rich_id, tmp_path / "first.plw"))
    here = action_items.create_action_item(db.uow(), rich_id, title="Made here")  # number 3 here
    there = action_items.create_action_item(src_db.uow(), rich_id, title="Made there")  # number 3 there
    import_bundle(db.uow(), export_bundle(src_db.uow(), rich_id, tmp_path / "second.plw"))
    numbers = {a.title: a.number for a in action_items.list_action_items(db.uow(), rich_id)}
    assert numbers[here.title] == 3 and numbers[there.title] == 4
    assert action_items.create_action_item(db.uow(), rich_id, title="Then").number == 5


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda items: items[1].update(number=items[0]["number"]), "repeats the item number 1"),
        (lambda items: items[0].update(number=0), "number must be between 1"),
        (lambda items: items[0].update(progress_notes=[{"as_of": "soon", "text": "x"}]), "is not a date"),
        (lambda items: items[0].update(progress_notes=[{"text": "x"}]), "needs its “as of” date"),
    ],
)
def test_bad_version_2_fields_are_refused_and_change_nothing(db, rich_document, tmp_path, change, message):
    doc = copy.deepcopy(rich_document)
    change(doc["workshop"]["action_items"])
    before = dump_tables(db)
    with pytest.raises(BundleRefused, match=message):
        import_bundle(db.uow(), write_json(tmp_path / "bad.json", doc))
    assert dump_tables(db) == before
