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
        "Action items by owner",
        "Action items by policy lever",
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
    # each item is a card: its number and title, its facts, then the description in a paragraph of its own
    card = texts.index("1. Convene a family advisory council")
    assert texts[card + 1] == (
        "Due date: 2027-03-01 · Owner: State agency · Priority: High · Status: In progress · "
        "Policy lever: Guidance"
    )
    assert texts[card + 2 : card + 5] == [
        "Partners: PTA",
        "Recruit from every region",
        "Measure of success: Council meets monthly",
    ]
    assert "2. Draft assessment pilot legislation" in texts


def test_docx_consolidated_plan_is_grouped_by_condition_on_a_landscape_page(document):
    texts = [p.text for p in document.paragraphs]
    plan, end = texts.index("Consolidated action plan"), texts.index("Action items by owner")
    groups = [p.text for p in document.paragraphs[plan:end] if p.style.name == "Heading 2"]
    assert groups == [
        "Collaborative Leadership",
        "Balanced Assessments",
        "Not tied to a condition",
        "Progress, resources and measures",
    ]
    assert any(t.startswith("Works toward stage 2, Replication:") for t in texts[plan:])
    tables = _tables_under(document, "Consolidated action plan")  # three groups, then the details
    assert len(tables) == 4
    assert [c.text for c in tables[0].rows[0].cells][:3] == ["No.", "Title", "Owner"]
    assert [[r.cells[0].text, r.cells[1].text, r.cells[4].text] for t in tables[:3] for r in t.rows[1:]] == [
        ["1", "Convene a family advisory council", "2027-03-01"],
        ["2", "Draft assessment pilot legislation", "2027-01-15"],
        ["3", "Share the notes", "no due date"],
    ]
    assert [r.cells[0].text for r in tables[3].rows[1:]] == ["1", "2", "3"]
    for table in document.element.body.iter(f"{W}tbl"):
        header = next(table.iter(f"{W}tr"))  # the header repeats on each page
        assert len(list(header.iter(f"{W}tblHeader"))) == 1
    landscape = [s for s in document.sections if s.page_width > s.page_height]
    assert len(landscape) == 1


def _tables_under(document, heading: str) -> list:
    """The tables between the Heading 1 `heading` and the next Heading 1, in document order."""
    from docx.table import Table

    out, inside = [], False
    for part in document.iter_inner_content():
        if isinstance(part, Table):
            out += [part] if inside else []
        elif part.style.name == "Heading 1":
            inside = part.text == heading
    return out


def test_docx_views_by_owner_and_by_lever(document):
    by_owner = _tables_under(document, "Action items by owner")
    assert [[r.cells[0].text, r.cells[1].text, r.cells[2].text] for t in by_owner for r in t.rows[1:]] == [
        ["3", "Share the notes", ""],
        ["2", "Draft assessment pilot legislation", "Statute"],
        ["1", "Convene a family advisory council", "Guidance"],
    ]
    by_lever = _tables_under(document, "Action items by policy lever")
    assert [c.text for c in by_lever[0].rows[0].cells] == ["No.", "Title", "Owner", "Due date", "Status"]
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert "Facilitator (1)" in headings and "No policy lever chosen (1)" in headings


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
    assert "| 2 | Draft assessment pilot legislation | Sen\\. staff |" not in text
    assert "| 2 | Draft assessment pilot legislation | Sen. staff |" in text
    assert "**1. Convene a family advisory council**  \n*Due date: 2027-03-01 · Owner: State agency" in text
    assert "\n\nRecruit from every region\n" in text  # the description, out of the title
    plan = text[text.index("## Consolidated action plan") : text.index("## Action items by owner")]
    assert [line for line in plan.splitlines() if line.startswith("### ")] == [
        "### Collaborative Leadership",
        "### Balanced Assessments",
        "### Not tied to a condition",
        "### Progress, resources and measures",
    ]
    assert "*Works toward stage 2, Replication:* " in plan
    by_lever = text[text.index("## Action items by policy lever") :]
    assert "### Statute (1)\n\n| No. | Title | Owner | Due date | Status |" in by_lever
    assert "| 2 | Draft assessment pilot legislation | Sen. staff | 2027-01-15 | Planned |" in by_lever


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
