"""The action plan's fast layout paths print exactly what ReportLab's own Paragraph would.

Para.of_text (no markup parser), Para's per-width line breaking, Line (one-line text), table cells
turned into strings and the one-text-object drawing of a response and its caption are all there for
speed only: each is compared here with the plain ReportLab way of printing the same text.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from xml.sax.saxutils import escape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.platypus import Paragraph, SimpleDocTemplate
from reportlab.platypus.paraparser import ParaParser

from plworkshop.reports.action_plan.pdf_common import cell, header_row, zebra_table
from plworkshop.reports.action_plan.pdf_document import WithCaption, line, make_styles, text_para
from plworkshop.reports.action_plan.pdf_keep import KeepTogetherLean
from plworkshop.reports.action_plan.pdf_paragraph import Line, Para
from plworkshop.reports.text import markup

STYLES = make_styles()
PLAIN = ["Families belong on the steering group", "x<y & <b>not bold</b> \"quoted\" 'single'",
         "  spaces   inside  and around  ", "Ωμέγα Привет café naïve façade", "a" * 400,
         " ".join(["word"] * 300), "100% of 3/4 = 75 #hash @at [brackets] {braces}"]
_printable = st.text(st.characters(whitelist_categories=("Lu", "Ll", "Nd", "Po", "Ps", "Pe", "Sm", "Zs"),
                                   max_codepoint=0x4FF), min_size=1, max_size=200)


def _parsed(markup_text: str, style):
    _, frags, _ = ParaParser().parse(markup_text, style)
    return frags


def _same_frags(fast: list, parsed: list) -> None:
    """One fragment with the parser's style and the text of all its fragments (the parser cuts the
    text at each entity, `&lt;` and the like, into fragments of the same style)."""
    assert len(fast) == 1 and parsed
    assert fast[0].text == "".join(f.text for f in parsed)
    mine = {k: v for k, v in fast[0].__dict__.items() if k != "text"}
    for f in parsed:
        assert {k: v for k, v in f.__dict__.items() if k != "text"} == mine


@pytest.mark.parametrize("text", PLAIN)
@pytest.mark.parametrize("style", ["body", "response", "cell", "cell_bold", "small", "body_bold"])
def test_of_text_builds_the_fragment_the_parser_builds(text, style):
    fast = Para.of_text(text, STYLES[style])
    assert fast is not None
    from reportlab.platypus.paragraph import cleanBlockQuotedText

    _same_frags(fast.frags, _parsed(cleanBlockQuotedText(escape(text)), STYLES[style]))


@settings(max_examples=150, deadline=None)
@given(_printable)
def test_of_text_matches_the_parser_for_any_printable_text(text):
    fast = Para.of_text(text, STYLES["body"])
    if fast is None:  # blank, or needs a fallback font: the markup path prints it
        return
    parsed = Paragraph(markup(text), STYLES["body"])
    _same_frags(fast.frags, parsed.frags)


@pytest.mark.parametrize("text", ["two\nlines", "tab\there", "中文字", "مرحبا بالعالم", "\u200f rtl mark",
                                  "emoji 😀", "", "   "])
def test_of_text_leaves_what_needs_markup_to_the_markup_path(text):
    assert Para.of_text(text, STYLES["body"]) is None
    if text.strip():
        assert isinstance(text_para(text, STYLES["body"]), Para)  # still printed, by the parser


def _lines(p) -> list[str]:
    return [" ".join(words) if isinstance(words, list) else str(words) for _, words in p.blPara.lines]


def test_line_breaking_is_remembered_per_width_and_stays_right():
    text = " ".join(f"word{i}" for i in range(120))
    p = Para.of_text(text, STYLES["body"])
    wide = p.wrap(400, 1000)
    wide_lines = _lines(p)
    narrow = p.wrap(150, 1000)
    narrow_lines = _lines(p)
    assert p.wrap(400, 1000) == wide and _lines(p) == wide_lines  # back to the first width
    fresh = Paragraph(escape(text), STYLES["body"])
    assert fresh.wrap(150, 1000) == narrow and _lines(fresh) == narrow_lines
    parts = p.split(400, wide[1] / 2)  # split after a remembered wrap: same cut as ReportLab's
    fresh_parts = Paragraph(escape(text), STYLES["body"])
    fresh_parts.wrap(400, 1000)
    expected = fresh_parts.split(400, wide[1] / 2)
    assert [x.wrap(400, 1000) for x in parts] == [x.wrap(400, 1000) for x in expected]


def test_a_line_falls_back_to_a_paragraph_when_it_would_wrap():
    short = line("Deputy Commissioner", STYLES["cell"])
    assert short.wrap(200, 100) == (200, STYLES["cell"].leading) and short.fits(200)
    long = line("A title far too long to print on one line of a narrow table column", STYLES["cell"])
    w, h = long.wrap(60, 1000)
    assert h > 2 * STYLES["cell"].leading and not long.fits(60)
    two = line("two\nlines", STYLES["cell"])  # a line break: printed by a paragraph, both lines
    assert two.wrap(500, 100)[1] == 2 * STYLES["cell"].leading and not two.fits(500)


def test_one_line_cells_become_strings_with_their_font_as_table_commands():
    st = STYLES
    rows = [header_row(["#", "Action", "Owner"], st["cell_head"]),
            ["1", cell("Seat students on the steering group", st["cell_bold"]), cell("Director", st["cell"])],
            ["2", cell("A much longer action title that cannot possibly fit in this narrow column", st["cell_bold"]),
             cell("Deputy Commissioner", st["cell"])]]
    table = zebra_table(rows, [30, 220, 110])
    values = table._cellvalues
    assert values[0] == ["#", "Action", "Owner"]  # header labels drawn by the table itself
    assert values[1][1] == "Seat students on the steering group" and values[1][2] == "Director"
    assert isinstance(values[2][1], Line) and not values[2][1].fits(210)  # wraps: stays a flowable
    fonts = [[c.fontname for c in row] for row in table._cellStyles]
    assert fonts[0] == [STYLES["cell_head"].fontName] * 3  # one command for the header row
    assert [row[1] for row in fonts[1:]] == [STYLES["cell_bold"].fontName] * 2  # one for the column
    assert fonts[1][2] == fonts[2][2] == STYLES["cell"].fontName
    assert table._cellStyles[0][1].color == STYLES["cell_head"].textColor


def _words(pdf: bytes) -> list[tuple[str, float, float]]:
    out = subprocess.run(["pdftotext", "-bbox", "-", "-"], input=pdf, capture_output=True, check=True).stdout
    return [(m[4], round(float(m[0]), 1), round(float(m[1]), 1))
            for m in re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<',
                                out.decode())]


def _pdf(story) -> bytes:
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build(story)
    return buffer.getvalue()


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler's pdftotext is not installed")
def test_fast_drawing_puts_every_word_where_reportlab_puts_it():
    st = STYLES
    texts = ["Families should hear about this early and often; " * 6, "x<y & <b>not bold</b>", "Short."]
    captions = ["Ana Ruiz (Families) · 3 votes", "Students · 1 vote", "Anonymous · 0 votes"]

    def fast():
        story = [WithCaption(text_para(t, st["response"], bulletText="•"), line(c, st["response_meta"]))
                 for t, c in zip(texts, captions)]
        story += [text_para(t, st["body"]) for t in texts]
        story.append(KeepTogetherLean([text_para(texts[0], st["body_bold"]), line(captions[0], st["small"])]))
        return story

    def reference():
        story = [WithCaption(Paragraph(markup(t), st["response"], bulletText="•"),
                             Paragraph(markup(c), st["response_meta"])) for t, c in zip(texts, captions)]
        story += [Paragraph(markup(t), st["body"]) for t in texts]
        story.append(Paragraph(markup(texts[0]), st["body_bold"]))
        story.append(Paragraph(markup(captions[0]), st["small"]))
        return story

    assert _words(_pdf(fast())) == _words(_pdf(reference()))


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler's pdftotext is not installed")
def test_string_cells_print_where_paragraph_cells_print():
    st = STYLES

    def table(fast: bool):
        make = cell if fast else (lambda text, style: Paragraph(markup(text), style))
        head = header_row(["Name", "Role"], st["cell_head"]) if fast else \
            [Paragraph(markup(x), st["cell_head"]) for x in ("Name", "Role")]
        rows = [head] + [[make(f"Person {i}", st["cell_bold"]), make("Teacher " * (1 + i % 5), st["cell"])]
                         for i in range(40)]
        return [zebra_table(rows, [100, 120])]

    assert _words(_pdf(table(True))) == _words(_pdf(table(False)))


def test_lean_keep_together_measures_what_keep_together_measures():
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import KeepTogether, Spacer

    st = STYLES

    def content():
        return [Para.of_text("3. Publish a plain-language guide", st["body_bold"]),
                text_para("Owner: Director · Due: May 1, 2027", st["small"]),
                Paragraph("<b>Partners:</b> districts &amp; unions", st["body"]),
                text_para("Guide published in English and Spanish; " * 5, st["body"]), Spacer(1, 6)]

    canv = Canvas(io.BytesIO())
    lean, plain = KeepTogetherLean(content()), KeepTogether(content())
    width, forced = plain.wrapOn(canv, 400, 700)
    assert forced == 0xffffff  # KeepTogether always asks to be split into its pieces
    assert lean.wrapOn(canv, 400, 700) == (width, plain._H)  # fits: placed whole, same height
    assert (lean._H, lean._H0) == (plain._H, plain._H0)
    # where it does not fit, it splits exactly as KeepTogether does
    assert lean.wrapOn(canv, 400, 50) == plain.wrapOn(canv, 400, 50) == (width, 0xffffff)
    assert [type(f) for f in lean.split(400, 50)] == [type(f) for f in plain.split(400, 50)]


_words_text = st.lists(st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzWMiíΩж.,;:-'"), min_size=1, max_size=14),
                       min_size=1, max_size=120).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(_words_text, st.integers(40, 480), st.sampled_from(["body", "response", "cell", "small", "body_bold"]),
       st.booleans())
def test_plain_line_breaking_is_reportlabs(text, width, style, bullet):
    bullet_text = "•" if bullet else None
    fast = Para.of_text(text, STYLES[style], bulletText=bullet_text)
    reference = Paragraph(escape(text), STYLES[style], bulletText=bullet_text)
    assert fast.wrap(width, 10_000) == reference.wrap(width, 10_000)
    assert fast.blPara.kind == reference.blPara.kind
    assert [(round(extra, 6), words) for extra, words in fast.blPara.lines] == \
        [(round(extra, 6), words) for extra, words in reference.blPara.lines]
    assert fast._wrapWidths == reference._wrapWidths and fast._width_max == pytest.approx(reference._width_max)
