"""The gettext catalogues outside Qt: complete, current with the source, compiled, and read by language."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from plworkshop.i18n import DOMAIN, catalogue, locale_dir, translate

ROOT = Path(__file__).resolve().parents[2]
SPANISH_PO = ROOT / "resources" / "locale" / "es" / "LC_MESSAGES" / f"{DOMAIN}.po"

sys.path.insert(0, str(ROOT / "scripts"))
import update_catalogs  # noqa: E402


def _messages(path: Path, reader=read_po) -> dict[tuple[str | None, str], str]:
    with path.open("rb") as handle:
        catalog = reader(handle)
    return {(m.context, m.id): m.string for m in catalog if m.id}


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> dict:
    """What `pybabel extract` finds in the source right now."""
    return _messages(update_catalogs.extract(tmp_path_factory.mktemp("pot") / "plworkshop.pot"))


def test_the_spanish_catalogue_holds_exactly_the_strings_of_the_source(template):
    """Fails when a string was added, changed or removed without running scripts/update_catalogs.py."""
    spanish = _messages(SPANISH_PO)
    new = sorted(set(template) - set(spanish))
    gone = sorted(set(spanish) - set(template))
    assert not new, f"not in the .po yet (run scripts/update_catalogs.py): {new[:5]}"
    assert not gone, f"no longer in the source (run scripts/update_catalogs.py): {gone[:5]}"
    assert len(template) > 200


def test_every_string_has_a_spanish_translation_with_the_same_placeholders():
    assert update_catalogs.untranslated(SPANISH_PO) == []
    for (context, english), spanish in _messages(SPANISH_PO).items():
        placeholders = sorted(re.findall(r"\{\w+\}", english))
        assert sorted(re.findall(r"\{\w+\}", spanish)) == placeholders, f"{context}: {english}"


def test_the_compiled_catalogue_is_the_current_po():
    compiled = _messages(SPANISH_PO.with_suffix(".mo"), read_mo)
    assert compiled == _messages(SPANISH_PO), "the .mo is stale: run scripts/update_catalogs.py"


def test_lookup_by_language_and_context():
    assert locale_dir() == ROOT / "resources" / "locale"
    assert translate("es", "stage", "Statewide Transformation") == "Transformación estatal"
    assert translate("es", "short stage", "Statewide") == "Estatal"
    # one English word, two contexts, two translations
    assert translate("es", "report", "Stakeholder group") == "Grupo de partes interesadas"
    assert translate("es", "export", "Stakeholder group") == "Grupo de interés"
    # English, unknown languages and unknown strings all come back as written
    assert translate("en", "stage", "Exploration") == "Exploration"
    assert translate("fr", "stage", "Exploration") == "Exploration"
    assert translate("es", "stage", "A state's own stage") == "A state's own stage"
    assert catalogue("es") is catalogue("es")
