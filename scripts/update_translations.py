"""Refresh the Spanish translation: lupdate over plworkshop/ into the .ts, then lrelease into the .qm.

    .venv/bin/python scripts/update_translations.py            # update .ts and compile .qm
    .venv/bin/python scripts/update_translations.py --check    # also fail if any text is untranslated

`resources/translations/plworkshop_es.ts` is the file translators edit (Qt Linguist opens it); new
source texts arrive in it as "unfinished". The compiled `plworkshop_es.qm` is what the app loads.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "plworkshop"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("es",)


def tool(name: str) -> str:
    """A Qt tool from the venv next to this Python, else from PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} was not found; install PySide6 in this environment.")
    return found


def python_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in SOURCES.rglob("*.py"))


def update(lang: str) -> Path:
    ts = TRANSLATIONS / f"plworkshop_{lang}.ts"
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            lang,
            *python_sources(),
            "-ts",
            str(ts.relative_to(ROOT)),
        ],
        cwd=ROOT,
        check=True,
    )
    return ts


def release(ts: Path) -> Path:
    qm = ts.with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], cwd=ROOT, check=True)
    return qm


def unfinished(ts: Path) -> list[str]:
    """Source texts with no finished translation."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if (
            translation is None
            or translation.get("type") in ("unfinished", "vanished", "obsolete")
            or not "".join(translation.itertext()).strip()
        ):
            missing.append(message.findtext("source") or "")
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if any text is left untranslated")
    args = parser.parse_args(argv)
    status = 0
    for lang in LANGUAGES:
        ts = update(lang)
        release(ts)
        missing = unfinished(ts)
        if missing:
            print(f"{ts.name}: {len(missing)} text(s) not translated yet:", *missing[:20], sep="\n  ")
            status = 1 if args.check else status
    return status


if __name__ == "__main__":
    sys.exit(main())
