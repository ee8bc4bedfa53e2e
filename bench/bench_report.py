"""Benchmark: the large workshop's action-plan PDF against a bare ReportLab script with the same text.

Both run in the same process, interleaved, N rounds; prints medians and the ratio (target <= 1.5x,
and under 5 s). Also measures what right-to-left shaping costs when a tenth of the input is Arabic.
Usage: .venv/bin/python bench/bench_report.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def large_snapshot():
    from bench.workloads import large_workshop
    from plworkshop.services import workshops
    from plworkshop.storage.opening import open_database

    with tempfile.TemporaryDirectory(prefix="plworkshop-bench-") as tmp:
        db = open_database(f"sqlite:///{Path(tmp) / 'bench.db'}")
        try:
            wid = large_workshop.generate_workshop(db.uow(), seed=1)
            return workshops.snapshot(db.uow(), wid)
        finally:
            db.dispose()


def printed_texts(data) -> list[str]:
    """Every piece of text the action plan prints, as many times as it prints it."""
    texts = [data.title, data.framework_notice, *(label for label, _ in data.participation)]
    for c in data.conditions:
        texts += [c.title, c.summary, c.placement.note, *(b.goal for b in c.stages)]
        for q in c.questions:
            texts.append(q.question)
            for g in q.groups:
                texts.append(g.group)
                texts += [f"{r.text} — {r.attribution} · {r.votes} votes" for r in g.responses]
        for a in c.action_items:
            texts += [a.title, f"{a.owner} {a.due} {a.priority} {a.status} {a.policy_lever}",
                      a.partners, a.description, a.measure]
    texts += [p.text[:400] + " " + p.condition for p in data.priorities]
    for a in data.action_items:
        texts += [a.title, a.owner, a.partners, str(a.due), a.priority, a.status, a.policy_lever, a.measure]
    for groups in (data.by_owner, data.by_lever):
        for name, rows in groups:
            texts.append(name)
            texts += [f"{r.number} {r.title} {r.owner} {r.policy_lever} {r.due} {r.status}" for r in rows]
    texts += [f"{p.name} {p.role} {p.organization} {p.group}" for p in data.roster]
    return [t for t in texts if t]


def bare_reportlab(texts: list[str]) -> bytes:
    """What a minimal script would do: one Paragraph per text, same font, no structure at all."""
    import io
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from plworkshop.reports import fonts

    style = ParagraphStyle("b", fontName=fonts.register_fonts(), fontSize=10, leading=14)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=letter).build([Paragraph(escape(t), style) for t in texts])
    return buffer.getvalue()


def timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    from plworkshop.framework.loader import load_default_pack
    from plworkshop.reports.action_plan import action_plan_pdf
    from plworkshop.reports.action_plan import pdf_document

    from plworkshop.reports.action_plan import build_action_plan

    snap, pack = large_snapshot(), load_default_pack()
    texts = printed_texts(build_action_plan(snap, pack))
    print(f"workshop: {len(snap.participants)} people, {len(snap.responses)} responses, "
          f"{len(snap.action_items)} action items")
    action_plan_pdf(snap, pack), bare_reportlab(texts)  # warm up: font registration, imports
    ours, bare = [], []
    for _ in range(args.rounds):
        ours.append(timed(lambda: action_plan_pdf(snap, pack)))
        bare.append(timed(lambda: bare_reportlab(texts)))
    m_ours, m_bare = statistics.median(ours), statistics.median(bare)
    print(f"action plan PDF : median {m_ours:.2f} s  ({', '.join(f'{t:.2f}' for t in ours)})")
    print(f"bare ReportLab  : median {m_bare:.2f} s  ({', '.join(f'{t:.2f}' for t in bare)})")
    print(f"ratio           : {m_ours / m_bare:.2f}x (target <= 1.5x, and < 5 s)")

    arabic = " مرحبا بالعالم، هذه جملة عربية"
    rtl = dataclasses.replace(snap, responses=tuple(
        dataclasses.replace(r, text=r.text + arabic) if i % 10 == 0 else r
        for i, r in enumerate(snap.responses)))
    shaped, plain = [], []
    real = pdf_document.needs_shaping
    for _ in range(args.rounds):
        shaped.append(timed(lambda: action_plan_pdf(rtl, pack)))
        pdf_document.needs_shaping = lambda text: False
        try:
            plain.append(timed(lambda: action_plan_pdf(rtl, pack)))
        finally:
            pdf_document.needs_shaping = real
    print(f"10% Arabic input: shaped median {statistics.median(shaped):.2f} s, unshaped "
          f"{statistics.median(plain):.2f} s, cost {statistics.median(shaped) / statistics.median(plain):.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
