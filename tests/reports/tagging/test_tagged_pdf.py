"""A small ReportLab document made with the tagging module: structure, artifacts and order, as readers see them."""

from __future__ import annotations

import shutil
import subprocess

import pikepdf
import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle

from pdf_ua_check import pdf_ua_problems
from plworkshop.reports import fonts
from plworkshop.reports.tagging import Tagged, TaggedCellText, TagTree, finish_tagged_pdf, tag_artifact


class Bars(Flowable):
    """A chart drawn with the canvas, as the report's charts are."""

    def wrap(self, availWidth, availHeight):
        return 200, 80

    def draw(self):
        self.canv.setFillColor(colors.green)
        self.canv.rect(0, 0, 120, 30, stroke=0, fill=1)


def build_sample(tmp_path, *, lang="en-US", skip_level=False, figure_alt="Bar chart: 3 of 5 done"):
    sans = fonts.register_fonts()
    body = ParagraphStyle("b", fontName=sans, fontSize=10, leading=13)
    tree = TagTree(lang)
    doc_root = tree.root

    def para(parent, tag, text, **attrs):
        return Tagged(Paragraph(text, body), parent.add(tag, **attrs), tree)

    def running(canv, doc):
        tag_artifact(canv, lambda: canv.drawString(72, 20, f"Page {canv.getPageNumber()}"), pagination=True)

    buffer = pikepdf_path = tmp_path / "sample.pdf"
    doc = BaseDocTemplate(str(buffer), pagesize=letter, title="Sample plan", lang=lang, displayDocTitle=1,
                          initialFontName=sans)
    w, h = letter
    doc.addPageTemplates([PageTemplate("two", [Frame(36, 36, w / 2 - 40, h - 72, id="left"),
                                               Frame(w / 2 + 4, 36, w / 2 - 40, h - 72, id="right")],
                                       onPage=running)])
    story = [para(doc_root, "H1", "Action plan")]
    section = doc_root.add("Sect")
    story.append(para(section, "H3" if skip_level else "H2", "Collaborative leadership"))
    for i in range(40):
        story.append(para(section, "P", f"Left column idea number {i} with enough words to wrap once."))
    table = section.add("Table")
    header = table.add("TR")
    rows = [[TaggedCellText(t, sans, 9, colors.white, header.add("TH", scope="Column"), tree)
             for t in ("Item", "Owner")]]
    for i in range(60):
        tr = table.add("TR")
        rows.append([TaggedCellText(f"Item {i}", sans, 9, colors.black, tr.add("TD"), tree),
                     TaggedCellText(f"Owner {i}", sans, 9, colors.black, tr.add("TD"), tree)])
    grid = Table(rows, repeatRows=1)
    grid.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), sans),
                              ("BACKGROUND", (0, 0), (-1, 0), colors.darkblue),
                              ("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
    story.append(grid)
    chart = Bars()
    story.append(Tagged(chart, section.add("Figure", alt=figure_alt), tree))
    story.append(para(section, "P", "The last word."))
    doc.build(story)
    data = finish_tagged_pdf(pikepdf_path.read_bytes(), tree, title="Sample plan")
    pikepdf_path.write_bytes(data)
    return pikepdf_path


def test_a_sample_document_meets_the_checkable_pdf_ua_conditions(tmp_path):
    path = build_sample(tmp_path)
    assert pdf_ua_problems(path) == []
    with pikepdf.open(path) as pdf:
        assert len(pdf.pages) >= 2
        assert str(pdf.Root.Lang) == "en-US"


@pytest.mark.parametrize("kwargs, expected", [
    (dict(skip_level=True), "heading levels skip from H1 to H3"),
    (dict(figure_alt=""), "a figure has no alternative text"),
])
def test_the_checker_finds_what_is_wrong(tmp_path, kwargs, expected):
    assert expected in pdf_ua_problems(build_sample(tmp_path, **kwargs))


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
    path = build_sample(tmp_path)
    out = subprocess.run(["pdfinfo", "-struct-text", str(path)], capture_output=True, text=True,
                         check=True).stdout
    order = [out.index("Action plan"), out.index("idea number 0 "), out.index("idea number 39 "),
             out.index("Item 0"), out.index("Item 59"), out.index("The last word.")]
    assert order == sorted(order)
    assert out.count('"Owner"') == 1  # the header row repeated on the next page is an artifact
    assert "Figure" in out and "Table" in out and "TH" in out
