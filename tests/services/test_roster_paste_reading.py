"""Reading a pasted roster: consent columns written many ways, near group names, nothing guessed."""

from __future__ import annotations

import pytest

from plworkshop.framework import load_default_pack
from plworkshop.services.roster_paste import GroupMatcher, read_consent, read_roster_paste, recognise_header

PACK = load_default_pack()


@pytest.mark.parametrize(
    "header",
    [
        "OK to name?",
        "May be named",
        "Consent",
        "Name in report",
        "Publish name",
        "¿Se puede nombrar?",
        "Consentimiento",
        "Autoriza nombre",
        "Named in reports?",
        "Consent to be named (Y/N)",
    ],
)
def test_consent_headers_are_recognised(header):
    assert recognise_header(header) == "named"


def test_other_headers():
    assert recognise_header("Nombre") == "name"
    assert recognise_header("Organización") == "organization"
    assert recognise_header("Stakeholder group") == "group"
    assert recognise_header("Anonymous?") == "anonymous"
    assert recognise_header("Email") is None
    assert recognise_header("Dietary needs") is None


@pytest.mark.parametrize(
    "cell, value",
    [
        ("yes", True),
        ("Y", True),
        ("TRUE", True),
        ("1", True),
        ("x", True),
        ("✓", True),
        ("Sí", True),
        ("si", True),
        ("no", False),
        ("N", False),
        ("false", False),
        ("0", False),
        ("", None),
        ("maybe", None),
        ("ask me", None),
    ],
)
def test_consent_values(cell, value):
    assert read_consent(cell) is value


@pytest.mark.parametrize(
    "typed, key",
    [
        ("Teachers", "teachers-and-unions"),
        ("Parent", "families"),
        ("parents", "families"),
        ("Familias", "families"),
        ("Docentes", "teachers-and-unions"),
        ("Higher Ed", "higher-education"),
        ("Policy makers", "policymakers"),
        ("Studnets", "students"),
        ("Families", "families"),
        ("Zebras", None),
    ],
)
def test_near_group_names(typed, key):
    assert GroupMatcher(PACK).match(typed) == key


def test_a_consent_column_written_another_way_is_read_and_unclear_cells_are_not_named():
    text = (
        "Name\tRole\tOrganization\tGroup\tOK to name?\tEmail\n"
        "Ana Ruiz\tParent leader\tPTA\tParent\tyes\tana@example.org\n"
        "Ben Okafor\tTeacher\tNDEA\tTeachers\tno\tben@example.org\n"
        "Cy Doe\t\t\tZebras\tmaybe\t\n"
    )
    read = read_roster_paste(text, PACK)
    assert read.has_header and read.columns[4] == "named" and read.unknown_columns == [5]
    assert [(r.name, r.group, r.named) for r in read.rows] == [
        ("Ana Ruiz", "families", True),
        ("Ben Okafor", "teachers-and-unions", False),
        ("Cy Doe", None, None),
    ]


def test_the_facilitator_maps_a_column_that_was_not_understood():
    text = "Name\tPhoto and name release\nAna\tY\nBen\tN\n"
    read = read_roster_paste(text, PACK)
    assert read.columns == ["name", None] and not read.has_consent
    mapped = read_roster_paste(text, PACK, columns=["name", "named"])
    assert [(r.name, r.named) for r in mapped.rows] == [("Ana", True), ("Ben", False)]


def test_anonymous_column_is_consent_the_other_way_round():
    read = read_roster_paste("Name\tAnonymous?\nAna\tno\nBen\tyes\nCy\t\n", PACK)
    assert [r.named for r in read.rows] == [True, False, None]
