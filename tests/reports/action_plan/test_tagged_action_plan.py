"""The action plan as an accessible (tagged) PDF, checked with an independent checker and with poppler."""

from __future__ import annotations

import re
import shutil
import subprocess

import pikepdf
import pytest
from pdf_ua_check import pdf_ua_problems

from plworkshop.reports.action_plan import ReportOptions, action_plan_pdf

needs_poppler = pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils is not installed")


def _words(text: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]{3,}", text))


@pytest.mark.parametrize(
    "lang, anonymous, full", [("en", False, False), ("es", False, True), ("en", True, True)]
)
def test_the_action_plan_meets_the_checkable_pdf_ua_conditions(
    filled_workshop, pack, tmp_path, lang, anonymous, full
):
    path = tmp_path / "plan.pdf"
    options = ReportOptions(lang=lang, anonymous=anonymous, full=full)
    path.write_bytes(action_plan_pdf(filled_workshop, pack, options))
    assert pdf_ua_problems(path) == []
    with pikepdf.open(path) as pdf:
        assert str(pdf.Root.Lang) == {"en": "en-US", "es": "es"}[lang]
        assert filled_workshop.workshop.title in str(pdf.open_metadata()["dc:title"])


@needs_poppler
def test_poppler_reads_every_word_of_the_body_in_the_structure(filled_workshop, pack, tmp_path):
    """Nothing a reader needs was left as an artifact: every word on the pages, apart from the running
    header and footer and the contents' leaders, is in the structure tree's text."""
    path = tmp_path / "plan.pdf"
    path.write_bytes(action_plan_pdf(filled_workshop, pack, ReportOptions()))
    shown = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    tagged = subprocess.run(
        ["pdfinfo", "-struct-text", str(path)], capture_output=True, text=True, check=True
    ).stdout
    running = _words(
        f"{filled_workshop.workshop.title} Action plan Page of State Policy Framework for "
        f"Personalized Learning"
    )
    joined = "".join(tagged.split())  # poppler joins a paragraph's lines without the space between
    missing = {word for word in _words(shown) - running if word not in joined}
    assert missing == set()
    # the structure reads in page order: the cover, the contents, the summary, then the conditions
    order = [
        tagged.index(filled_workshop.workshop.title),
        tagged.index("TOC"),
        tagged.index("Summary"),
        tagged.index("Consolidated action plan"),
    ]
    assert order == sorted(order)
    for tag in ("H1", "H2", "H3", "Table", "TH", "TD", "Figure", "TOCI", "Link", "L", "LI"):
        assert re.search(rf"^\s*{tag}\b", tagged, re.MULTILINE), tag


def test_framework_text_left_in_english_is_marked_english_in_the_spanish_plan(
    filled_workshop, pack, tmp_path
):
    path = tmp_path / "plan.pdf"
    path.write_bytes(action_plan_pdf(filled_workshop, pack, ReportOptions(lang="es")))
    with pikepdf.open(path) as pdf:
        langs = set()

        def walk(node):
            if isinstance(node, pikepdf.Dictionary):
                if "/Lang" in node:
                    langs.add(str(node.Lang))
                for kid in node.get("/K", []) if isinstance(node.get("/K"), pikepdf.Array) else []:
                    walk(kid)

        walk(pdf.Root.StructTreeRoot.K[0])
    assert "en-US" in langs
