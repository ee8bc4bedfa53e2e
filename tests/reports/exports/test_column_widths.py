"""Column widths from content: long words whole, short columns narrow, the line filled exactly."""

from __future__ import annotations

import pytest

from plworkshop.reports.exports.column_widths import CELL_PADDING_PT, _pieces, column_widths, text_width


def test_widths_fill_the_line_and_give_long_text_the_room():
    headers = ["No.", "Title", "Status"]
    rows = [["1", "Convene a family advisory council with members from every region", "Planned"]] * 4
    widths = column_widths(headers, rows, 400)
    assert sum(widths) == pytest.approx(400)
    assert widths[1] > widths[2] > widths[0]


def test_no_word_is_narrower_than_its_column_while_the_words_fit():
    headers = ["Condition", "Owner", "Due date"]
    rows = [["Collaborative Leadership", "Superintendent's Cabinet", "2027-03-01"]]
    widths = column_widths(headers, rows, 300)
    for n, word in enumerate(["Collaborative", "Superintendent's", "2027-03-01"]):
        assert text_width(word, 9) + CELL_PADDING_PT <= widths[n] + 1e-6


def test_words_may_break_after_a_hyphen_but_a_date_stays_whole():
    assert _pieces("under-represented 2027-03-01 e-mail x-1") == [
        "under-",
        "represented",
        "2027-03-01",
        "e-",
        "mail",
        "x-1",
    ]
    date = column_widths(["A", "B"], [["2027-03-01", "x " * 40]], 400)[0]
    assert date >= text_width("2027-03-01", 9) + CELL_PADDING_PT - 1e-6


def test_too_many_long_words_still_add_up_to_the_line():
    headers = [f"Column{n}" for n in range(12)]
    rows = [["Incomprehensibilities"] * 12]
    widths = column_widths(headers, rows, 300)
    assert sum(widths) == pytest.approx(300)
    assert min(widths) > 0


def test_an_empty_table_gets_its_headers_widths():
    widths = column_widths(["No.", "Title"], [], 200)
    assert sum(widths) == pytest.approx(200) and widths[1] > widths[0]
