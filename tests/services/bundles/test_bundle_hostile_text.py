"""Whatever a person can type survives export and import unchanged (hypothesis), up to 100,000 chars."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plworkshop.services import action_items, responses, roster, workshops
from plworkshop.services.bundles import export_bundle, import_bundle
from plworkshop.storage.opening import open_database

_FORBIDDEN = [chr(c) for c in range(32) if chr(c) not in "\t\n\r"] + ["\x7f", "\ufffe", "\uffff"]
_PIECES = [
    "<b>",
    "</para>",
    "<img src='/etc/passwd'/>",
    "&amp;",
    "&#0;",
    "=SUM(A1:A9)",
    "+1-2",
    "@cmd",
    "👩🏽‍🏫",
    "🏳️‍🌈",
    "مرحبا بالعالم",
    "שלום",
    "\u202eevil\u202c",
    "e\u0301\u0327",
    "Z̴̡̛a̷l̸g̵o",
    "\u200b\u200d",
    "'; DROP TABLE responses;--",
    "${jndi:ldap://x}",
    "\\u0000",
    "中文字",
    "\t",
]
_chars = st.characters(blacklist_categories=("Cs",), blacklist_characters=_FORBIDDEN)
_text = (
    st.lists(
        st.one_of(st.text(_chars, max_size=12), st.sampled_from(_PIECES + ["\n", "\r\n"])),
        min_size=1,
        max_size=10,
    )
    .map("".join)
    .filter(lambda s: s.strip())
)
_line = _text.map(lambda s: s.replace("\r", " ").replace("\n", " ")).filter(lambda s: s.strip())


@pytest.fixture(scope="module")
def databases(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    source = open_database(f"sqlite:///{folder / 'source.db'}")
    target = open_database(f"sqlite:///{folder / 'target.db'}")
    yield source, target, folder
    source.dispose()
    target.dispose()


def _round_trip(databases, line: str, body: str):
    source, target, folder = databases
    w = workshops.create_workshop(source.uow(), title=line, notes=body, location=line)
    person = roster.add_participant(source.uow(), w.id, name=line, role=line, stakeholder_group="students")
    said = responses.record_response(
        source.uow(),
        w.id,
        condition="collaborative-leadership",
        stage=1,
        question="collaborative-leadership.s1.q1",
        text=body,
        participant_id=person.id,
    )
    action_items.create_from_response(
        source.uow(), w.id, said.id, title=line, description=body, owner=line, measure_of_success=body
    )
    path = export_bundle(source.uow(), w.id, folder / f"{w.id}.plw")
    assert import_bundle(target.uow(), path).status == "new"
    before, after = workshops.snapshot(source.uow(), w.id), workshops.snapshot(target.uow(), w.id)
    assert after == before
    assert after.workshop.notes == body and after.participants[0].name == line
    assert after.responses[0].text == body and after.action_items[0].description == body


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(line=_line.filter(lambda s: len(s) <= 1000), body=_text)
def test_hostile_text_survives_export_and_import(databases, line, body):
    _round_trip(databases, line, body)


def test_the_longest_text_allowed_survives(databases):
    body = ("مرحبا 👩🏽‍🏫 <b>&amp;</b> e\u0301 " * 5000)[:99_999] + "!"
    assert len(body) == 100_000
    _round_trip(databases, "L" * 1000, body)
