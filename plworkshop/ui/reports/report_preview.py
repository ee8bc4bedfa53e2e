"""The menu entry points: `preview_report` and `print_report`, building the PDF in the background.

The PDF is built on a worker thread (`run_task`) from a snapshot read through its own unit of work,
so the window never freezes, even on a large workshop; widgets are touched only in the callbacks,
which run on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from plworkshop.ui.context import UiContext
from plworkshop.ui.reports.pdf_printing import print_pdf_bytes
from plworkshop.ui.reports.report_preview_dialog import ReportPreviewDialog
from plworkshop.ui.tasks import run_task

BUILDING = "Building the action plan…"


def build_report_pdf(ctx: UiContext, workshop_id: str, *, anonymous: bool = False,
                     lang: str = "en") -> tuple[str, bytes]:
    """Worker-thread work: a fresh unit of work reads the snapshot; returns (title, PDF bytes)."""
    from plworkshop.reports.action_plan import ReportOptions, action_plan_pdf
    from plworkshop.services.workshops import snapshot

    snap = snapshot(ctx.db.uow(), workshop_id)
    return snap.workshop.title, action_plan_pdf(snap, ctx.pack, ReportOptions(anonymous=anonymous, lang=lang))


def _lang(ctx: UiContext) -> str:
    value = ctx.settings.value("reports/lang", ctx.settings.value("exports/lang", "en"))
    return value if value in ("en", "es") else "en"


def preview_report(ctx: UiContext, parent: QWidget | None, workshop_id: str) -> None:
    """Build the PDF in the background, then show it in a ReportPreviewDialog."""
    lang = _lang(ctx)
    holder: dict[str, ReportPreviewDialog] = {}

    def rebuild(anonymous: bool) -> None:
        dialog = holder["dialog"]
        run_task(dialog, BUILDING, lambda: build_report_pdf(ctx, workshop_id, anonymous=anonymous, lang=lang),
                 lambda result: dialog.show_pdf(result[1]), lambda exc: _failed(ctx, dialog, exc))

    def show(result: tuple[str, bytes]) -> None:
        title, data = result
        dialog = ReportPreviewDialog(data, title, rebuild=rebuild, parent=parent)
        holder["dialog"] = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    run_task(parent, BUILDING, lambda: build_report_pdf(ctx, workshop_id, lang=lang), show,
             lambda exc: ctx.report_error(parent, exc))


def _failed(ctx: UiContext, dialog: ReportPreviewDialog, exc: BaseException) -> None:
    dialog.anonymous_box.setEnabled(True)
    ctx.report_error(dialog, exc)


def print_report(ctx: UiContext, parent: QWidget | None, workshop_id: str) -> None:
    """Build the PDF in the background, then open the system print dialog and print its pages."""
    run_task(parent, BUILDING, lambda: build_report_pdf(ctx, workshop_id, lang=_lang(ctx)),
             lambda result: print_pdf_bytes(parent, result[1]), lambda exc: ctx.report_error(parent, exc))
