"""Each refusal rule of docs/bundle-format.md on a crafted workshop.json: one sentence, nothing stored."""

from __future__ import annotations

import copy

import pytest
from bundle_helpers import CUSTOM_KEY, dump_tables, write_json

from plworkshop.domain.errors import BundleRefused
from plworkshop.services.bundles import import_bundle, read_bundle

OTHER_UUID = "11111111-2222-4333-8444-555555555555"


def _w(doc):
    return doc["workshop"]


def _set(path, value):
    """A mutation setting doc[path...] = value (path items are keys or list indexes)."""

    def mutate(doc):
        target = doc
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value

    return mutate


def _drop(path):
    def mutate(doc):
        target = doc
        for part in path[:-1]:
            target = target[part]
        del target[path[-1]]

    return mutate


def _no_custom_text(doc):
    del doc["framework_text"], doc["custom_conditions"]


def _broken_custom_text(doc):
    del doc["framework_text"]
    doc["custom_conditions"][0]["stages"] = "three"


def _duplicate_response(doc):
    _w(doc)["responses"].append(copy.deepcopy(_w(doc)["responses"][0]))


W, R, A, P, S, G = "workshop", "responses", "action_items", "participants", "assessments", "agenda"

CASES = {
    "wrong format": (_set(["format"], "excel-export"), "not a plworkshop bundle"),
    "format missing": (_drop(["format"]), "not a plworkshop bundle"),
    "newer format version": (_set(["format_version"], 3), "made by a newer version of plworkshop"),
    "version as text": (_set(["format_version"], "1"), "format_version must be a whole number"),
    "exported_at missing": (_drop(["exported_at"]), "lacks the required field exported_at"),
    "workshop missing": (_drop([W]), "lacks the required field workshop."),
    "workshop not an object": (_set([W], []), "field workshop must be an object, not a list"),
    "workshop id missing": (_drop([W, "id"]), "lacks the required field workshop.id."),
    "workshop id not a uuid": (_set([W, "id"], "42"), "workshop.id “42” is not a UUID"),
    "title empty": (_set([W, "title"], "  "), "workshop.title is refused: the text cannot be empty"),
    "stage missing": (_drop([W, R, 1, "stage"]), "lacks the required field workshop.responses[1].stage"),
    "stage as text": (
        _set([W, R, 1, "stage"], "1"),
        "workshop.responses[1].stage must be a whole number, not text",
    ),
    "stage out of range": (
        _set([W, R, 1, "stage"], 7),
        "workshop.responses[1].stage must be between 1 and 3",
    ),
    "stage mismatching question": (_set([W, R, 0, "stage"], 2), "belongs to stage 1"),
    "placement out of range": (
        _set([W, S, 0, "stage"], 4),
        "workshop.assessments[0].stage must be between 0 and 3",
    ),
    "participants not a list": (_set([W, P], {}), "workshop.participants must be a list, not an object"),
    "dangling participant": (_set([W, R, 0, "participant"], OTHER_UUID), "refers to participant"),
    "dangling placement participant": (_set([W, S, 1, "participant"], OTHER_UUID), "refers to participant"),
    "unknown condition": (_set([W, R, 0, "condition"], "time-travel"), "names the condition “time-travel”"),
    "unknown agenda condition": (_set([W, G, 0, "condition"], "nope"), "workshop.agenda[0].condition names"),
    "custom condition without its text": (_no_custom_text, f"names the condition “{CUSTOM_KEY}”"),
    "custom condition text broken": (
        _broken_custom_text,
        "custom_conditions[0].stages must be a non-empty list",
    ),
    "unknown question": (
        _set([W, R, 0, "question"], "collaborative-leadership.s9.q9"),
        "not a strategic question",
    ),
    "dangling response id": (_set([W, A, 1, "response_ids", 0], OTHER_UUID), "refers to response"),
    "response text too long": (
        _set([W, R, 0, "text"], "x" * 100_001),
        "is 100,001 characters long; the limit is 100,000",
    ),
    "notes too long": (_set([W, "notes"], "é" * 100_001), "workshop.notes is refused"),
    "control character": (_set([W, A, 0, "description"], "bell\x07"), "control character (U+0007"),
    "unknown priority": (_set([W, A, 0, "priority"], "urgent"), "must be one of high, medium, low"),
    "unknown status": (
        _set([W, A, 0, "status"], "doing"),
        "must be one of planned, in_progress, done, blocked",
    ),
    "unknown lever": (_set([W, A, 0, "policy_lever"], "magic"), "not a known policy lever"),
    "unknown group": (_set([W, P, 0, "stakeholder_group"], "aliens"), "not a known stakeholder group"),
    "due not a date": (_set([W, A, 0, "due"], "soon"), "“soon” is not a date"),
    "time without offset": (_set([W, R, 0, "updated_at"], "2026-11-23T10:00:00"), "has no UTC offset"),
    "hidden as text": (_set([W, R, 0, "hidden"], "yes"), "hidden must be true or false, not text"),
    "negative votes": (_set([W, R, 0, "votes"], -1), "votes must be between 0"),
    "repeated id": (_duplicate_response, "repeats the id"),
    "name on two lines": (_set([W, P, 0, "name"], "Ana\nRuiz"), "must fit on one line"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_refusal_rule_leaves_the_database_unchanged(case, db, workshop, shared_rich_document, tmp_path):
    mutate, message = CASES[case]
    doc = copy.deepcopy(shared_rich_document)
    mutate(doc)
    path = write_json(tmp_path / "crafted.json", doc)
    before = dump_tables(db)
    with pytest.raises(BundleRefused) as refused:
        import_bundle(db.uow(), path)
    text = str(refused.value)
    assert message in text
    assert "\n" not in text and text.endswith(".") and len(text) < 400
    assert dump_tables(db) == before
    with pytest.raises(BundleRefused):
        read_bundle(path)


def test_the_unmodified_document_imports(db, workshop, shared_rich_document, tmp_path):
    """The cases above fail because of their one change, not because the base document is bad."""
    assert import_bundle(db.uow(), write_json(tmp_path / "ok.json", shared_rich_document)).status == "new"
