"""A workshop with themes, a parking lot and a full day plan, for the report and export tests."""

from __future__ import annotations

import subprocess
from pathlib import Path

from plworkshop.services import day_plan, parking_lot, responses, themes, workshops

CL, BA = "collaborative-leadership", "balanced-assessments"
Q1 = "collaborative-leadership.s1.q1"


def build(db, workshop) -> str:
    """Adds to the shared `workshop` fixture (Ben Okafor declined to be named)."""
    wid, uow = workshop.id, db.uow
    people = {p.name: p for p in workshops.snapshot(uow(), wid).participants}
    said = [
        responses.record_response(
            uow(), wid, condition=CL, stage=1, question=Q1, text=text, participant_id=people[name].id
        )
        for text, name in (
            ("Families on the steering group", "Ana Ruiz"),
            ("Union release time for Ben Okafor", "Ben Okafor"),
            ("Students with a real vote", "Chen Wu"),
        )
    ]
    theme = themes.create_theme(
        uow(), wid, condition=CL, name="Share the power", response_ids=tuple(r.id for r in said[:2])
    )
    themes.vote_theme(uow(), wid, theme.id, 4)
    themes.create_theme(uow(), wid, condition=CL, name="Youth voice", response_ids=(said[2].id,))
    parking_lot.park_text(
        uow(),
        wid,
        "Broadband in the valley",
        participant_id=people["Ben Okafor"].id,
        condition=CL,
        stage=1,
        question=Q1,
    )
    parking_lot.park_text(uow(), wid, "Ask Ana Ruiz about transport", participant_id=people["Ana Ruiz"].id)
    hidden = parking_lot.park_text(uow(), wid, "Withdrawn aside nobody should read")
    parking_lot.set_parked_hidden(uow(), wid, hidden.id, True)
    day_plan.set_day_start(uow(), wid, "9:00")
    day_plan.add_session(uow(), wid, "welcome", index=0)
    day_plan.add_session(uow(), wid, "lunch", index=2, minutes=40)
    day_plan.add_session(uow(), wid, "report_out", title="Gallery report-out")
    day_plan.set_question_time_box(uow(), wid, CL, Q1, 12)
    return wid


def pdftotext(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "out.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout
