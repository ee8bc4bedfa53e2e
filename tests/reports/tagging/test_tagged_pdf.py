"""A small two-column ReportLab document tagged by the tagging module, read back as readers read it."""

from __future__ import annotations

import shutil
import subprocess

import pikepdf
import pytest
from pdf_ua_check import pdf_ua_problems
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from plworkshop.reports import fonts
from plworkshop.reports.tagging import (
    TaggedTable,
    TaggingDocument,
    TaggingKeepTogether,
    finish_tagged_pdf,
    tag_artifact,
)


class Bars(Flowable):
    """A chart drawn with the canvas, as the report's charts are."""

    def __init__(self, alt_text):
        super().__init__()
        self.alt_text = alt_text

    def wrap(self, availWidth, availHeight):
        return 200, 80

    def draw(self):
        self.canv.setFillColor(colors.green)
        self.canv.rect(0, 0, 120, 30, stroke=0, fill=1)


class SampleDocument(TaggingDocument, BaseDocTemplate):
    pass


def build_sample(
    tmp_path, *, lang="en-US", second="h2", figure_alt="Bar chart: 3 of 5 done", plain_table=False
):
    sans = fonts.register_fonts()
    style = {
        name: ParagraphStyle(name, fontName=sans, fontSize=size, leading=size * 1.3, bulletFontName=sans)
        for name, size in (("h1", 18), ("h2", 14), ("h3", 12), ("body", 10))
    }
    path = tmp_path / "sample.pdf"

    def running(canv, doc):
        tag_artifact(canv, lambda: canv.drawString(72, 20, f"Page {canv.getPageNumber()}"), pagination=True)

    doc = SampleDocument(
        str(path), pagesize=letter, title="Sample plan", lang=lang, displayDocTitle=1, initialFontName=sans
    )
    doc.start_tagging(lang)
    w, h = letter
    doc.addPageTemplates(
        [
            PageTemplate(
                "two",
                [
                    Frame(36, 36, w / 2 - 40, h - 72, id="left"),
                    Frame(w / 2 + 4, 36, w / 2 - 40, h - 72, id="right"),
                ],
                onPage=running,
            )
        ]
    )
    story = [Paragraph("Action plan", style["h1"]), Paragraph("Collaborative leadership", style[second])]
    story += [
        Paragraph(f"Left column idea number {i} with enough words to wrap once.", style["body"])
        for i in range(40)
    ]
    story.append(
        TaggingKeepTogether(
            [
                Paragraph("Supporting actions", style["h3"]),
                Paragraph("Convene a coalition.", style["body"], bulletText="•"),
                Paragraph("Audit the rules.", style["body"], bulletText="•"),
            ]
        )
    )
    rows = [["Item", "Owner"]] + [[f"Item {i}", f"Owner {i}"] for i in range(60)]
    if plain_table:
        grid = Table(rows, repeatRows=1)
    else:
        grid = TaggedTable.of(rows, font=sans, size=9, colours=(colors.white, colors.black))
    grid.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), sans),
                ("BACKGROUND", (0, 0), (-1, 0), colors.darkblue),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
            ]
        )
    )
    charts = TaggedTable.layout([[Bars(figure_alt), Bars("Second chart: 1 of 4 done")]], font=sans)
    story += [grid, Spacer(1, 12), charts, Paragraph("The last word.", style["body"])]
    doc.build(story)
    path.write_bytes(finish_tagged_pdf(path.read_bytes(), doc.tag_tree, title="Sample plan"))
    return path, doc


def test_a_sample_document_meets_the_checkable_pdf_ua_conditions(tmp_path):
    path, doc = build_sample(tmp_path)
    assert doc.untagged_kinds == set()
    assert pdf_ua_problems(path) == []
    with pikepdf.open(path) as pdf:
        assert len(pdf.pages) >= 2
        assert str(pdf.Root.Lang) == "en-US"


def test_a_table_that_cannot_be_tagged_is_named(tmp_path):
    _, doc = build_sample(tmp_path, plain_table=True)
    assert doc.untagged_kinds == {"Table (not a TaggedTable)"}


@pytest.mark.parametrize(
    "kwargs, expected",
    [
        (dict(second="h3"), "heading levels skip from H1 to H3"),
        (dict(figure_alt=""), "a figure has no alternative text"),
    ],
)
def test_the_checker_finds_what_is_wrong(tmp_path, kwargs, expected):
    assert expected in pdf_ua_problems(build_sample(tmp_path, **kwargs)[0])


def test_an_untagged_pdf_fails_the_checker(tmp_path):
    path = tmp_path / "plain.pdf"
    doc = BaseDocTemplate(str(path), pagesize=letter)
    doc.addPageTemplates([PageTemplate("p", [Frame(36, 36, 500, 700)])])
    doc.build([Paragraph("Hello", ParagraphStyle("x"))])
    problems = pdf_ua_problems(path)
    assert "there is no structure tree" in problems
    assert "the document is not marked as tagged" in problems


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler's pdfinfo is not installed")
def test_poppler_reads_the_columns_in_order_and_the_repeated_header_once(tmp_path):
    path, _ = build_sample(tmp_path)
    out = subprocess.run(
        ["pdfinfo", "-struct-text", str(path)], capture_output=True, text=True, check=True
    ).stdout
    order = [
        out.index("Action plan"),
        out.index("idea number 0 "),
        out.index("idea number 39 "),
        out.index("Convene a coalition."),
        out.index("Item 0"),
        out.index("Item 59"),
        out.index("The last word."),
    ]
    assert order == sorted(order)
    assert out.count('"Owner"') == 1  # the header row repeated on the next page is an artifact
    assert out.count("Figure") == 2  # the layout table holds two figures, and is no table itself
    assert out.count("Table") == 1
    for tag in ("TH", "TD", "L", "LI", "LBody", "H3"):
        assert f"\n{tag}" in out or f" {tag}" in out
