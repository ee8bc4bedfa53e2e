"""The DOCX and Markdown action plans: structure, content, and user text that cannot break them."""

from __future__ import annotations

import docx
import pytest
from export_readers import md_unblock, md_unescape
from export_samples import with_texts

from plworkshop.reports.exports import export_workshop
from plworkshop.reports.exports.markdown_export import block, cell, escape
from plworkshop.reports.exports.plan import build_plan

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture
def document(rich_snapshot, pack, tmp_path):
    return docx.Document(str(export_workshop(rich_snapshot, pack, "docx", tmp_path / "plan.docx")))


def _outline(doc):
    return [
        (p.style.name, p.text)
        for p in doc.paragraphs
        if p.style.name.startswith("Heading") or p.style.name == "Title"
    ]


def test_docx_uses_word_heading_styles(document):
    outline = _outline(document)
    assert outline[0] == ("Title", "Action plan: Fixture convening")
    heading1 = [text for style, text in outline if style == "Heading 1"]
    assert heading1 == [
        "Workshop details",
        "Collaborative Leadership",
        "Balanced Assessments (adapted)",
        "Parking lot",
        "Agenda",
        "Consolidated action plan",
        "Participants",
    ]
    assert ("Heading 3", "Which stakeholder groups should serve as partners in this work?") in outline
    assert document.core_properties.title == "Action plan: Fixture convening"


def test_docx_condition_sections_hold_placement_input_and_actions(document, rich):
    _, said = rich
    texts = [p.text for p in document.paragraphs]
    assert "Exploration" in texts and "Early conversations only" in texts
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert f"{said['ben']}\n— Teachers and their unions, 3 votes" in bullets
    assert f"{said['ana']}\n— Ana Ruiz (Families), 1 vote" in bullets
    assert not any(said["withdrawn"] in t for t in texts)
    first = document.tables[0]
    assert [c.text for c in first.rows[0].cells][:2] == ["Title", "Owner"]
    assert first.rows[1].cells[0].text == "Convene a family advisory council\nRecruit from every region"


def test_docx_consolidated_plan_is_sorted_by_due_date_on_a_landscape_page(document):
    plan = document.tables[-1]
    assert [r.cells[0].text for r in plan.rows[1:]] == [
        "Draft assessment pilot legislation",
        "Convene a family advisory council",
        "Share the notes",
    ]
    assert [r.cells[4].text for r in plan.rows[1:]] == ["2027-01-15", "2027-03-01", "no due date"]
    tables = list(document.element.body.iter(f"{W}tbl"))
    header = next(tables[-1].iter(f"{W}tr"))  # the header repeats on each page
    assert len(list(header.iter(f"{W}tblHeader"))) == 1
    landscape = [s for s in document.sections if s.page_width > s.page_height]
    assert len(landscape) == 1


def test_docx_roster_names_only_people_who_agreed(document):
    idx = [p.text for p in document.paragraphs].index("Participants")
    rest = [p.text for p in document.paragraphs[idx + 1 :]]
    assert rest == [
        "Ana Ruiz — Families",
        "Chen Wu — Policymakers, Senator",
        "1 more took part without being named.",
    ]


def test_markdown_action_plan(rich_snapshot, pack, tmp_path, rich):
    _, said = rich
    text = export_workshop(rich_snapshot, pack, "md", tmp_path / "plan.md").read_text(encoding="utf-8")
    headings = [line for line in text.splitlines() if line.startswith("#")]
    assert headings[:3] == [
        "# Action plan: Fixture convening",
        "## Collaborative Leadership",
        "### Where the room placed the state",
    ]
    assert "## Balanced Assessments (adapted)" in headings and "## Consolidated action plan" in headings
    assert f"- {said['ben']}  \n  — *Teachers and their unions*, 3 votes" in text
    assert said["withdrawn"] not in text
    assert "| Draft assessment pilot legislation | Balanced Assessments | Sen\\. staff |" not in text
    assert "| Draft assessment pilot legislation | Balanced Assessments | Sen. staff |" in text


@pytest.mark.parametrize(
    "text",
    [
        "<b>bold</b> & <unclosed",
        "# not a heading",
        "- not a list\n1. nor this\n> nor a quote",
        "| a | b |",
        "[link](javascript:alert(1))",
        "back\\slash\\",
        "***\n---\n===",
        "`code` *em* _em_",
        "line one\n\nline three",
        "a\r\nb\rc",
        "    indented",
        "&amp; &#60;",
    ],
)
def test_markdown_escaping_is_reversible(text):
    normal = text.replace("\r\n", "\n").replace("\r", "\n")
    assert md_unescape(escape(text)) == normal
    assert md_unblock(block(text, "  "), "  ") == normal
    assert md_unescape(cell(text)) == normal.replace("\n", " ")
    assert "\n" not in cell(text)
    assert "<" not in escape(text).replace("\\<", "")  # no raw HTML can reach a renderer
    assert "|" not in cell(text).replace("\\|", "")  # a cell cannot split a table row


def test_markdown_structure_survives_hostile_text(rich_snapshot, pack):
    from plworkshop.reports.exports.markdown_export import render_markdown

    hostile = "# H\n- item\n| x | y |\n<script>alert(1)</script>\n1. one\n> quote\n---"
    plain = render_markdown(
        build_plan(with_texts(rich_snapshot, response="x", note="x", title="x", description="x"), pack)
    )
    evil = render_markdown(
        build_plan(
            with_texts(rich_snapshot, response=hostile, note=hostile, title="# | <b>", description=hostile),
            pack,
        )
    )
    assert _skeleton(evil) == _skeleton(plain)


def _skeleton(markdown: str) -> list[str]:
    """The structural lines: headings, list items, table rows (with their column count), quotes."""
    out = []
    for line in markdown.splitlines():
        if line.startswith(("#", "- ", "> ", "* ")):
            out.append(line.split(" ", 1)[0])
        elif line.startswith("|"):
            out.append("|" * (line.count("|") - line.count("\\|")))
        elif line[:1].isdigit() and line.split(" ", 1)[0].rstrip(".").isdigit():
            out.append("1.")
    return out
