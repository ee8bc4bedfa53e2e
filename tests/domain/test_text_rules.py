"""The text rules: text is kept exactly as typed, and what cannot be stored is refused with one sentence."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from plworkshop.domain.errors import InvalidValue
from plworkshop.domain.text_rules import check_short_text, check_text
from plworkshop.domain.vocabulary import MAX_SHORT_TEXT, MAX_TEXT

STORABLE = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff")
    | st.sampled_from("\t\n\r")
)


@given(STORABLE)
def test_storable_text_comes_back_unchanged(value):
    assert check_text("text", value) is value


@pytest.mark.parametrize(
    "value",
    [
        "<b>bold</b> & <script>alert(1)</script>",
        "مرحبا بالعالم",
        "家长参与 👩‍👩‍👧",
        "e\u0301\u0301",
        "line one\r\nline two\ttab",
        "x" * MAX_TEXT,
    ],
)
def test_hostile_but_storable_text_is_accepted_as_is(value):
    assert check_text("text", value) == value


@pytest.mark.parametrize(
    "char, named",
    [
        ("\x00", "U+0000"),
        ("\x07", "U+0007"),
        ("\x1b", "U+001B"),
        ("\x7f", "U+007F"),
        ("\ufffe", "U+FFFE"),
        ("\ud800", "U+D800"),
    ],
)
def test_a_control_character_is_refused_and_named(char, named):
    with pytest.raises(InvalidValue) as refused:
        check_text("note", f"before{char}after")
    assert refused.value.field == "note"
    message = str(refused.value)
    assert named in message and message.startswith("The note contains")
    assert message.endswith("please remove it.")


def test_too_long_text_gives_its_length_and_the_limit():
    with pytest.raises(InvalidValue, match=r"100,001 characters long; the limit is 100,000\."):
        check_text("text", "x" * (MAX_TEXT + 1))


def test_none_is_empty_text_and_required_refuses_blank():
    assert check_text("text", None) == ""
    with pytest.raises(InvalidValue, match=r"^The title cannot be empty\.$"):
        check_text("title", "  \n ", required=True)


def test_the_label_names_the_field_in_the_message():
    with pytest.raises(InvalidValue, match=r"^The workshop title must be text\.$"):
        check_text("title", 42, label="workshop title")
    with pytest.raises(InvalidValue, match=r"^The due date must be text\.$"):
        check_text("due_date", b"bytes")


def test_short_text_is_one_line_within_its_own_limit():
    assert check_short_text("name", "Ana Ruiz  ") == "Ana Ruiz  "
    with pytest.raises(InvalidValue, match="must fit on one line"):
        check_short_text("name", "Ana\nRuiz")
    with pytest.raises(InvalidValue, match="must fit on one line"):
        check_short_text("name", "Ana\rRuiz")
    assert check_short_text("name", "n" * MAX_SHORT_TEXT) == "n" * MAX_SHORT_TEXT
    with pytest.raises(InvalidValue, match="limit is 1,000"):
        check_short_text("name", "n" * (MAX_SHORT_TEXT + 1))
