"""Importing is idempotent, a newer export updates in place, and an older one never overwrites."""

from __future__ import annotations

import copy
import datetime as dt

import pytest
from bundle_helpers import dump_tables, write_json

from plworkshop.domain.errors import BundleRefused
from plworkshop.services import assessments, responses, roster, workshops
from plworkshop.services.bundles import export_bundle, import_bundle, read_bundle


def test_importing_twice_changes_nothing_the_second_time(db, rich_bundle, rich_id):
    import_bundle(db.uow(), rich_bundle)
    dump, snap = dump_tables(db), workshops.snapshot(db.uow(), rich_id)
    outcome = import_bundle(db.uow(), rich_bundle)
    assert outcome.status == "unchanged" and not any(outcome.counts.values())
    assert dump_tables(db) == dump
    assert workshops.snapshot(db.uow(), rich_id) == snap


def test_newer_export_updates_in_place(db, src_db, rich_bundle, rich_id, tmp_path):
    import_bundle(db.uow(), rich_bundle)
    said = workshops.snapshot(src_db.uow(), rich_id).responses
    responses.edit_response(src_db.uow(), rich_id, said[0].id, "Convene it this spring")
    workshops.update_workshop(src_db.uow(), rich_id, title="Rich convening (final)")
    new_person = roster.add_participant(src_db.uow(), rich_id, name="Dee", stakeholder_group="students")
    newer = export_bundle(src_db.uow(), rich_id, tmp_path / "newer.plw")

    outcome = import_bundle(db.uow(), newer)
    assert outcome.status == "updated" and outcome.title == "Rich convening (final)"
    assert outcome.counts["responses_updated"] == 1 and outcome.counts["participants_added"] == 1
    assert outcome.counts["responses_added"] == 0
    snap = workshops.snapshot(db.uow(), rich_id)
    assert snap.workshop.title == "Rich convening (final)"
    assert snap.participant(new_person.id).name == "Dee"
    assert {r.id: r.text for r in snap.responses}[said[0].id] == "Convene it this spring"
    assert snap == workshops.snapshot(src_db.uow(), rich_id)


def test_older_export_does_not_overwrite_newer_data(db, rich_bundle, rich_id):
    import_bundle(db.uow(), rich_bundle)
    said = workshops.snapshot(db.uow(), rich_id).responses
    responses.edit_response(db.uow(), rich_id, said[0].id, "Edited here, later")
    workshops.update_workshop(db.uow(), rich_id, notes="Local notes")
    local_only = roster.add_participant(db.uow(), rich_id, name="Local", stakeholder_group="other")
    dump = dump_tables(db)

    outcome = import_bundle(db.uow(), rich_bundle)
    assert outcome.status == "unchanged"
    assert dump_tables(db) == dump
    snap = workshops.snapshot(db.uow(), rich_id)
    assert {r.id: r.text for r in snap.responses}[said[0].id] == "Edited here, later"
    assert snap.workshop.notes == "Local notes" and snap.participant(local_only.id) is not None


def test_per_record_newest_wins_both_ways(db, src_db, rich_bundle, rich_id, tmp_path):
    """Each side edited a different response: each keeps its own newer edit after the import."""
    import_bundle(db.uow(), rich_bundle)
    said = workshops.snapshot(db.uow(), rich_id).responses
    responses.edit_response(db.uow(), rich_id, said[0].id, "Ours is newer")
    responses.edit_response(src_db.uow(), rich_id, said[1].id, "Theirs is newer")
    outcome = import_bundle(db.uow(), export_bundle(src_db.uow(), rich_id, tmp_path / "b.plw"))
    assert outcome.status == "updated" and outcome.counts["responses_updated"] == 1
    texts = {r.id: r.text for r in workshops.snapshot(db.uow(), rich_id).responses}
    assert texts[said[0].id] == "Ours is newer" and texts[said[1].id] == "Theirs is newer"


def test_a_replaced_placement_is_not_doubled(db, src_db, rich_bundle, rich_id, tmp_path):
    """Cleared and placed again elsewhere (a new id) replaces the older placement, not adds one."""
    import_bundle(db.uow(), rich_bundle)
    assessments.clear_assessment(src_db.uow(), rich_id, "collaborative-leadership")
    assessments.assess_stage(src_db.uow(), rich_id, "collaborative-leadership", 3)
    import_bundle(db.uow(), export_bundle(src_db.uow(), rich_id, tmp_path / "c.plw"))
    consensus = [
        a
        for a in workshops.snapshot(db.uow(), rich_id).assessments
        if a.condition == "collaborative-leadership" and a.is_consensus
    ]
    assert [a.stage for a in consensus] == [3]


def test_workshop_in_the_trash_is_updated_and_left_there(db, src_db, rich_bundle, rich_id, tmp_path):
    import_bundle(db.uow(), rich_bundle)
    workshops.delete_workshop(db.uow(), rich_id)
    workshops.update_workshop(src_db.uow(), rich_id, location="Fargo")
    outcome = import_bundle(db.uow(), export_bundle(src_db.uow(), rich_id, tmp_path / "t.plw"))
    assert outcome.status == "updated" and outcome.in_trash
    assert "trash" in outcome.summary()
    [trashed] = workshops.list_workshops(db.uow(), trash=True)
    assert trashed.id == rich_id and trashed.location == "Fargo"


def test_an_id_owned_by_another_workshop_is_refused_and_nothing_is_written(
    db, workshop, rich_document, tmp_path
):
    doc = copy.deepcopy(rich_document)
    doc["workshop"]["participants"][0]["id"] = workshop_participant = (
        workshops.snapshot(db.uow(), workshop.id).participants[0].id
    )
    for record in doc["workshop"]["assessments"] + doc["workshop"]["responses"]:
        if record["participant"] == rich_document["workshop"]["participants"][0]["id"]:
            record["participant"] = workshop_participant
    dump = dump_tables(db)
    with pytest.raises(BundleRefused, match="another workshop"):
        import_bundle(db.uow(), write_json(tmp_path / "clash.json", doc))
    assert dump_tables(db) == dump


def test_times_compare_across_offsets(db, rich_document, rich_id, tmp_path):
    """The same instant written with another UTC offset is not "newer"."""
    import_bundle(db.uow(), write_json(tmp_path / "a.json", rich_document))
    doc = copy.deepcopy(rich_document)
    for record in doc["workshop"]["responses"]:
        instant = dt.datetime.fromisoformat(record["updated_at"])
        record["updated_at"] = instant.astimezone(dt.timezone(dt.timedelta(hours=-6))).isoformat()
    outcome = import_bundle(db.uow(), write_json(tmp_path / "b.json", doc))
    assert outcome.status == "unchanged"
    assert read_bundle(tmp_path / "b.json")["workshop"]["id"] == rich_id
