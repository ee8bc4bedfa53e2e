"""Anonymity in every format: a person who declined is never named; --anonymous names nobody."""

from __future__ import annotations

import re

import pytest
from export_readers import any_text
from export_samples import NAMES

from plworkshop.reports.exports import export_workshop

FORMATS = {"xlsx": "plan.xlsx", "docx": "plan.docx", "csv": "plan.zip", "md": "plan.md"}


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_a_person_who_declined_is_never_named(rich_snapshot, pack, tmp_path, fmt, rich):
    _, said = rich
    text = any_text(export_workshop(rich_snapshot, pack, fmt, tmp_path / FORMATS[fmt]), fmt)
    assert "Ben" not in text and "Okafor" not in text
    assert said["ben"] in text  # his words are kept, attributed to his group
    assert "Teachers and their unions" in text
    assert "Ana Ruiz" in text and "Chen Wu" in text  # people who agreed are named
    assert "Pat Lee" in text


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_anonymous_names_nobody(rich_snapshot, pack, tmp_path, fmt, rich):
    _, said = rich
    text = any_text(export_workshop(rich_snapshot, pack, fmt, tmp_path / FORMATS[fmt], anonymous=True), fmt)
    for name in (*NAMES, "Pat Lee", "Senator"):
        for part in name.split():  # whole words: "Pat" is inside the condition title "…Pathways"
            assert not re.search(rf"\b{re.escape(part)}\b", text), (fmt, part)
    assert said["ana"] in text and said["chen"] in text
    assert "Families" in text and "Policymakers" in text


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_names_typed_into_free_text_are_withheld_like_the_pdf(rich_snapshot, pack, tmp_path, fmt):
    from export_samples import with_texts

    snap = with_texts(
        rich_snapshot,
        response="Ask ben okafor, or Ana Ruiz, about it",
        note="Ben Okafor disagreed",
        owner="Ana Ruiz",
        description="Pat Lee follows up",
    )
    text = any_text(export_workshop(snap, pack, fmt, tmp_path / FORMATS[fmt]), fmt)
    assert "okafor" not in text.lower()
    assert "Ask [name withheld], or Ana Ruiz, about it" in text
    assert "[name withheld] disagreed" in text
    anonymous = any_text(
        export_workshop(snap, pack, fmt, tmp_path / ("anon-" + FORMATS[fmt]), anonymous=True), fmt
    )
    assert "Ask [name withheld], or [name withheld], about it" in anonymous
    assert "[name withheld] follows up" in anonymous
    for part in ("Okafor", "Ruiz", "Pat Lee"):
        assert part not in anonymous
