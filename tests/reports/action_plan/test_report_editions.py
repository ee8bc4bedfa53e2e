"""The summary edition and the full record, the paper size, and the consolidated plan by condition."""

from __future__ import annotations

import re
import subprocess

import pytest

from plworkshop.cli.main import main
from plworkshop.reports.action_plan import ReportOptions, action_plan_pdf


def _pdfinfo(path, *args) -> str:
    return subprocess.run(["pdfinfo", *args, str(path)], capture_output=True, text=True, check=True).stdout


def _layout(path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _flat(path) -> str:
    return " ".join(_layout(path).split())


def _input(path) -> str:
    """The input printed in the condition sections (the summary's top priorities left out)."""
    text = _flat(path)
    return text[text.index("Input to the strategic questions") :]


@pytest.fixture
def talkative(db, workshop):
    """The fixture workshop with nine ideas on one question, idea N holding N votes."""
    from plworkshop.services import responses, workshops

    q1 = "collaborative-leadership.s1.q1"
    for n in range(1, 10):
        said = responses.record_response(
            db.uow(),
            workshop.id,
            condition="collaborative-leadership",
            stage=1,
            question=q1,
            text=f"Idea number {n} zz",
            stakeholder_group="families",
        )
        responses.set_votes(db.uow(), workshop.id, said.id, n)
    return workshops.snapshot(db.uow(), workshop.id)


def _write(tmp_path, snapshot, pack, name="plan.pdf", **options):
    path = tmp_path / name
    path.write_bytes(action_plan_pdf(snapshot, pack, ReportOptions(**options)))
    return path


def test_the_summary_edition_prints_the_top_ideas_and_says_how_many_more(talkative, pack, tmp_path):
    text = _input(_write(tmp_path, talkative, pack, paper="letter"))
    assert all(f"Idea number {n} zz" in text for n in (9, 8, 7, 6, 5))
    assert not any(f"Idea number {n} zz" in text for n in (4, 3, 2, 1))
    assert "4 more ideas are in the full record." in text
    assert "SUMMARY EDITION, TOP 5 IDEAS" in _flat(tmp_path / "plan.pdf")
    assert text.index("Idea number 9 zz") < text.index("Idea number 5 zz")  # most-voted first


def test_the_facilitator_chooses_how_many_and_the_full_record_prints_every_input(talkative, pack, tmp_path):
    three = _input(_write(tmp_path, talkative, pack, "three.pdf", top_ideas=3, paper="letter"))
    assert "Idea number 7 zz" in three and "Idea number 6 zz" not in three
    assert "6 more ideas are in the full record." in three
    full = _input(_write(tmp_path, talkative, pack, "full.pdf", full=True, paper="letter"))
    assert all(f"Idea number {n} zz" in full for n in range(1, 10))
    assert "more ideas are in the full record" not in full and "FULL RECORD" in _flat(tmp_path / "full.pdf")


@pytest.mark.parametrize(
    ("paper", "size", "landscape"),
    [
        ("letter", "612 x 792 pts (letter)", "792 x 612 pts"),
        ("a4", "595.276 x 841.89 pts (A4)", "841.89 x 595.276 pts"),
    ],
)
def test_paper_size_on_every_page(filled_workshop, pack, tmp_path, paper, size, landscape):
    path = _write(tmp_path, filled_workshop, pack, paper=paper)
    info = _pdfinfo(path, "-f", "1", "-l", "99")
    sizes = re.findall(r"Page +\d+ size: +(.*?)(?: \(rotated.*)?$", info, re.M)
    assert sizes and sizes[0] == size
    assert {s.split(" (")[0] for s in sizes} <= {size.split(" (")[0], landscape}
    assert landscape in {s.split(" (")[0] for s in sizes}  # the consolidated plan


def test_report_command_takes_full_top_and_paper(talkative, tmp_path, capsys):
    out = tmp_path / "plan.pdf"
    assert main(["report", "Fixture", "-o", str(out), "--paper", "A4", "--top", "2"]) == 0
    assert "(A4)" in _pdfinfo(out)
    text = _input(out)
    assert "Idea number 8 zz" in text and "Idea number 7 zz" not in text
    assert main(["report", "Fixture", "-o", str(out), "--full", "--paper", "letter"]) == 0
    assert "(letter)" in _pdfinfo(out) and "Idea number 1 zz" in _flat(out)


def test_report_command_refuses_a_top_of_zero_and_writes_nothing(talkative, tmp_path, capsys):
    out = tmp_path / "plan.pdf"
    assert main(["report", "Fixture", "-o", str(out), "--top", "0"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--top" in err and not out.exists()


def test_the_consolidated_plan_is_grouped_by_condition_under_its_stage_goal(filled_workshop, pack, tmp_path):
    layout = _layout(_write(tmp_path, filled_workshop, pack, paper="letter"))
    plan = layout[layout.index("All action items by condition") :]
    flat = " ".join(plan.split())
    first, second = flat.index("Collaborative Leadership"), flat.index("Balanced Assessments")
    assert first < flat.index("Draft the coalition") < second < flat.index("Survey districts")
    assert flat.index("Not tied to a condition") < flat.index("Brief the")
    assert "Works toward stage 2, Replication:" in flat  # the room placed the state at stage 1


def test_spanish_plan_headers_and_footer(filled_workshop, pack, tmp_path):
    layout = _layout(_write(tmp_path, filled_workshop, pack, lang="es", paper="letter"))
    assert re.search(r"\bPrioridad\b", layout) and not re.search(r"\bPriorid\s*$", layout, re.M)
    assert "Marco de Políticas Estatales para el Aprendizaje Personalizado" in layout
    assert "State Policy Framework for Personalized Learning      " not in layout  # no English footer
    assert "EDICIÓN RESUMIDA" in layout


def test_summary_charts_print_whole_condition_names(db, workshop, pack, tmp_path):
    from plworkshop.services import agenda, workshops

    agenda.set_agenda(
        db.uow(),
        workshop.id,
        [("comprehensive-supports-for-educators-and-leaders", 30), ("collaborative-leadership", 30)],
    )
    snapshot = workshops.snapshot(db.uow(), workshop.id)
    path = _write(tmp_path, snapshot, pack, paper="letter")
    raw = subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = " ".join(raw.split())  # in drawing order: each chart's title lines one after the other
    summary = text[text.index("Where the room placed the state") : text.index("Top priorities by votes")]
    assert "…" not in summary
    assert "Comprehensive Supports for Educators and Leaders" in summary
