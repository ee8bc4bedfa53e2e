"""Benchmark: the large workshop's action-plan PDF against a bare ReportLab script with the same text.

Both run in the same process, interleaved, N rounds; prints medians and the ratio (target <= 2x,
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


def bare_reportlab(data) -> bytes:
    """The same content as a minimal script would print it with ReportLab's public API: a Paragraph
    per text, a Table with a repeated header row (Paragraph cells) per table, one stylesheet, letter
    pages from SimpleDocTemplate; no cover, contents, charts, running headers or page numbers."""
    import io
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

    from plworkshop.reports import fonts

    sans = fonts.register_fonts()
    body = ParagraphStyle("b", fontName=sans, fontSize=10, leading=14)
    head = ParagraphStyle("h", parent=body, fontSize=14, leading=18, spaceBefore=8)
    small = ParagraphStyle("s", parent=body, fontSize=8.5, leading=11)

    def p(text, style=body):
        return Paragraph(escape(str(text or "")), style)

    def table(header, rows, widths):
        cells = [[p(h, small) for h in header]] + [[p(v, small) for v in row] for row in rows]
        return Table(cells, colWidths=[w * inch for w in widths], repeatRows=1, splitInRow=1)

    story = [
        p(data.title, head),
        p(data.framework_title),
        p(data.framework_notice, small),
        table(["Group", "People"], [(label, n) for label, n in data.participation], [3, 1]),
        PageBreak(),
        p("Summary", head),
        table(
            ["#", "Condition", "Minutes"],
            [(i, c.title, c.minutes) for i, c in enumerate(data.conditions)],
            [0.4, 4.5, 1],
        ),
        table(
            ["Rank", "Input", "Votes", "Condition"],
            [(i, x.text[:400], x.votes, x.condition) for i, x in enumerate(data.priorities, 1)],
            [0.4, 3.7, 0.6, 1.8],
        ),
    ]
    for c in data.conditions:
        story += [
            PageBreak(),
            p(c.title, head),
            p(c.summary),
            table(["Stage", "Goal"], [(b.name, b.goal) for b in c.stages], [1.5, 5]),
            p(c.placement.note),
        ]
        for q in c.questions:
            story.append(p(q.question, head))
            for g in q.groups:
                story.append(p(g.group, small))
                for r in g.responses:
                    story += [p(r.text), p(f"{r.attribution} · {r.votes} votes", small)]
        for a in c.action_items:
            story += [
                p(a.title, head),
                p(f"{a.owner} {a.due} {a.priority} {a.status} {a.policy_lever}", small),
                p(a.partners),
                p(a.description),
                p(a.measure),
            ]
    story += [
        PageBreak(),
        table(
            ["#", "Action", "Owner", "Partners", "Due", "Priority", "Status", "Lever", "Measure"],
            [
                (
                    a.number,
                    a.title,
                    a.owner,
                    a.partners,
                    a.due,
                    a.priority,
                    a.status,
                    a.policy_lever,
                    a.measure,
                )
                for a in data.action_items
            ],
            [0.3, 1.1, 0.7, 0.8, 0.6, 0.5, 0.5, 0.7, 0.8],
        ),
    ]
    for groups in (data.by_owner, data.by_lever):
        for name, rows in groups:
            story += [
                p(name, head),
                table(
                    ["#", "Action", "Owner", "Lever", "Due", "Status"],
                    [(r.number, r.title, r.owner, r.policy_lever, r.due, r.status) for r in rows],
                    [0.4, 2.5, 1.2, 1.2, 0.7, 0.7],
                ),
            ]
    story.append(
        table(
            ["Name", "Role", "Organization", "Group"],
            [(x.name, x.role, x.organization, x.group) for x in data.roster],
            [1.7, 1.5, 1.9, 1.6],
        )
    )
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=letter).build(story)
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
    from plworkshop.reports.action_plan import action_plan_pdf, build_action_plan, pdf_document

    snap, pack = large_snapshot(), load_default_pack()
    from plworkshop.reports.action_plan import ReportOptions

    options = ReportOptions(full=True, paper="letter")  # the full record, the bare script's content
    data = build_action_plan(snap, pack, options)
    print(
        f"workshop: {len(snap.participants)} people, {len(snap.responses)} responses, "
        f"{len(snap.action_items)} action items"
    )
    action_plan_pdf(snap, pack, options), bare_reportlab(data)  # warm up: font registration, imports
    ours, bare = [], []
    for _ in range(args.rounds):
        ours.append(timed(lambda: action_plan_pdf(snap, pack, options)))
        bare.append(timed(lambda: bare_reportlab(data)))
    m_ours, m_bare = statistics.median(ours), statistics.median(bare)
    print(f"action plan PDF : median {m_ours:.2f} s  ({', '.join(f'{t:.2f}' for t in ours)})")
    print(f"bare ReportLab  : median {m_bare:.2f} s  ({', '.join(f'{t:.2f}' for t in bare)})")
    print(f"ratio           : {m_ours / m_bare:.2f}x (target <= 2x, and < 5 s)")

    arabic = " مرحبا بالعالم، هذه جملة عربية"
    rtl = dataclasses.replace(
        snap,
        responses=tuple(
            dataclasses.replace(r, text=r.text + arabic) if i % 10 == 0 else r
            for i, r in enumerate(snap.responses)
        ),
    )
    shaped, plain = [], []
    real = pdf_document.needs_shaping
    for _ in range(args.rounds):
        shaped.append(timed(lambda: action_plan_pdf(rtl, pack, options)))
        pdf_document.needs_shaping = lambda text: False
        try:
            plain.append(timed(lambda: action_plan_pdf(rtl, pack, options)))
        finally:
            pdf_document.needs_shaping = real
    print(
        f"10% Arabic input: shaped median {statistics.median(shaped):.2f} s, unshaped "
        f"{statistics.median(plain):.2f} s, cost {statistics.median(shaped) / statistics.median(plain):.2f}x"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
