"""`plworkshop import FILE...`: import workshop bundles (.plw or .json, or folders of them)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

log = logging.getLogger("plworkshop.cli.import")


def register(sub) -> None:
    parser = sub.add_parser("import", help="import bundles (.plw or .json, or folders of them); "
                                           "print each workshop id")
    parser.add_argument("files", nargs="+", metavar="FILE", help="a bundle file or a folder of bundles")
    parser.set_defaults(run=run)


def bundle_files(paths: list[str]) -> list[Path]:
    """The files named, with each folder replaced by the bundles directly inside it (sorted)."""
    from plworkshop.services.bundles import BUNDLE_SUFFIXES

    found: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir()
                                if p.is_file() and p.suffix.lower() in BUNDLE_SUFFIXES))
        else:
            found.append(path)
    return found


def run(args, env) -> int:
    from plworkshop.domain.errors import PlworkshopError
    from plworkshop.services.bundles import import_bundle

    files = bundle_files(args.files)
    if not files:
        print("plworkshop: no .plw or .json bundles were found in the folders given.", file=sys.stderr)
        return 1
    database = env.database()
    failed = 0
    for path in files:
        try:
            outcome = import_bundle(database.uow(), path)
        except PlworkshopError as exc:  # each file is atomic on its own: go on with the others
            failed += 1
            log.info("import of %s refused: %s", path, exc)
            print(f"plworkshop: {path} was not imported: {exc}", file=sys.stderr)
            continue
        except Exception:  # noqa: BLE001 - a bug; the log has the traceback, the person one line
            failed += 1
            log.exception("import of %s failed unexpectedly", path)
            print(f"plworkshop: {path} was not imported because of an unexpected error; details are "
                  f"in {env.paths.log_file}.", file=sys.stderr)
            continue
        print(f"{outcome.workshop_id} {path.name}: {outcome.summary()}")
    return 1 if failed else 0
