"""Bringing an edited action-plan workbook (.xlsx) back in from the app's Import, in the background.

Read and check the workbook (`preview_plan_import`) off the GUI thread; show what will change
(`PlanImportDialog`); on Apply, apply exactly that preview in one transaction (`apply_plan_import`),
again off the GUI thread. A refused workbook, or a refused apply, shows one sentence per problem and
changes nothing; only work that landed is reported as done.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from plworkshop.ui.context import UiContext
from plworkshop.ui.home.dialogs import Notice
from plworkshop.ui.home.plan_import_dialog import PlanImportDialog
from plworkshop.ui.i18n import current_language, translate

log = logging.getLogger(__name__)

PLAN_SUFFIXES = (".xlsx",)
MAX_PROBLEMS_SHOWN = 12  # a longer list goes on with "…and N more"


def is_plan_path(path: Path) -> bool:
    return Path(path).suffix.lower() in PLAN_SUFFIXES


class PlanImportProblems:
    """Why a workbook was not imported (a seam tests replace to read the sentences)."""

    @classmethod
    def show(cls, parent: QWidget | None, heading: str, problems: list[str]) -> None:
        shown = problems[:MAX_PROBLEMS_SHOWN]
        if len(problems) > len(shown):
            more = len(problems) - len(shown)
            shown.append(translate("PlanImportFlow", "…and {n} more.").format(n=more))
        QMessageBox.warning(parent, "plworkshop", heading + "\n\n" + "\n".join(f"• {p}" for p in shown))


def refusal(path: Path, exc: BaseException, log_file: Path) -> list[str] | None:
    """The sentences that say why `path` was refused, or None for an unexpected error (a bug)."""
    from plworkshop.domain.errors import PlworkshopError

    problems = getattr(exc, "problems", None)
    if problems:
        return list(problems)
    if isinstance(exc, PlworkshopError):
        return [str(exc)]
    if isinstance(exc, OSError):
        return [
            translate("PlanImportFlow", "The file could not be read ({reason}).").format(
                reason=exc.strerror or exc
            )
        ]
    log.error("Import of %s failed", path, exc_info=(type(exc), exc, exc.__traceback__))
    return None


class PlanImport:
    """One workbook's way in: preview → question → apply. `dialog` is the question while it is open."""

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None,
        path: Path,
        on_applied: Callable[[object], None],
        on_finished: Callable[[], None],
        *,
        open_workshop_id: str = "",
    ) -> None:
        self.ctx, self.parent, self.path = ctx, parent, Path(path)
        self.on_applied, self.on_finished = on_applied, on_finished
        self.open_workshop_id = open_workshop_id
        self.lang = current_language()  # the import's sentences in the interface's language
        self.dialog: PlanImportDialog | None = None

    def start(self) -> None:
        from plworkshop.roundtrip.plan_import import preview_plan_import

        self.ctx.run_in_background(
            self.parent,
            translate("PlanImportFlow", "Reading “{name}”…").format(name=self.path.name),
            lambda call: call(preview_plan_import, self.path, lang=self.lang),
            self._previewed,
            self._refused,
        )

    def _previewed(self, preview) -> None:
        if not preview.changes:
            Notice.info(
                self.parent,
                translate(
                    "PlanImportFlow",
                    "“{name}” holds no change to the action plan of “{workshop}”; nothing was imported.",
                ).format(name=self.path.name, workshop=preview.workshop_title),
            )
            self.on_finished()
            return
        other = bool(self.open_workshop_id) and self.open_workshop_id != preview.workshop_id
        self.dialog = PlanImportDialog(preview, self.parent, other_workshop=other)
        self.dialog.setObjectName("PlanImportDialog")
        self.dialog.accepted.connect(lambda: self._apply(preview))
        self.dialog.rejected.connect(self._cancelled)
        self.dialog.open()

    def _cancelled(self) -> None:
        self._close_dialog()
        self.on_finished()

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None

    def _apply(self, preview) -> None:
        from plworkshop.roundtrip.plan_import import apply_plan_import

        self._close_dialog()
        self.ctx.run_in_background(
            self.parent,
            translate("PlanImportFlow", "Bringing in the changes from “{name}”…").format(name=self.path.name),
            lambda call: call(apply_plan_import, preview, lang=self.lang),
            self._applied,
            self._refused,
        )

    def _applied(self, result) -> None:
        from plworkshop.ui.actions.action_item_commands import WHAT

        self.ctx.changed(result.workshop_id, WHAT)
        self.on_applied(result)
        self.on_finished()

    def _refused(self, exc: BaseException) -> None:
        problems = refusal(self.path, exc, self.ctx.paths.log_file)
        if problems is None:
            self.ctx.report_error(self.parent, exc)
        else:
            PlanImportProblems.show(
                self.parent,
                translate("PlanImportFlow", "“{name}” was not imported, and nothing was changed:").format(
                    name=self.path.name
                ),
                problems,
            )
        self.on_finished()


def import_plans(
    ctx: UiContext,
    parent: QWidget | None,
    paths: list[Path],
    on_applied: Callable[[object], None],
    *,
    open_workshop_id: str = "",
) -> PlanImport | None:
    """Bring each workbook in, one after the other (each asks its own question); returns the first."""
    queue = [Path(p) for p in paths]

    def next_one() -> PlanImport | None:
        if not queue:
            return None
        flow = PlanImport(ctx, parent, queue.pop(0), on_applied, next_one, open_workshop_id=open_workshop_id)
        flow.start()
        return flow

    return next_one()
