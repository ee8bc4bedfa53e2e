"""Whatever a person can type survives the database unchanged, or is refused at entry with a reason."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plworkshop.domain.errors import InvalidValue
from plworkshop.domain.text_rules import check_text
from plworkshop.services import action_items, responses, roster

HOSTILE_SAMPLES = [
    "<b>bold</b> & <unclosed <img src='/etc/passwd'/> <br>",
    "Emoji 👩🏽‍🏫🎓 and flags 🇺🇸 and ZWJ 👨‍👩‍👧",
    "מדיניות חינוך — عربي: سياسة التعليم",
    "e\u0301 a\u0308 Z̴̢͉̈́a̶̧͊l̷͇̈g̵͕̈́o",
    "中文和日本語のテキスト",
    '=HYPERLINK("http://evil","click")',
    "line one\nline two\r\n\ttabbed",
    "x" * 100_000,
]

typed_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=1,
    max_size=300,
).filter(lambda s: s.strip())


@pytest.mark.parametrize("text", HOSTILE_SAMPLES, ids=range(len(HOSTILE_SAMPLES)))
def test_hostile_samples_round_trip(db, workshop, text):
    r = responses.record_response(
        db.uow(),
        workshop.id,
        condition="collaborative-leadership",
        stage=1,
        question="collaborative-leadership.s1.q1",
        text=text,
    )
    assert responses.list_responses(db.uow(), workshop.id)[0].text == text
    item = action_items.create_action_item(
        db.uow(),
        workshop.id,
        title=text.splitlines()[0][:1000],
        measure_of_success=text,
        response_ids=(r.id,),
    )
    assert action_items.list_action_items(db.uow(), workshop.id)[0].measure_of_success == text
    assert item.title == text.splitlines()[0][:1000]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=typed_text)
def test_any_typed_text_is_stored_unchanged_or_refused_clearly(db, workshop, text):
    try:
        check_text("text", text)
    except InvalidValue as refused:
        assert "control character" in str(refused)
        with pytest.raises(InvalidValue):
            responses.record_response(
                db.uow(),
                workshop.id,
                condition="balanced-assessments",
                stage=2,
                question="balanced-assessments.s2.q1",
                text=text,
            )
        return
    r = responses.record_response(
        db.uow(),
        workshop.id,
        condition="balanced-assessments",
        stage=2,
        question="balanced-assessments.s2.q1",
        text=text,
    )
    stored = {x.id: x.text for x in responses.list_responses(db.uow(), workshop.id)}
    assert stored[r.id] == text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=typed_text.filter(lambda s: "\n" not in s and "\r" not in s))
def test_names_survive_unchanged(db, workshop, name):
    try:
        person = roster.add_participant(db.uow(), workshop.id, name=name, stakeholder_group="students")
    except InvalidValue as refused:
        assert "control character" in str(refused) or "limit" in str(refused)
        return
    names = {p.id: p.name for p in roster.list_participants(db.uow(), workshop.id)}
    assert names[person.id] == name


def test_nul_and_controls_are_refused_with_the_character_named(db, workshop):
    with pytest.raises(InvalidValue, match="U\\+0000"):
        responses.record_response(
            db.uow(),
            workshop.id,
            condition="collaborative-leadership",
            stage=1,
            question="collaborative-leadership.s1.q1",
            text="a\x00b",
        )
    with pytest.raises(InvalidValue, match="U\\+001B"):
        roster.add_participant(db.uow(), workshop.id, name="esc\x1b[31m", stakeholder_group="students")
