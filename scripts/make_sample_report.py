"""Build the demo workshop in a temporary data folder and write docs/sample-action-plan.pdf + page PNGs.

Usage: .venv/bin/python scripts/make_sample_report.py [--pages N] [--anonymous] [--lang en|es]
The Spanish edition is written as docs/sample-action-plan-es.pdf (-es-p1.png, ...).
The PNGs are rendered with poppler's `pdftoppm` (poppler-utils), at 80 dpi.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def build_sample(
    out_dir: Path, *, pages: int, anonymous: bool, lang: str = "en", paper: str = "letter"
) -> Path:
    from plworkshop.framework.loader import load_default_pack
    from plworkshop.reports.action_plan import ReportOptions, action_plan_pdf
    from plworkshop.services import demo, workshops
    from plworkshop.storage.opening import open_database

    with tempfile.TemporaryDirectory(prefix="plworkshop-sample-") as tmp:
        db = open_database(f"sqlite:///{Path(tmp) / 'sample.db'}")
        try:
            w = demo.create_demo_workshop(db.uow())
            snap = workshops.snapshot(db.uow(), w.id)
        finally:
            db.dispose()
    started = time.perf_counter()
    pdf = action_plan_pdf(
        snap, load_default_pack(), ReportOptions(anonymous=anonymous, lang=lang, paper=paper)
    )
    print(f"built the PDF in {time.perf_counter() - started:.2f} s ({len(pdf):,} bytes)")
    name = "sample-action-plan-anonymous" if anonymous else "sample-action-plan"
    if lang != "en":
        name += f"-{lang}"
    target = out_dir / f"{name}.pdf"
    target.write_bytes(pdf)
    if pages and shutil.which("pdftoppm"):
        for old in out_dir.glob(f"{name}-p*.png"):
            old.unlink()
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "80",
                "-f",
                "1",
                "-l",
                str(pages),
                str(target),
                str(out_dir / f"{name}-p"),
            ],
            check=True,
        )
        for png in sorted(out_dir.glob(f"{name}-p-*.png")):  # pdftoppm pads: -p-01.png
            png.rename(out_dir / f"{name}-p{int(png.stem.rsplit('-', 1)[1])}.png")
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=6, help="how many first pages to save as PNG")
    parser.add_argument("--anonymous", action="store_true", help="the anonymous edition")
    parser.add_argument("--lang", choices=("en", "es"), default="en", help="the report's language")
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    print(build_sample(args.out, pages=args.pages, anonymous=args.anonymous, lang=args.lang))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
