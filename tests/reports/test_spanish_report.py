"""The action-plan PDF and the exports in Spanish: headings, stage names, dates, vocabulary, overlay text."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest

from plworkshop.cli.main import main

BA = "balanced-assessments"
CL = "collaborative-leadership"


def _text(pdf: bytes) -> str:
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


@pytest.fixture
def planned(db, workshop):
    """The fixture workshop with a consensus placement, input on both conditions and a dated action."""
    from plworkshop.services import action_items, assessments, responses, workshops

    uow = db.uow
    snap = workshops.snapshot(uow(), workshop.id)
    assessments.assess_stage(uow(), workshop.id, CL, 1, note="Early days")
    assessments.assess_stage(uow(), workshop.id, BA, 2)
    responses.record_response(
        uow(),
        workshop.id,
        condition=CL,
        stage=1,
        question=snap.conditions[CL].stage(1).questions[0].key,
        text="Families belong on the steering group",
    )
    responses.record_response(
        uow(),
        workshop.id,
        condition=BA,
        stage=1,
        question=snap.conditions[BA].stage(1).questions[0].key,
        text="Fund a pilot of local assessments",
        stakeholder_group="families",
    )
    action_items.create_action_item(
        uow(),
        workshop.id,
        title="Draft the pilot",
        condition=BA,
        due=dt.date(2027, 3, 13),
        priority="high",
        status="in_progress",
        policy_lever="funding",
        owner="State board",
    )
    return workshops.snapshot(uow(), workshop.id)


def _pdf(snapshot, lang: str) -> str:
    from plworkshop.framework.loader import load_default_pack
    from plworkshop.reports.action_plan import ReportOptions, action_plan_pdf

    return _text(action_plan_pdf(snapshot, load_default_pack(), ReportOptions(lang=lang)))


SPANISH_HEADINGS = (
    "PLAN DE ACCIÓN",
    "Contenido",
    "Resumen",
    "Condiciones tratadas",
    "Las etapas en síntesis",
    "Aportes a las preguntas estratégicas",
    "Plan de acción consolidado",
    "Acciones por responsable",
    "Anexo: participantes",
    "Grupo de partes interesadas",
)
SPANISH_VOCABULARY = (
    "Exploración",
    "Replicación",
    "Transformación estatal",
    "Aún no iniciado",
    "Familias",
    "Responsables de políticas",
    "En curso",
    "Alta",
    "Financiamiento",
)


def test_spanish_pdf_has_spanish_headings_stages_and_dates(planned):
    text = _pdf(planned, "es")
    missing = [h for h in SPANISH_HEADINGS + SPANISH_VOCABULARY if h not in text]
    assert missing == []
    assert "23 de noviembre de 2026" in text  # the workshop's date on the cover and in the header
    assert "13 de marzo de 2027" in text and "13 mar 2027" in text  # long and short forms
    assert re.search(r"Página 2 de \d+", text)
    assert "La sala ubicó al estado en Etapa 1 — Exploración." in text
    for english in (
        "Contents",
        "Summary",
        "Exploration",
        "Statewide Transformation",
        "November",
        "Page 1 of",
        "In progress",
        "Policymakers",
        "Unattributed",
        "Anonymous",
    ):
        assert english not in text, english


def test_english_pdf_has_none_of_the_spanish(planned):
    text = _pdf(planned, "en")
    assert "Contents" in text and "Exploration" in text and "November 23, 2026" in text
    for spanish in SPANISH_HEADINGS + (
        "Exploración",
        "Transformación estatal",
        "noviembre",
        "Página",
        "Evaluaciones equilibradas",
        "traducción no oficial",
    ):
        assert spanish not in text, spanish


def test_overlay_text_is_used_and_marked_official_text_is_not_touched(planned):
    from plworkshop.framework.loader import load_default_pack

    text = _pdf(planned, "es")
    pack = load_default_pack()
    official = pack.condition(CL)
    # the adapted condition is printed in its (unofficial) Spanish translation, and says so
    assert "Evaluaciones equilibradas" in text and "Balanced Assessments" not in text
    assert "Traducción no oficial al español" in text
    assert "¿En qué ayuda" in text  # its first strategic question, from the overlay
    # the official condition keeps the publisher's English wording, character for character
    assert " ".join(official.stage(1).goal.split()) in text
    assert " ".join(official.stage(1).questions[0].text.split()) in text
    assert "Se muestra en inglés, con la redacción oficial del editor." in text


def test_edited_text_is_not_replaced_by_a_stale_translation(planned):
    from dataclasses import replace

    from plworkshop.framework.loader import load_default_pack
    from plworkshop.reports.action_plan import ReportOptions, build_action_plan

    ba = planned.conditions[BA]
    edited = replace(ba, title="Balanced Assessments (our state's wording)")
    snap = replace(planned, conditions={**planned.conditions, BA: edited})
    data = build_action_plan(snap, load_default_pack(), ReportOptions(lang="es"))
    section = next(c for c in data.conditions if c.key == BA)
    assert section.title == "Balanced Assessments (our state's wording)"
    assert section.language == "mixed"


def test_every_report_string_has_spanish_with_the_same_placeholders():
    from plworkshop.reports.action_plan.strings import EDITION_ONLY, EN, strings

    spanish, english = strings("es"), strings("en")
    same_in_both = {
        "minutes",
        "no_due",
        "cover_total",
        "agenda_total",
        "agenda_title",
        "theme_ideas",
        "theme_ideas_1",
        "theme_ideas_n",
    }
    for key, source in EN.items():
        assert sorted(re.findall(r"\{\w+\}", source)) == sorted(re.findall(r"\{\w+\}", spanish[key])), key
        assert spanish[key] != source or key in same_in_both, f"{key} is not translated"
        assert english[key] == ("" if key in EDITION_ONLY else source)


def test_cli_report_lang_es_after_and_before_the_command(planned, tmp_path):
    after, before, english = tmp_path / "after.pdf", tmp_path / "before.pdf", tmp_path / "en.pdf"
    assert main(["report", "Fixture", "-o", str(after), "--lang", "es"]) == 0
    assert main(["--lang", "es", "report", "Fixture", "-o", str(before)]) == 0
    assert main(["--lang", "es", "report", "Fixture", "-o", str(english), "--lang", "en"]) == 0
    for path in (after, before):
        text = _text(path.read_bytes())
        assert "Plan de acción consolidado" in text and "Transformación estatal" in text
    assert "Consolidated action plan" in _text(english.read_bytes())


def test_cli_export_lang_es_uses_the_shared_vocabulary(planned, tmp_path):
    from plworkshop.domain import vocabulary_es

    out = tmp_path / "plan.md"
    assert main(["export", "Fixture", "--format", "md", "-o", str(out), "--lang", "es"]) == 0
    text = out.read_text(encoding="utf-8")
    for word in (
        vocabulary_es.status_label("in_progress", "es"),
        vocabulary_es.priority_label("high", "es"),
        vocabulary_es.stage_name(2, "es"),
        "Familias",
        "Financiamiento",
        "Plan de acción",
    ):
        assert word in text, word
    assert "In progress" not in text and "Policymakers" not in text and "(Families)" not in text
