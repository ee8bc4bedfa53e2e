"""The action-plan PDF prints themes (per condition), the parking lot and the day's agenda."""

from __future__ import annotations

import re
import subprocess

from facilitation_fixture import build, pdftotext

from plworkshop.framework.loader import load_default_pack
from plworkshop.reports.action_plan import ReportOptions, action_plan_pdf
from plworkshop.services import workshops


def _text(db, wid, tmp_path, **options) -> str:
    pdf = action_plan_pdf(workshops.snapshot(db.uow(), wid), load_default_pack(), ReportOptions(**options))
    return re.sub(r"[ \t]+", " ", pdftotext(pdf, tmp_path))


def test_report_prints_themes_parking_lot_and_agenda(db, workshop, tmp_path):
    wid = build(db, workshop)
    text = _text(db, wid, tmp_path)
    themes_part = text[text.index("\nThemes\n") :]
    assert themes_part.index("Share the power") < themes_part.index("Youth voice")  # most voted first
    assert "4 votes · 2 ideas" in themes_part and "0 votes · 1 idea" in themes_part
    assert "Union release time for [name withheld]" in themes_part
    parking = text[text.index("\nParking lot\n") :]
    assert "Broadband in the valley" in parking and "Teachers" in parking
    assert "Raised during: Collaborative Leadership" in parking
    assert "Ben Okafor" not in text  # declined to be named, also in the parking lot
    assert "Withdrawn aside" not in text
    agenda = text[text.index("Appendix: the day's agenda") :]
    rows = [line.strip() for line in agenda.splitlines() if re.match(r"\s*\d\d:\d\d", line)]
    assert rows == [
        "09:00 09:15 Welcome Welcome 15 min",
        "09:15 10:00 Collaborative Leadership Condition 45 min",
        "10:00 10:40 Lunch Lunch 40 min",
        "10:40 11:10 Balanced Assessments Condition 30 min",
        "11:10 11:40 Gallery report-out Report-out 30 min",
    ]
    contents = text[text.index("Contents") : text.index("Summary\n")]
    assert "Parking lot" in contents and "Appendix: the day's agenda" in contents


def test_anonymous_report_names_nobody_in_the_parking_lot(db, workshop, tmp_path):
    wid = build(db, workshop)
    text = _text(db, wid, tmp_path, anonymous=True)
    parking = text[text.index("\nParking lot\n") : text.index("Consolidated action plan\n")]
    assert "Ana Ruiz" not in parking and "Families" in parking
    assert "Ask [name withheld] about transport" in parking


def test_spanish_report_has_the_same_parts(db, workshop, tmp_path):
    wid = build(db, workshop)
    text = _text(db, wid, tmp_path, lang="es")
    for words in ("Temas", "Ideas en espera", "Anexo: la agenda del día", "Bienvenida", "Almuerzo"):
        assert words in text


def test_pages_render(db, workshop, tmp_path):
    wid = build(db, workshop)
    pdf = action_plan_pdf(workshops.snapshot(db.uow(), wid), load_default_pack())
    (tmp_path / "plan.pdf").write_bytes(pdf)
    info = subprocess.run(["pdfinfo", str(tmp_path / "plan.pdf")], capture_output=True, text=True, check=True)
    assert "Pages:" in info.stdout


def test_hostile_text_in_themes_parking_lot_and_agenda_prints_as_typed(db, workshop, tmp_path):
    from plworkshop.services import day_plan, parking_lot, themes

    wid = workshop.id
    themes.create_theme(
        db.uow(),
        wid,
        condition="collaborative-leadership",
        name="<script>alert(1)</script> & <b>bold</b> שלום 😀",
    )
    parking_lot.park_text(db.uow(), wid, "<i>aside</i> " + "x" * 30_000 + " end-of-aside")
    day_plan.add_session(db.uow(), wid, "custom", title="Café & <tea> ‮reversed")
    text = _text(db, wid, tmp_path)
    flat = re.sub(r"\s+", "", text)
    assert "<script>alert(1)</script>&<b>bold</b>" in flat
    assert "<i>aside</i>" in flat and "end-of-aside" in flat
    assert "Café&<tea>" in flat
