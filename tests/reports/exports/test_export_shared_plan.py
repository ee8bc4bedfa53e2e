"""The DOCX and Markdown plans are the PDF report's data: same content, same order, same language."""

from __future__ import annotations

import docx

from plworkshop.reports.action_plan.data import ReportOptions, build_action_plan
from plworkshop.reports.exports import export_workshop
from plworkshop.reports.exports.plan import build_plan


def test_document_plan_is_the_pdf_data(rich_snapshot, pack):
    plan = build_plan(rich_snapshot, pack, anonymous=True, lang="es")
    pdf = build_action_plan(
        rich_snapshot, pack, ReportOptions(anonymous=True, lang="es"), today=plan.data.generated_on
    )
    assert plan.data == pdf
    first = plan.sections[0]
    question = first.questions[0]
    assert [line.text for line in question.top] == [line.text for line in question.source.ranked()][:5]
    assert question.total == sum(len(g.responses) for g in question.source.groups)


def test_spanish_exports_print_the_overlay_marked_as_unofficial(rich_snapshot, pack, tmp_path):
    pdf = build_action_plan(rich_snapshot, pack, ReportOptions(lang="es"))
    translated = next(c for c in pdf.conditions if c.language == "es")
    english = build_action_plan(rich_snapshot, pack).conditions
    assert translated.title not in [c.title for c in english]  # the overlay's title, not the English one
    text = export_workshop(rich_snapshot, pack, "md", tmp_path / "plan.md", lang="es").read_text("utf-8")
    assert f"## {translated.title} (adaptada)" in text
    assert "Traducción no oficial al español" in text
    assert "traducción no oficial del proyecto" in text  # the notice the Spanish PDF prints
    assert translated.questions[0].question in text.replace("\\", "")
    document = docx.Document(
        str(export_workshop(rich_snapshot, pack, "docx", tmp_path / "plan.docx", lang="es"))
    )
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert f"{translated.title} (adaptada)" in headings
    paragraphs = [p.text for p in document.paragraphs]
    assert pdf.translation_notice in paragraphs
    assert any(p.startswith("Traducción no oficial al español") for p in paragraphs)
    official = headings.index("Collaborative Leadership")  # official text stays English, and says so
    after = paragraphs[paragraphs.index("Collaborative Leadership") + 1]
    assert official >= 0 and after == "Se muestra en inglés, con la redacción oficial del editor."
