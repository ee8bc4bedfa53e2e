"""Spanish vocabulary and the content pack's translation overlay (no Qt)."""

from __future__ import annotations

from dataclasses import replace

from plworkshop.domain import vocabulary_es
from plworkshop.framework.loader import load_default_pack
from plworkshop.framework.translations import load_translation, localize_condition, localize_from_pack


def test_stage_and_action_vocabulary_in_spanish():
    assert vocabulary_es.stage_names("es") == {
        1: "Exploración",
        2: "Replicación",
        3: "Transformación estatal",
    }
    assert vocabulary_es.stage_name(0, "es") == "Aún no iniciado"
    assert vocabulary_es.stage_name(3, "en") == "Statewide Transformation"
    assert vocabulary_es.priority_label("high", "es") == "Alta"
    assert vocabulary_es.status_label("in_progress", "es") == "En curso"
    assert vocabulary_es.status_label("in_progress", "en") == "In progress"


def test_every_shipped_term_has_a_spanish_label():
    pack = load_default_pack()
    for kind in ("strategies", "stakeholder_groups", "policy_levers", "barriers"):
        for term in getattr(pack, kind):
            spanish = vocabulary_es.term_label(kind, term.key, term.label, "es")
            assert spanish and spanish != term.label, (kind, term.key)


def test_a_renamed_or_new_term_stays_as_written():
    assert (
        vocabulary_es.term_label("stakeholder_groups", "families", "Parents and carers", "es")
        == "Parents and carers"
    )
    assert (
        vocabulary_es.term_label("stakeholder_groups", "tribal-nations", "Tribal nations", "es")
        == "Tribal nations"
    )


def test_overlay_translates_adapted_text_and_tags_its_language():
    pack = load_default_pack()
    localized = localize_from_pack(pack.condition("balanced-assessments"), pack, "es")
    assert localized.condition.title == "Evaluaciones equilibradas"
    assert localized.condition.question("balanced-assessments.s1.q1").text.startswith("¿En qué ayuda")
    assert localized.language == "es"
    assert localized.official_translation is False
    assert "no oficial" in localized.notice.lower()


def test_official_text_is_not_translated():
    pack = load_default_pack()
    official = pack.condition("collaborative-leadership")
    localized = localize_from_pack(official, pack, "es")
    assert localized.condition == official
    assert localized.language == "en"


def test_an_edited_text_keeps_its_own_wording_and_is_tagged_english():
    pack = load_default_pack()
    shipped = pack.condition("balanced-assessments")
    stage = shipped.stage(1)
    edited_question = replace(stage.questions[0], text="Our own question for this state?")
    edited = replace(shipped, stages=(replace(stage, questions=(edited_question,)), *shipped.stages[1:]))
    localized = localize_condition(edited, load_translation(pack.id, "es"), shipped)
    assert localized.condition.question(edited_question.key).text == "Our own question for this state?"
    assert localized.language_of(edited_question.key) == "en"
    assert localized.language_of("title") == "es"
    assert localized.language == "mixed"


def test_english_interface_uses_no_overlay():
    pack = load_default_pack()
    condition = pack.condition("balanced-assessments")
    assert localize_from_pack(condition, pack, "en").condition == condition
