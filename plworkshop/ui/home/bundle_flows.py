"""Importing workshop bundles in the background, from a menu, a button or files dropped on the window."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QWidget

from plworkshop.ui.context import UiContext
from plworkshop.ui.home.dialogs import Notice
from plworkshop.ui.i18n import translate

log = logging.getLogger(__name__)

BUNDLE_SUFFIXES = (".plw", ".json")


def is_bundle_path(path: Path) -> bool:
    return path.suffix.lower() in BUNDLE_SUFFIXES


@dataclass(frozen=True)
class Imported:
    workshop_id: str
    summary: str
    in_trash: bool = False


def import_bundles(
    ctx: UiContext, parent: QWidget | None, paths: list[Path], on_imported: Callable[[list[Imported]], None]
) -> None:
    """Import each file in turn off the GUI thread; report refused ones in one message.

    `on_imported(done)` gets what came in (possibly nothing), in the order of `paths`.
    """
    paths = [Path(p) for p in paths]
    if not paths:
        return

    def work(call) -> tuple[list[Imported], list[str]]:
        from plworkshop.services.bundles import import_bundles as import_files

        done, refused = [], []
        # Several files per durable commit, each file still all or nothing (a savepoint each).
        for result in call(import_files, paths):
            if result.imported:
                outcome = result.outcome
                summary = outcome.summary() if hasattr(outcome, "summary") else result.path.name
                done.append(
                    Imported(_workshop_id(outcome), summary, bool(getattr(outcome, "in_trash", False)))
                )
            elif _is_person_error(result.error):
                refused.append(f"{result.path.name}: {result.error}")
            else:
                log.error("Import of %s failed", result.path, exc_info=result.error)
                refused.append(
                    translate("BundleFlows", "{name}: an unexpected error (details in {log_file})").format(
                        name=result.path.name, log_file=ctx.paths.log_file
                    )
                )
        return done, refused

    def finished(outcome: tuple[list[Imported], list[str]]) -> None:
        done, refused = outcome
        for item in done:
            ctx.changed(item.workshop_id, "workshop")
        if refused:
            head = (
                translate("BundleFlows", "Nothing was imported.")
                if not done
                else translate("BundleFlows", "{done} of {total} files were imported.").format(
                    done=len(done), total=len(paths)
                )
            )
            Notice.info(parent, head + "\n\n" + "\n".join(refused))
        on_imported([item for item in done if item.workshop_id])

    label = (
        translate("BundleFlows", "Importing “%s”…") % paths[0].name
        if len(paths) == 1
        else translate("BundleFlows", "Importing {len} files…").format(len=len(paths))
    )
    ctx.run_in_background(parent, label, work, finished)


def _is_person_error(exc: BaseException) -> bool:
    from plworkshop.domain.errors import PlworkshopError

    return isinstance(exc, (PlworkshopError, OSError))


def _workshop_id(result: object) -> str:
    """The imported workshop's id, whatever read model `import_bundle` returns."""
    if isinstance(result, str):
        return result
    for attr in ("id", "workshop_id"):
        value = getattr(result, attr, None)
        if isinstance(value, str):
            return value
    inner = getattr(result, "workshop", None)
    return getattr(inner, "id", "") if inner is not None else ""
