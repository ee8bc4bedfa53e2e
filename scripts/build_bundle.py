"""Build the one-folder desktop bundle (dist/plworkshop/) with build.spec, then prove it is whole.

Usage: .venv/bin/python scripts/build_bundle.py [--skip-build] [--runs N]

After PyInstaller, the BUILT program (not this checkout) is run against a temporary data folder:
`gui --smoke-test` (offscreen), `framework`, `demo`, and `report <demo id> -o <pdf>`; the PDF must
embed the shipped DejaVu fonts. The script prints build time, bundle size and start-up times of the
bundled and the unbundled app, and exits 1 at the first check that fails. It installs nothing:
PyInstaller comes from the `build` extra (`pip install -e .[build]`), pypdf from the `test` extra.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUNDLE = DIST / "plworkshop"
WORK = ROOT / "build" / "pyinstaller"
ICONS = ROOT / "build" / "icons"


class CheckFailed(Exception):
    """One check of the built bundle failed; the message says which and why."""


def require_pyinstaller() -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        sys.exit("PyInstaller is not installed in this environment; run:  pip install -e .[build]")


def prepare_icons() -> None:
    """Make build/icons/plworkshop.png (+ .ico/.icns) from resources/icons when no plworkshop.png ships."""
    shipped = ROOT / "resources" / "icons" / "plworkshop.png"
    ICONS.mkdir(parents=True, exist_ok=True)
    png = ICONS / "plworkshop.png"
    if shipped.exists():
        shutil.copyfile(shipped, png)
    else:
        svg = ROOT / "resources" / "icons" / "app.svg"
        if not svg.exists():
            print("no app icon found in resources/icons; building without one")
            return
        code = (
            "import sys; from PySide6.QtGui import QGuiApplication, QImage, QPainter, QColor;"
            "from PySide6.QtSvg import QSvgRenderer; app = QGuiApplication([]);"
            "img = QImage(512, 512, QImage.Format.Format_ARGB32); img.fill(QColor(0, 0, 0, 0));"
            "p = QPainter(img); QSvgRenderer(sys.argv[1]).render(p); p.end();"
            "sys.exit(0 if img.save(sys.argv[2]) else 1)"
        )
        subprocess.run(
            [sys.executable, "-c", code, str(svg), str(png)],
            check=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
    try:
        from PIL import Image
    except ImportError:
        print(
            "Pillow is not installed: PyInstaller needs .ico (Windows) / .icns (macOS) icons; "
            "see docs/packaging.md"
        )
        return
    with Image.open(png) as image:
        image.save(ICONS / "plworkshop.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
        image.save(ICONS / "plworkshop.icns")


def build() -> float:
    """Run PyInstaller on build.spec; returns the seconds it took."""
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(ROOT / "build.spec"),
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(WORK),
        ],
        check=True,
        cwd=ROOT,
    )
    return time.perf_counter() - started


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def executable() -> Path:
    name = "plworkshop.exe" if sys.platform == "win32" else "plworkshop"
    path = BUNDLE / name
    if not path.exists():
        raise CheckFailed(f"the bundle has no {name} in {BUNDLE}")
    return path


def run(program: list[str], args: list[str], data_dir: Path, what: str, timeout: int = 120) -> str:
    """Run `program --data-dir DATA args...` from a neutral folder and return its stdout."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PLWORKSHOP_DATABASE_URL", None)
    result = subprocess.run(
        [*program, "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        cwd=tempfile.gettempdir(),
    )
    if result.returncode != 0:
        raise CheckFailed(
            f"{what} exited with {result.returncode}: {result.stderr.strip() or result.stdout.strip()}"
        )
    return result.stdout


def startup_ms(command: list[str], runs: int, what: str) -> list[int]:
    """startup_ms of `gui --smoke-test`, each run on a fresh data folder after one warm-up run."""
    times = []
    for index in range(runs + 1):
        with tempfile.TemporaryDirectory(prefix="plworkshop-start-") as tmp:
            out = run(command, ["gui", "--smoke-test"], Path(tmp), f"{what} gui --smoke-test")
        value = next(
            (int(line.split("=", 1)[1]) for line in out.splitlines() if line.startswith("startup_ms=")), None
        )
        if value is None:
            raise CheckFailed(f"{what} gui --smoke-test printed no startup_ms= line: {out!r}")
        if index:  # the first run warms the disk cache and is not counted
            times.append(value)
    return times


def has_command(exe: Path, name: str, data_dir: Path) -> bool:
    """Whether the program's --help lists `name` as a command (a line that starts with it)."""
    lines = run([str(exe)], ["--help"], data_dir, "--help").splitlines()
    return any(line.split()[:1] == [name] for line in lines)


def check_pdf_fonts(pdf: Path) -> list[str]:
    """The base font names embedded in the PDF; fails unless DejaVu is among them."""
    try:
        from pypdf import PdfReader
    except ImportError as exc:
        raise CheckFailed("pypdf is needed to check the report's fonts: pip install -e .[test]") from exc
    fonts: set[str] = set()
    for page in PdfReader(pdf).pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            fonts.add(str(font.get("/BaseFont", "")))
    if not any("DejaVu" in name for name in fonts):
        raise CheckFailed(f"the report embeds no DejaVu font (fonts: {sorted(fonts)})")
    return sorted(fonts)


def smoke(runs: int) -> dict:
    """Run the built program's commands; returns the figures to print."""
    exe = executable()
    figures: dict = {}
    with tempfile.TemporaryDirectory(prefix="plworkshop-bundle-") as tmp:
        data = Path(tmp) / "data"
        pack = run([str(exe)], ["framework"], data, "framework")
        if "Collaborative Leadership" not in pack:
            raise CheckFailed("`framework` did not list the shipped pack's conditions")
        print("ok  framework: the shipped content pack is read from the bundle")
        out = run([str(exe)], ["gui", "--smoke-test"], data, "gui --smoke-test")
        print(f"ok  gui --smoke-test: {out.strip()}")
        workshop_id = run([str(exe)], ["demo"], data, "demo").strip().splitlines()[-1]
        print(f"ok  demo: workshop {workshop_id} (database created by the bundled Alembic migrations)")
        if has_command(exe, "report", data):
            pdf = Path(tmp) / "report.pdf"
            run([str(exe)], ["report", workshop_id, "-o", str(pdf)], data, "report")
            fonts = check_pdf_fonts(pdf)
            print(f"ok  report: {pdf.stat().st_size:,} bytes; fonts {', '.join(fonts)}")
            figures["report"] = "ok"
        else:
            print("--  report: this build has no `report` command yet; not checked")
            figures["report"] = "missing"
    # Interleaved, so a busy machine slows both programs alike.
    figures["bundled"], figures["unbundled"] = [], []
    for _ in range(runs):
        figures["bundled"] += startup_ms([str(exe)], 1, "bundled")
        figures["unbundled"] += startup_ms([sys.executable, "-m", "plworkshop"], 1, "unbundled")
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--skip-build", action="store_true", help="only smoke-test an existing dist/plworkshop"
    )
    parser.add_argument("--runs", type=int, default=5, help="start-up runs to time for each program")
    args = parser.parse_args(argv)
    if not args.skip_build:
        require_pyinstaller()
        prepare_icons()
        seconds = build()
        print(f"built {BUNDLE} in {seconds:.0f} s")
    size = folder_size(BUNDLE)
    print(f"bundle size: {size / 1e6:.0f} MB in {sum(1 for _ in BUNDLE.rglob('*'))} files")
    try:
        figures = smoke(args.runs)
    except (CheckFailed, subprocess.TimeoutExpired) as exc:
        print(f"FAILED: {exc}", file=sys.stderr)
        return 1
    for what in ("bundled", "unbundled"):
        values = figures[what]
        print(f"startup_ms {what}: median {statistics.median(values):.0f} (runs: {values})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
