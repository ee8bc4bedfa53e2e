"""Bundles: the exported document's shape, and export → import → export gives the same content."""

from __future__ import annotations

import datetime as dt
import json
import re
import zipfile

from bundle_helpers import CUSTOM_KEY, dump_tables, write_json

from plworkshop.services import workshops
from plworkshop.services.bundles import FORMAT, bundle_document, export_bundle, import_bundle, read_bundle
from plworkshop.services.demo import create_demo_workshop

ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?\+00:00$")


def _without_export_time(document: dict) -> dict:
    return {k: v for k, v in document.items() if k != "exported_at"}


def test_document_has_the_spec_shape(rich_document, rich_id):
    doc = rich_document
    assert doc["format"] == FORMAT and doc["format_version"] == 2
    assert ISO_TIME.match(doc["exported_at"])
    assert doc["framework"] == {"id": "kw-state-policy-pl-2019", "version": "1"}
    w = doc["workshop"]
    assert w["id"] == rich_id and w["date"] == "2026-11-23" and w["votes_per_person"] == 5
    for kind in ("participants", "assessments", "responses", "action_items"):
        for record in w[kind]:
            assert ISO_TIME.match(record["updated_at"]), (kind, record["updated_at"])
    assert [a["condition"] for a in w["agenda"]] == [
        "collaborative-leadership",
        CUSTOM_KEY,
        "balanced-assessments",
    ]
    hidden = [r for r in w["responses"] if r["hidden"]]
    assert [r["text"] for r in hidden] == ["Withdrawn idea"]
    anonymous = [r for r in w["responses"] if r["participant"] is None]
    assert anonymous[0]["stakeholder_group"] == "students"
    assert w["action_items"][0]["due"] == "2027-03-01"
    assert [c["key"] for c in doc["custom_conditions"]] == [CUSTOM_KEY]
    assert len(doc["framework_text"]) == 12
    forgotten = [p for p in w["participants"] if p["forgotten"]]
    assert forgotten and forgotten[0]["name"] == "(removed at their request)"
    assert not any("Ben Okafor" in json.dumps(p) for p in w["participants"])


def test_plw_is_a_zip_holding_only_utf8_workshop_json(rich_bundle):
    with zipfile.ZipFile(rich_bundle) as archive:
        assert archive.namelist() == ["workshop.json"]
        raw = archive.read("workshop.json")
    assert "<b>now</b> & report" in raw.decode("utf-8")
    assert not list(rich_bundle.parent.glob("*.part"))


def test_round_trip_into_a_fresh_database_gives_the_same_content(db, src_db, rich_id, rich_bundle, tmp_path):
    outcome = import_bundle(db.uow(), rich_bundle)
    assert outcome.status == "new" and outcome.workshop_id == rich_id
    assert outcome.counts["responses_added"] == 4 and outcome.counts["action_items_added"] == 2
    again = export_bundle(db.uow(), rich_id, tmp_path / "again.json", as_json=True)
    first, second = read_bundle(rich_bundle), json.loads(again.read_text(encoding="utf-8"))
    assert _without_export_time(first) == _without_export_time(second)
    before = workshops.snapshot(src_db.uow(), rich_id)
    after = workshops.snapshot(db.uow(), rich_id)
    assert after.responses == before.responses and after.action_items == before.action_items
    assert after.conditions[CUSTOM_KEY] == before.conditions[CUSTOM_KEY]


def test_demo_workshop_round_trips(db, src_db, tmp_path):
    demo = create_demo_workshop(src_db.uow())
    first = export_bundle(src_db.uow(), demo.id, tmp_path / "demo.plw")
    assert import_bundle(db.uow(), first).status == "new"
    second = export_bundle(db.uow(), demo.id, tmp_path / "demo2.plw")
    assert _without_export_time(read_bundle(first)) == _without_export_time(read_bundle(second))


def test_export_replaces_an_existing_file_atomically(src_db, rich_id, tmp_path):
    target = tmp_path / "out.plw"
    target.write_bytes(b"old")
    export_bundle(src_db.uow(), rich_id, target)
    assert zipfile.is_zipfile(target)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".out")) == []


def test_bundle_document_is_pure_data(src_db, rich_id):
    when = dt.datetime(2026, 11, 23, 15, 4, 5, tzinfo=dt.UTC)
    doc = bundle_document(workshops.snapshot(src_db.uow(), rich_id), exported_at=when)
    assert doc["exported_at"] == "2026-11-23T15:04:05+00:00"
    assert json.loads(json.dumps(doc)) == doc


def test_unknown_harmless_fields_are_kept_and_written_back(db, rich_document, tmp_path):
    doc = dict(rich_document)
    doc["made_by"] = {"tool": "district-rollup", "version": "3.1"}
    doc["workshop"] = {**doc["workshop"], "region": "West"}
    import_bundle(db.uow(), write_json(tmp_path / "extra.json", doc))
    out = read_bundle(export_bundle(db.uow(), doc["workshop"]["id"], tmp_path / "back.plw"))
    assert out["made_by"] == {"tool": "district-rollup", "version": "3.1"}
    assert out["workshop"]["region"] == "West"
    assert dump_tables(db)  # the database opened and holds the rows


def test_a_minimal_bundle_from_another_tool_imports(db, tmp_path):
    """Only the required fields; texts come from the default pack."""
    doc = {
        "format": FORMAT,
        "format_version": 1,
        "exported_at": "2026-11-23T10:00:00Z",
        "framework": {"id": "kw-state-policy-pl-2019", "version": "1"},
        "workshop": {
            "id": "0b6f8a52-4c1e-4f7e-9a39-6a3fbc1d2e11",
            "title": "From elsewhere",
            "updated_at": "2026-11-23T10:00:00-05:00",
            "participants": [],
            "agenda": [],
            "assessments": [],
            "action_items": [],
            "responses": [
                {
                    "id": "7a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d",
                    "condition": "culture-of-innovation",
                    "stage": 1,
                    "question": "culture-of-innovation.s1.q1",
                    "text": "Try it",
                    "updated_at": "2026-11-23T10:00:00+01:00",
                }
            ],
        },
    }
    outcome = import_bundle(db.uow(), write_json(tmp_path / "min.json", doc))
    assert outcome.status == "new"
    snap = workshops.snapshot(db.uow(), outcome.workshop_id)
    assert snap.workshop.updated_at == dt.datetime(2026, 11, 23, 15, 0, tzinfo=dt.UTC)
    assert snap.responses[0].text == "Try it" and len(snap.conditions) == 11
