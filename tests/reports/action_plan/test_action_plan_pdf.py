"""The action-plan PDF opened with pypdf: content, privacy, metadata, outline, escaping."""

from __future__ import annotations

import io
import re

import pypdf
from report_pdf_text import pdf_text, squash

from plworkshop.reports.action_plan import ReportOptions, action_plan_pdf


def _outline_titles(reader: pypdf.PdfReader) -> list[str]:
    out = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                out.append(item.title)

    walk(reader.outline)
    return out


def test_pdf_holds_conditions_actions_and_attributed_input(filled_workshop, pack):
    pdf = action_plan_pdf(filled_workshop, pack)
    assert pdf.startswith(b"%PDF")
    text = pdf_text(pdf)
    for condition in filled_workshop.agenda_conditions():
        assert squash(condition.title) in text
    for item in (
        "Draft the coalition charter",
        "Survey districts on testing time",
        "Charter adopted by June",
    ):
        assert squash(item) in text
    assert squash("Ana Ruiz (Families)") in text
    assert squash("Chen Wu (Policymakers)") in text
    assert squash("Union reps need release time") in text
    assert "Withdrawn" not in text
    assert "Okafor" not in text
    assert squash("Adapted text") in text  # balanced assessments is adapted wording
    assert squash("Official text") in text


def test_anonymous_pdf_leaks_no_name(filled_workshop, pack):
    text = pdf_text(action_plan_pdf(filled_workshop, pack, ReportOptions(anonymous=True)))
    for name in ("Ana", "Ruiz", "Okafor", "Chen Wu", "Pat Lee"):
        assert name not in text
    assert squash("Families belong on the steering group") in text
    reader_meta = pypdf.PdfReader(
        io.BytesIO(action_plan_pdf(filled_workshop, pack, ReportOptions(anonymous=True)))
    ).metadata
    assert "Pat Lee" not in (reader_meta.author or "")


def test_metadata_outline_and_page_numbers(filled_workshop, pack):
    reader = pypdf.PdfReader(io.BytesIO(action_plan_pdf(filled_workshop, pack)))
    meta = reader.metadata
    assert meta.title.startswith("Fixture convening")
    assert meta.author == "Pat Lee"
    assert "Action plan" in meta.subject
    titles = _outline_titles(reader)
    assert "Summary" in titles and "Consolidated action plan" in titles
    assert "1. Collaborative Leadership" in titles and "2. Balanced Assessments" in titles
    pages = len(reader.pages)
    last = squash(reader.pages[-1].extract_text())
    assert f"Page{pages}of{pages}" in last
    fonts = [f.get_object() for page in reader.pages for f in page["/Resources"]["/Font"].values()]
    assert {str(f["/BaseFont"]).split("+")[-1] for f in fonts} >= {"DejaVuSans", "DejaVuSans-Bold"}
    for font in fonts:  # every font is an embedded TrueType subset: no base-14 Helvetica anywhere
        assert font["/Subtype"] == "/TrueType", font["/BaseFont"]
        assert "/FontFile2" in font["/FontDescriptor"].get_object()


def test_contents_page_lists_sections_with_page_numbers(filled_workshop, pack):
    reader = pypdf.PdfReader(io.BytesIO(action_plan_pdf(filled_workshop, pack)))
    contents = re.sub(r"\s+", " ", reader.pages[1].extract_text()) + " "
    assert "Contents" in contents
    pages = [squash(p.extract_text()) for p in reader.pages]
    for title in ("Summary", "Consolidated action plan", "2. Balanced Assessments"):
        page = next(i for i, t in enumerate(pages, 1) if i > 2 and squash(title) in t)
        assert re.search(re.escape(title) + r" \.{5,} " + str(page) + " ", contents), (title, page)


def test_markup_is_printed_literally(filled_workshop, pack):
    text = pdf_text(action_plan_pdf(filled_workshop, pack))
    assert squash('<b>bold?</b> & <unclosed <img src="/etc/passwd"> x<y') in text


def test_empty_workshop_gives_a_clean_report(db, pack):
    from plworkshop.services import workshops

    w = workshops.create_workshop(db.uow(), title="Nothing yet")
    pdf = action_plan_pdf(workshops.snapshot(db.uow(), w.id), pack)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    text = pdf_text(pdf)
    assert squash("No conditions were on the agenda.") in text
    assert squash("No action items were recorded.") in text
    assert squash("No participants were recorded.") in text
    assert len(reader.pages) >= 5


def test_a_20000_character_response_splits_across_pages(db, workshop, pack):
    from plworkshop.services import action_items, responses, workshops

    words = " ".join(f"w{i:05d}" for i in range(3300))[:20_000]
    responses.record_response(
        db.uow(),
        workshop.id,
        condition="collaborative-leadership",
        stage=1,
        question="collaborative-leadership.s1.q1",
        text=words,
    )
    action_items.create_action_item(
        db.uow(), workshop.id, title="Long measure", measure_of_success=words, partners=words
    )
    pdf = action_plan_pdf(workshops.snapshot(db.uow(), workshop.id), pack)
    text = pdf_text(pdf)
    last = words.split()[-2]
    assert text.count("w00000w00001w00002") >= 2  # response and action card (table columns interleave)
    assert text.count(last) >= 3  # response, action card, consolidated table (partners/measure)
    assert len(pypdf.PdfReader(io.BytesIO(pdf)).pages) > 15
