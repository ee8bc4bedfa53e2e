"""`plworkshop import FILE...`: import workshop bundles (.plw or .json, or folders of them).

Each file is imported on its own, all or nothing, and importing it again changes nothing; a refused
file is named with the reason on standard error and the others still import. Several files share one
durable commit (`import_bundles`); each line is printed once its file is on disk. With more than one
file, a progress line runs on standard error (only when it is a terminal) and a summary ends the
output: how many were new, updated, unchanged and refused, with each refusal's reason.

An `.xlsx` file is an action-plan workbook plworkshop exported and someone edited: what it changes is
printed item by item and then applied in one transaction (`--dry-run` prints without applying); a
refused workbook prints one sentence per problem and changes nothing.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger("plworkshop.cli.import")


def register(sub) -> None:
    parser = sub.add_parser(
        "import", help="import bundles (.plw or .json, or folders of them); print each workshop id"
    )
    parser.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="a bundle file, a folder holding bundles (looked through, sub-folders too), "
        "or an edited action-plan workbook (.xlsx)",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="for a workbook: print what would change, change nothing"
    )
    parser.set_defaults(run=run)


def bundle_files(paths: list[str]) -> list[Path]:
    """The files named, each folder replaced by the bundles inside it and its sub-folders (sorted);
    hidden files (such as a half-written `.name.part`) are skipped, and no file is listed twice."""
    from plworkshop.services.bundles import BUNDLE_SUFFIXES

    found: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found.extend(
                sorted(
                    (
                        p
                        for p in path.rglob("*")
                        if p.is_file()
                        and p.suffix.lower() in BUNDLE_SUFFIXES
                        and not any(part.startswith(".") for part in p.relative_to(path).parts)
                    ),
                    key=lambda p: p.relative_to(path).parts,
                )
            )
        else:
            found.append(path)
    unique: dict[Path, Path] = {}
    for path in found:
        unique.setdefault(path.resolve() if path.exists() else path, path)
    return list(unique.values())


@dataclass
class ImportTally:
    """What a run of the import command did, file by file."""

    counts: dict[str, int] = field(default_factory=lambda: {"new": 0, "updated": 0, "unchanged": 0})
    refused: list[tuple[Path, str]] = field(default_factory=list)

    def add(self, status: str) -> None:
        self.counts[status] = self.counts.get(status, 0) + 1

    def lines(self, total: int) -> list[str]:
        c = self.counts
        head = (
            f"{total} file{'s' if total != 1 else ''}: {c['new']} new, {c['updated']} updated, "
            f"{c['unchanged']} unchanged, {len(self.refused)} refused"
        )
        return [head] + [f"  refused {path}: {reason}" for path, reason in self.refused]


class Progress:
    """`[3/20] district-003.plw` rewritten in place on a terminal; silent when output is redirected."""

    def __init__(self, total: int, stream=None) -> None:
        self.total = total
        self.stream = stream or sys.stderr
        self.live = total > 1 and hasattr(self.stream, "isatty") and self.stream.isatty()
        self._width = 0

    def show(self, done: int, path: Path) -> None:
        if self.live:
            text = f"[{done}/{self.total}] {path.name}"
            self.stream.write("\r" + text.ljust(self._width))
            self.stream.flush()
            self._width = len(text)

    def clear(self) -> None:
        if self.live and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0


PLAN_SUFFIXES = (".xlsx",)


def run_plans(paths: list[Path], env, *, dry_run: bool) -> int:
    """Import edited action-plan workbooks, each all or nothing; 1 if any was refused."""
    from plworkshop.domain.errors import PlworkshopError
    from plworkshop.roundtrip.plan_import import import_plan_workbook

    database, failed = env.database(), 0
    for path in paths:
        try:
            result = import_plan_workbook(database.uow, path, dry_run=dry_run)
        except PlworkshopError as exc:
            failed += 1
            print(f"plworkshop: {path} was not imported:", file=sys.stderr)
            for line in str(exc).splitlines():
                print(f"  {line}", file=sys.stderr)
            continue
        except OSError as exc:
            failed += 1
            print(
                f"plworkshop: {path} was not imported: it could not be read ({exc.strerror or exc})",
                file=sys.stderr,
            )
            continue
        print(f"{result.workshop_id} {path.name}:" + (" (dry run: nothing was changed)" if dry_run else ""))
        print("\n".join(result.lines()), flush=True)
    return 1 if failed else 0


def run(args, env) -> int:
    from plworkshop.domain.errors import PlworkshopError
    from plworkshop.services.bundles import import_bundles

    plans = [Path(f) for f in args.files if Path(f).suffix.lower() in PLAN_SUFFIXES and not Path(f).is_dir()]
    others = [f for f in args.files if Path(f) not in plans]
    if getattr(args, "dry_run", False) and others:
        print("plworkshop: --dry-run previews action-plan workbooks (.xlsx) only.", file=sys.stderr)
        return 2
    status = run_plans(plans, env, dry_run=getattr(args, "dry_run", False)) if plans else 0
    if not others:
        return status
    files = bundle_files(others)
    if not files:
        print("plworkshop: no .plw or .json bundles were found in the folders given.", file=sys.stderr)
        return 1
    database = env.database()
    tally, progress = ImportTally(), Progress(len(files))
    done = 0

    def report(result) -> None:  # called once the file's fate is on disk (several per commit)
        nonlocal done
        done += 1
        path, exc = result.path, result.error
        if exc is None:
            tally.add(result.outcome.status)
            progress.clear()
            print(f"{result.outcome.workshop_id} {path.name}: {result.outcome.summary()}", flush=True)
        else:
            if isinstance(exc, PlworkshopError):  # each file is atomic on its own: go on with the others
                reason = str(exc)
                log.info("import of %s refused: %s", path, exc)
            elif isinstance(exc, OSError):
                reason = f"it could not be read ({exc.strerror or exc})"
                log.info("import of %s refused: %s", path, exc)
            else:  # a bug; the log has the traceback, the person one line
                log.error("import of %s failed unexpectedly", path, exc_info=exc)
                reason = f"an unexpected error; details are in {env.paths.log_file}"
            tally.refused.append((path, reason))
            progress.clear()
            print(f"plworkshop: {path} was not imported: {reason}", file=sys.stderr, flush=True)
        if done < len(files):
            progress.show(done + 1, files[done])

    progress.show(1, files[0])
    import_bundles(database.uow(), files, on_result=report)
    progress.clear()
    if len(files) > 1:
        print("\n".join(tally.lines(len(files))))
    return 1 if tally.refused or status else 0
