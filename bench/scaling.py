"""How cost grows with workshop size: the report, the snapshot read and a bundle import at 1×, 4×, 16×.

Run with `python -m bench --scale` (minutes: the 16× report alone is a long build). Each size is a
fresh database holding one generated workshop of that many participants, responses and action items.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench.common import median, timed

FACTORS = (1, 4, 16)


def measure(base, factors=FACTORS, rounds: int = 1) -> list[dict]:
    from bench.workloads.large_workshop import WorkshopSize, generate_workshop
    from plworkshop.framework.loader import load_default_pack
    from plworkshop.reports.action_plan import action_plan_pdf
    from plworkshop.services import workshops
    from plworkshop.services.bundles import export_bundle, import_bundle
    from plworkshop.storage.opening import open_database

    pack = load_default_pack()
    results = []
    for factor in factors:
        size = WorkshopSize(base.participants * factor, base.responses * factor, base.action_items * factor)
        with tempfile.TemporaryDirectory(prefix="plworkshop-scale-") as tmp:
            folder = Path(tmp)
            db = open_database(f"sqlite:///{folder / 'scale.db'}")
            try:
                wid = generate_workshop(db.uow(), seed=factor, size=size)
                snap_s = median([timed(lambda: workshops.snapshot(db.uow(), wid)) for _ in range(rounds + 1)])
                snap = workshops.snapshot(db.uow(), wid)
                bundle = export_bundle(db.uow(), wid, folder / "w.plw")
            finally:
                db.dispose()
            report_s = median([timed(lambda: action_plan_pdf(snap, pack)) for _ in range(rounds)])
            imports = []
            for n in range(rounds):
                target = open_database(f"sqlite:///{folder / f'import-{n}.db'}")
                try:
                    imports.append(timed(lambda: import_bundle(target.uow(), bundle)))
                finally:
                    target.dispose()
            results.append(
                dict(
                    factor=factor,
                    participants=size.participants,
                    responses=size.responses,
                    action_items=size.action_items,
                    snapshot_s=snap_s,
                    report_s=report_s,
                    import_s=median(imports),
                )
            )
    return results


def table(results: list[dict]) -> str:
    lines = [
        "| size | participants / responses / action items | snapshot read | action-plan PDF | "
        "bundle import |",
        "|---|---|---|---|---|",
    ]
    first = results[0]
    for r in results:

        def cell(key: str) -> str:
            growth = r[key] / first[key] if first[key] else float("nan")
            return f"{r[key]:.2f} s ({growth:.1f}×)"

        lines.append(
            f"| {r['factor']}× | {r['participants']:,} / {r['responses']:,} / "
            f"{r['action_items']:,} | {cell('snapshot_s')} | {cell('report_s')} | "
            f"{cell('import_s')} |"
        )
    return "\n".join(lines)
