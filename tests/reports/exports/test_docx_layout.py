"""The DOCX plan as an office prints it: language, paper, running header and page numbers, column
widths that keep words whole, rows kept on one page with the header repeated, item numbers."""

from __future__ import annotations

import zipfile

import docx
import pytest
from planned_workshop import PLANNED

from plworkshop.reports.exports import export_workshop
from plworkshop.reports.exports.column_widths import CELL_PADDING_PT, _pieces, text_width

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _export(snapshot, pack, tmp_path, lang="en"):
    path = export_workshop(snapshot, pack, "docx", tmp_path / f"plan-{lang}.docx", lang=lang)
    return path, docx.Document(str(path))


@pytest.mark.parametrize(("lang", "tag", "page"), [("en", "en-US", "Page "), ("es", "es-ES", "Página ")])
def test_language_header_and_page_numbers(planned_snapshot, pack, tmp_path, lang, tag, page):
    path, document = _export(planned_snapshot, pack, tmp_path, lang)
    assert document.core_properties.language == tag
    styles = document.styles.element
    assert {e.get(f"{W}val") for e in styles.iter(f"{W}lang")} == {tag}  # every style, and the defaults
    assert styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}lang").get(f"{W}val") == tag
    first = document.sections[0]
    title = "Action plan" if lang == "en" else "Plan de acción"
    assert first.header.paragraphs[0].text == f"{title}: Fixture convening"
    assert all(
        s.header.is_linked_to_previous and s.footer.is_linked_to_previous for s in document.sections[1:]
    )
    with zipfile.ZipFile(path) as archive:
        footers = [archive.read(n).decode() for n in archive.namelist() if n.startswith("word/footer")]
    assert len(footers) == 1
    footer = footers[0]
    assert footer.index(f">{page}<") < footer.index('w:instr=" PAGE "') < footer.index('w:instr=" NUMPAGES "')


def test_columns_fit_the_page_and_keep_every_word_whole(planned_snapshot, pack, tmp_path):
    _, document = _export(planned_snapshot, pack, tmp_path)
    assert document.tables
    sections = {}
    for section in document.sections:  # the usable width of each section, in points
        sections[id(section)] = (section.page_width - section.left_margin - section.right_margin) / 12700
    usable = sorted(set(sections.values()))
    assert len(usable) == 2  # portrait and the landscape plan
    for table in document.tables:
        widths = [column.width.pt for column in table.columns]
        assert any(abs(sum(widths) - u) < 1 for u in usable), widths
        for n, row in enumerate(table.rows):
            for cell, width in zip(row.cells, widths):
                assert cell.width.pt == pytest.approx(width, abs=0.1)
                for piece in _pieces(cell.text):
                    assert text_width(piece, 9, bold=n == 0) + CELL_PADDING_PT <= width + 0.1, (
                        piece
                    )  # a twip of rounding


def test_rows_stay_whole_under_a_repeated_header(planned_snapshot, pack, tmp_path):
    _, document = _export(planned_snapshot, pack, tmp_path)
    for table in document.element.body.iter(f"{W}tbl"):
        rows = list(table.iter(f"{W}tr"))
        assert rows[0].find(f"{W}trPr/{W}tblHeader").get(f"{W}val") == "true"
        for row in rows[1:]:
            assert row.find(f"{W}trPr/{W}tblHeader") is None
        for row in rows:
            assert row.find(f"{W}trPr/{W}cantSplit").get(f"{W}val") == "true"


def test_a_row_too_long_for_one_page_may_break(rich_snapshot, pack, tmp_path):
    import dataclasses

    items = list(rich_snapshot.action_items)
    items[0] = dataclasses.replace(items[0], measure_of_success="word " * 2000)
    snap = dataclasses.replace(rich_snapshot, action_items=tuple(items))
    _, document = _export(snap, pack, tmp_path)
    long_rows = [
        tr for tr in document.element.body.iter(f"{W}tr") if "word word word" in "".join(tr.itertext())
    ]
    assert long_rows and all(tr.find(f"{W}trPr/{W}cantSplit") is None for tr in long_rows)


def test_cards_carry_the_plan_fields_under_the_item_number(planned_snapshot, pack, tmp_path):
    _, document = _export(planned_snapshot, pack, tmp_path)
    texts = [p.text for p in document.paragraphs]
    first = PLANNED[1]
    card = texts.index("1. Convene a family advisory council")
    assert texts[card + 1].startswith(
        f"Start date: {first['start'].isoformat()} · Due date: {first['due'].isoformat()} · "
        "Owner: State agency"
    )
    fields = texts[card + 2 : card + 9]
    latest = first["notes"][-1]
    assert document.paragraphs[card + 9].style.name == "Heading 1"  # the card ends with its condition
    assert fields == [
        "Partners: PTA",
        "Recruit from every region",
        "Measure of success: Council meets monthly",
        f"Baseline: {first['baseline']}",
        f"Target: {first['target']}",
        f"Resources or funding: {first['resources']}",
        f"Progress as of {latest[0].isoformat()}: {latest[1]}",
    ]
    blocked = texts[texts.index("2. Draft assessment pilot legislation") + 2]
    assert blocked == "Reason blocked: Waiting for the session calendar"
    tables = document.tables
    details = next(t for t in tables if t.rows[0].cells[2].text == "Start date")  # after the plan's groups
    assert [c.text for c in details.rows[0].cells] == [
        "No.",
        "Title",
        "Start date",
        "Status",
        "Reason blocked",
        "Latest progress note",
        "Resources or funding",
        "Baseline",
        "Target",
    ]
    assert [c.text for c in details.rows[3].cells][:4] == ["3", "Share the notes", "", "Planned"]
    overdue = tables[tables.index(details) - 1]  # the plan's last group: the item tied to no condition
    assert overdue.rows[1].cells[1].text == "Share the notes"
    assert overdue.rows[1].cells[4].text == f"{PLANNED[3]['due'].isoformat()} (overdue)"


def test_paper_follows_the_locale(rich_snapshot, pack, tmp_path, monkeypatch):
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    _, document = _export(rich_snapshot, pack, tmp_path)
    portrait = document.sections[0]
    assert (round(portrait.page_width.mm), round(portrait.page_height.mm)) == (210, 297)
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    _, document = _export(rich_snapshot, pack, tmp_path)
    landscape = next(s for s in document.sections if s.page_width > s.page_height)
    assert (landscape.page_width.inches, landscape.page_height.inches) == (11, 8.5)


def test_page_fields_follow_the_translation_s_word_order(rich_snapshot, pack, tmp_path, monkeypatch):
    from plworkshop.reports.exports import labels

    original = labels.translate
    reordered = "{pages} pages, this is {page}"
    monkeypatch.setattr(
        labels,
        "translate",
        lambda lang, ctx, text: reordered if "{pages}" in text else original(lang, ctx, text),
    )
    path, _ = _export(rich_snapshot, pack, tmp_path)
    with zipfile.ZipFile(path) as archive:
        footer = next(archive.read(n).decode() for n in archive.namelist() if n.startswith("word/footer"))
    assert (
        footer.index('w:instr=" NUMPAGES "')
        < footer.index("> pages, this is <")
        < footer.index('w:instr=" PAGE "')
    )
