"""Build the demo workshop in a temporary data folder and write docs/sample-action-plan.pdf + page PNGs.

Usage: .venv/bin/python scripts/make_sample_report.py [--pages N] [--anonymous] [--lang en|es] [--docx]
The Spanish edition is written as docs/sample-action-plan-es.pdf (-es-p1.png, ...).
The PNGs are rendered with poppler's `pdftoppm` (poppler-utils), at 80 dpi.
`--docx` also writes the DOCX export (docs/sample-action-plan.docx) and, when LibreOffice is installed,
two of its pages as LibreOffice prints them: an action-item page (-docx-actions.png) and the first page
of the consolidated plan (-docx-plan.png).
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


def demo_snapshot():
    """The demo workshop's snapshot, built in a throwaway database."""
    from plworkshop.services import demo, workshops
    from plworkshop.storage.opening import open_database

    with tempfile.TemporaryDirectory(prefix="plworkshop-sample-") as tmp:
        db = open_database(f"sqlite:///{Path(tmp) / 'sample.db'}")
        try:
            w = demo.create_demo_workshop(db.uow())
            return workshops.snapshot(db.uow(), w.id)
        finally:
            db.dispose()


def build_sample(
    out_dir: Path, *, pages: int, anonymous: bool, lang: str = "en", paper: str = "letter"
) -> Path:
    from plworkshop.framework.loader import load_default_pack
    from plworkshop.reports.action_plan import ReportOptions, action_plan_pdf

    snap = demo_snapshot()
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


def _page_with(pdf: Path, text: str) -> int:
    """The first page of `pdf` whose text holds `text` (0 if none)."""
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    for page in range(1, pages + 1):
        found = subprocess.run(
            ["pdftotext", "-f", str(page), "-l", str(page), str(pdf), "-"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        if text in found:
            return page
    return 0


def build_docx_sample(out_dir: Path, *, anonymous: bool, lang: str = "en") -> Path:
    """The DOCX export of the demo workshop, and two of its pages as LibreOffice prints them."""
    from plworkshop.framework.loader import load_default_pack
    from plworkshop.reports.exports import export_workshop
    from plworkshop.reports.exports.labels import Labels

    name = "sample-action-plan" + ("-anonymous" if anonymous else "") + (f"-{lang}" if lang != "en" else "")
    target = export_workshop(
        demo_snapshot(), load_default_pack(), "docx", out_dir / f"{name}.docx", anonymous=anonymous, lang=lang
    )
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice or not shutil.which("pdftoppm"):
        print("LibreOffice or pdftoppm is missing: no DOCX page images")
        return target
    with tempfile.TemporaryDirectory(prefix="plworkshop-sample-docx-") as tmp:
        profile = (Path(tmp) / "profile").as_uri()
        subprocess.run(
            [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf"]
            + ["--outdir", tmp, str(target)],
            check=True,
            capture_output=True,
            timeout=300,
        )
        pdf = Path(tmp) / f"{name}.pdf"
        words = Labels(lang)
        for role, text in (("actions", "1. "), ("plan", words("doc.plan"))):
            page = _page_with(pdf, text)
            if page:
                subprocess.run(
                    ["pdftoppm", "-png", "-r", "80", "-singlefile", "-f", str(page), "-l", str(page)]
                    + [str(pdf), str(out_dir / f"{name}-docx-{role}")],
                    check=True,
                )
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=6, help="how many first pages to save as PNG")
    parser.add_argument("--anonymous", action="store_true", help="the anonymous edition")
    parser.add_argument("--lang", choices=("en", "es"), default="en", help="the report's language")
    parser.add_argument("--docx", action="store_true", help="also the DOCX export and two of its pages")
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    print(build_sample(args.out, pages=args.pages, anonymous=args.anonymous, lang=args.lang))
    if args.docx:
        print(build_docx_sample(args.out, anonymous=args.anonymous, lang=args.lang))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
