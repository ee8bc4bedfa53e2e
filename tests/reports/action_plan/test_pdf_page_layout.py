"""What the action plan's pages show, read back with poppler (pdftotext -bbox, pdftoppm)."""

from __future__ import annotations

import re
import subprocess

from PIL import Image

from plworkshop.reports.action_plan import action_plan_pdf

WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')


def _pages(path) -> list[list[tuple[float, float, float, float, str]]]:
    out = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [
        [(float(a), float(b), float(c), float(d), t) for a, b, c, d, t in WORD.findall(page)]
        for page in out.split("<page ")[1:]
    ]


def _write(tmp_path, snapshot, pack, **options):
    from plworkshop.reports.action_plan import ReportOptions

    path = tmp_path / "plan.pdf"
    path.write_bytes(action_plan_pdf(snapshot, pack, ReportOptions(**options)))
    return path


def test_a_response_has_its_bullet_left_and_its_caption_right_below(filled_workshop, pack, tmp_path):
    pages = _pages(_write(tmp_path, filled_workshop, pack))
    for words in pages:
        first = [w for w in words if w[4] == "Families" and any(v[4] == "steering" for v in words)]
        if first:
            break
    else:
        raise AssertionError("the response is not printed")
    text = first[0]
    bullet = [w for w in words if w[4] == "•" and abs(w[1] - text[1]) < 1]
    assert bullet and bullet[0][2] < text[0]  # the bullet sits on the same line, to its left
    caption = [w for w in words if w[4] == "Ana" and w[1] > text[1]]
    assert caption, "no caption under the response"
    assert abs(caption[0][0] - text[0]) < 0.5  # caption aligned with the text
    assert 0 < caption[0][1] - text[3] < 8  # right below it, not a line further down


def test_every_page_after_the_cover_has_its_header_and_its_number(filled_workshop, pack, tmp_path):
    path = _write(tmp_path, filled_workshop, pack)
    pages = _pages(path)
    total = len(pages)
    for number, words in enumerate(pages[1:], start=2):
        text = " ".join(w[4] for w in words)
        assert f"Page {number} of {total}" in text
        assert "Action plan" in text  # the running header
    assert "Page 1 of" not in " ".join(w[4] for w in pages[0])  # the cover has none


def test_nothing_is_drawn_in_the_outer_quarter_inch(filled_workshop, pack, tmp_path):
    path = _write(tmp_path, filled_workshop, pack)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "36", "-f", "1", "-l", "3", str(path), str(tmp_path / "p")], check=True
    )
    pngs = sorted(tmp_path.glob("p-*.png"))
    assert len(pngs) == 3
    for png in pngs:
        image = Image.open(png).convert("L")
        w, h = image.size
        edge = 9  # a quarter inch at 36 dpi
        for box in ((0, 0, w, edge), (0, h - edge, w, h), (0, 0, edge, h), (w - edge, 0, w, h)):
            assert image.crop(box).getextrema()[0] > 245, (png.name, box)  # white: nothing printed
