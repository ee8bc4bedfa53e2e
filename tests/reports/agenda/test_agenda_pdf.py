"""The printable agenda: the day in order with clock times, from a plain snapshot."""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1] / "action_plan"))
from facilitation_fixture import build, pdftotext

from plworkshop.framework.loader import load_default_pack
from plworkshop.reports.agenda import agenda_pdf
from plworkshop.services import day_plan, workshops


def test_agenda_pdf_lists_the_day_with_clock_times_and_question_boxes(db, workshop, tmp_path):
    wid = build(db, workshop)
    text = re.sub(
        r"[ \t]+",
        " ",
        pdftotext(agenda_pdf(workshops.snapshot(db.uow(), wid), load_default_pack()), tmp_path),
    )
    assert "AGENDA" in text and "Fixture convening" in text and "November 23, 2026" in text
    assert "10:00 10:40 Lunch Lunch 40 min" in text
    assert "Total 160 min" in text
    assert "Collaborative Leadership — Which stakeholder groups should serve as partners" in text
    assert "12 min" in text
    assert "Ana Ruiz" not in text


def test_agenda_without_a_start_time_has_no_clock_columns(db, workshop, tmp_path):
    day_plan.add_session(db.uow(), workshop.id, "break", index=1)
    text = pdftotext(
        agenda_pdf(workshops.snapshot(db.uow(), workshop.id), load_default_pack(), lang="es"), tmp_path
    )
    header = next(line for line in text.splitlines() if "Duración" in line)
    assert header.split() == ["Actividad", "Tipo", "Duración"]  # no Inicio / Fin columns
    assert "Pausa" in text
