"""Refresh the gettext catalogues of the reports, exports and vocabulary: extract, update, compile.

    .venv/bin/python scripts/update_catalogs.py            # after adding or changing an N_(...) string
    .venv/bin/python scripts/update_catalogs.py --check    # fail if a string is untranslated or fuzzy

It runs pybabel's `extract`, `update` and `compile` with the settings in pyproject.toml
(`[tool.babel...]`): every `N_("context", "English")` under plworkshop/ goes into
build/locale/plworkshop.pot, new ones arrive in resources/locale/<lang>/LC_MESSAGES/plworkshop.po with
an empty translation, and the .po is compiled into the plworkshop.mo the app reads. The Qt interface
has its own script, scripts/update_translations.py. See docs/translations.md.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "resources" / "locale"
TEMPLATE = ROOT / "build" / "locale" / "plworkshop.pot"


def pybabel(*args: str) -> None:
    """One pybabel command, run from the repository root so it reads pyproject.toml."""
    before = Path.cwd()
    os.chdir(ROOT)
    try:
        status = CommandLineInterface().run(["pybabel", *args])
    finally:
        os.chdir(before)
    if status:
        raise SystemExit(f"pybabel {' '.join(args)} failed ({status})")


def extract(template: Path = TEMPLATE) -> Path:
    """Write the template of every marked string to `template` (build/locale/ by default)."""
    template.parent.mkdir(parents=True, exist_ok=True)
    pybabel("--quiet", "extract", "-o", str(template))
    return template


def untranslated(po_file: Path) -> list[str]:
    """The messages of a catalogue that have no translation yet, or only a fuzzy one."""
    with po_file.open("rb") as handle:
        catalog = read_po(handle)
    return [f"{m.context}: {m.id}" for m in catalog if m.id and (not m.string or m.fuzzy)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if any string lacks a translation")
    args = parser.parse_args(argv)
    extract()
    pybabel("--quiet", "update")
    pybabel("--quiet", "compile")
    if args.check:
        missing = [
            f"{po.parent.parent.name}: {text}"
            for po in sorted(LOCALE.glob("*/LC_MESSAGES/*.po"))
            for text in untranslated(po)
        ]
        if missing:
            print("Not translated yet:\n  " + "\n  ".join(missing), file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
