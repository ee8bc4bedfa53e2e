"""The large workshop's action-plan PDF against bare ReportLab rendering the same text.

Both halves come from `bench/bench_report.py` (the bare script there, public ReportLab API only, is
the baseline); this module only feeds them the large workshop and interleaves the rounds.
"""

from __future__ import annotations

from bench.common import Row, interleave, median, timed
from bench.workspace import LargeWorkshop

RATIO_TARGET = 2.0
SECONDS_TARGET = 5.0


def rows(large: LargeWorkshop, rounds: int) -> list[Row]:
    from bench import bench_report
    from plworkshop.framework.loader import load_default_pack
    from plworkshop.reports.action_plan import ReportOptions, action_plan_pdf, build_action_plan
    from plworkshop.services import workshops
    from plworkshop.storage.opening import open_database

    db = open_database(large.url)
    try:
        snap = workshops.snapshot(db.uow(), large.workshop_id)
    finally:
        db.dispose()
    pack = load_default_pack()
    options = ReportOptions(full=True, paper="letter")  # the full record: every input, as the bare script
    material = build_action_plan(snap, pack, options)

    def bare() -> bytes:
        return bench_report.bare_reportlab(material)

    action_plan_pdf(snap, pack, options), bare()  # warm up: imports, font registration
    mine, theirs = interleave(
        rounds, lambda: timed(lambda: action_plan_pdf(snap, pack, options)), lambda: timed(bare)
    )
    app_s, bare_s = median(mine), median(theirs)
    return [
        Row(
            "action-plan PDF of the large workshop, full record",
            app_s,
            "s",
            "≤ 2×; ≤ 5 s",
            app_s <= RATIO_TARGET * bare_s and app_s <= SECONDS_TARGET,
            baseline=bare_s,
            note=f"median of {rounds}",
        )
    ]
