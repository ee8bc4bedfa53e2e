"""Tables that run over a page: a long row splits where the page ends, a short one moves whole, and the
repeated header only ever appears at the top of a page."""

from __future__ import annotations

import io
import re
import subprocess
import tempfile
from pathlib import Path

import pypdf
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.platypus import SimpleDocTemplate, Spacer

from plworkshop.reports import fonts
from plworkshop.reports.action_plan.pdf_common import MIN_SLICE, cell, header_row, zebra_table
from plworkshop.reports.action_plan.pdf_document import known_page_room, make_styles

HEADER = "Vts9"


def _pages(story) -> list[str]:
    fonts.register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=letter, topMargin=inch, bottomMargin=inch)
    with known_page_room(letter[1] - 2 * inch - 12):  # what the frame holds, as ReportDocument tells
        doc.build(story)
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(buffer.getvalue())).pages]


def _table(rows: list[str]):
    fonts.register_fonts()
    styles = make_styles()
    body, head = styles["cell"], styles["cell_head"]
    data = [header_row([HEADER, "Idea"], head)]
    data += [[cell(str(n), body), cell(text, body)] for n, text in enumerate(rows, start=1)]
    return zebra_table(data, [0.8 * inch, 5 * inch])


def _words(first: str, count: int) -> str:
    return " ".join(f"{first}{i}" for i in range(count))


def _placed(rows: list[str], room: float) -> list[str]:
    """The table after a spacer that leaves `room` points below its first two rows on page 1."""
    usable = letter[1] - 2 * inch - 12  # the frame, less its padding
    probe = _table(rows)
    probe.wrap(5.8 * inch, usable)
    heights = probe.row_heights()
    return _pages([Spacer(1, usable - heights[0] - heights[1] - room), _table(rows)]), heights


def test_a_long_row_splits_where_the_page_ends_under_one_header():
    pages, heights = _placed(["short idea", _words("longword", 600)], room=3 * MIN_SLICE)
    assert heights[2] > 5 * MIN_SLICE and len(pages) >= 2
    assert pages[0].count(HEADER) == 1  # never a second header mid-page
    assert "short idea" in pages[0] and "longword0 " in pages[0]  # the long row starts on page 1
    assert "longword599" in "".join(pages[1:])
    assert all(page.count(HEADER) == 1 for page in pages[1:] if "longword" in page)


def test_a_row_that_would_leave_a_sliver_moves_to_the_next_page_whole():
    rows = ["short idea", _words("midword", 70)]
    usable_rows = _placed(rows, room=0)[1]
    room = usable_rows[2] - MIN_SLICE / 2  # fits all but half a slice: the rest would be a sliver
    assert room >= MIN_SLICE
    pages, _ = _placed(rows, room=room)
    assert pages[0].count(HEADER) == 1 and "short idea" in pages[0]
    assert "midword" not in pages[0]
    assert "midword0" in pages[1] and "midword69" in pages[1] and pages[1].count(HEADER) == 1


def _word_boxes(story) -> list[dict[str, float]]:
    """Each page's leftmost x of a word starting with "w" (pdftotext -bbox), keyed by page number."""
    fonts.register_fonts()
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=letter, topMargin=inch, bottomMargin=inch).build(story)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "t.pdf"
        path.write_bytes(buffer.getvalue())
        out = subprocess.run(
            ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
    lefts = []
    for page in out.split("<page ")[1:]:
        xs = [float(m.group(1)) for m in re.finditer(r'<word xMin="([\d.]+)"[^>]*>w\d+</word>', page)]
        lefts.append(min(xs) if xs else None)
    return lefts


def test_pieces_of_a_split_table_keep_its_left_alignment():
    lefts = _word_boxes([_table(["short idea", _words("w", 1500)])])
    assert len(lefts) >= 2 and None not in lefts
    assert max(lefts) - min(lefts) < 0.5  # ReportLab builds in-row pieces centred; ours stay left
    assert min(lefts) < inch + 0.8 * inch + 6 + 12  # the left margin, the first column, padding


def test_zebra_stripes_continue_across_a_split():
    table = _table(["a", "b", "c", _words("w", 900)])
    first, rest = table.split(6 * inch, 4 * inch)
    assert first.stripes == table.stripes  # rows 1-3 and the top of row 4 keep their colours
    assert rest.stripes == table.stripes[1:] + table.stripes[:1]  # the rest of row 4 is its colour


def test_a_row_taller_than_a_page_is_cut_even_when_the_rest_would_be_a_sliver():
    usable = letter[1] - 2 * inch - 12
    count = 200
    while True:  # the fewest words whose row is just taller than a page holds
        probe = _table([_words("tallword", count)])
        probe.wrap(5.8 * inch, usable)
        header, row = probe.row_heights()
        if row > usable - header:
            break
        count += 4
    assert row - (usable - header) < MIN_SLICE  # what goes over is a sliver: cut all the same
    pages = _pages([_table([_words("tallword", count)])])
    assert len(pages) == 2 and "tallword0 " in pages[0]
    assert f"tallword{count - 1}" in pages[1] and pages[1].count(HEADER) == 1
