"""Which paper the locale expects: Letter in the Americas' letter countries, A4 elsewhere."""

from __future__ import annotations

import pytest

from plworkshop.reports.paper import check_paper, default_paper, paper_for, territory_of


@pytest.mark.parametrize(
    ("name", "paper"),
    [
        ("en_US.UTF-8", "letter"),
        ("es_MX.UTF-8", "letter"),
        ("fr_CA", "letter"),
        ("fil_PH.UTF-8", "letter"),
        ("en_GB.UTF-8", "a4"),
        ("de_DE@euro", "a4"),
        ("es_ES", "a4"),
        ("English_United States", "letter"),
        ("German_Germany", "a4"),
        ("C", "letter"),
        ("POSIX", "letter"),
        (None, "letter"),
    ],
)
def test_paper_for_a_locale(name, paper):
    assert paper_for(name) == paper


def test_territory_of():
    assert territory_of("pt_BR.UTF-8") == "BR" and territory_of("en") is None


def test_default_paper_reads_lc_all_then_lc_paper_then_lang(monkeypatch):
    for variable in ("LC_ALL", "LC_PAPER", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert default_paper() == "letter"
    monkeypatch.setenv("LC_PAPER", "de_DE.UTF-8")
    assert default_paper() == "a4"
    monkeypatch.setenv("LC_ALL", "es_MX.UTF-8")
    assert default_paper() == "letter"


def test_check_paper_says_what_is_wrong():
    assert check_paper("A4") == "a4" and check_paper("Letter") == "letter"
    with pytest.raises(ValueError, match="letter or a4"):
        check_paper("legal")
