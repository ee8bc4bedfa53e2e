"""A large workshop (150 people, 3,000 responses, 200 action items): the summary edition's pages."""

from __future__ import annotations

import re
import subprocess

import pytest

from plworkshop.reports.action_plan import ReportOptions, action_plan_pdf

WORD = re.compile(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">')
INCH = 72


def _fill(path) -> list[float]:
    """How far down each page's body text reaches, as a share of the frame (0 empty, 1 full)."""
    out = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    fills = []
    for page in out.split("<page ")[1:]:
        height = float(re.search(r'height="([\d.]+)"', page).group(1))
        top, bottom = INCH, height - 0.85 * INCH  # the frame, between running header and footer
        lows = [float(y1) for y0, y1 in WORD.findall(page) if top < float(y0) < bottom]
        fills.append((max(lows) - top) / (bottom - top) if lows else 0.0)
    return fills


@pytest.mark.slow
def test_large_workshop_summary_edition_has_few_part_empty_pages(db, pack, tmp_path):
    from bench.workloads import large_workshop
    from plworkshop.services import workshops

    wid = large_workshop.generate_workshop(db.uow(), seed=7)
    snap = workshops.snapshot(db.uow(), wid)
    assert len(snap.participants) == 150 and len(snap.responses) == 3000 and len(snap.action_items) == 200
    path = tmp_path / "large.pdf"
    path.write_bytes(action_plan_pdf(snap, pack, ReportOptions(anonymous=True, paper="letter")))
    fills = _fill(path)
    pages = len(fills)
    assert 100 < pages < 220  # the full record runs to about 450 pages
    text = subprocess.run(
        ["pdftotext", "-f", str(pages), "-l", str(pages), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert f"Page {pages} of {pages}" in text
    assert sum(f < 0.25 for f in fills[2:]) <= 0.05 * pages  # the ends of sections only
    assert fills[-1] > 0.1  # the last page holds more than a line
