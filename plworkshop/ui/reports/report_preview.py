"""The menu entry points: `preview_report` and `print_report`, building the PDF in the background.

The PDF is built on a worker thread (`ctx.run_in_background`) from a snapshot read through its own unit
of work, so the window never freezes, even on a large workshop; widgets are touched only in the callbacks,
which run on the GUI thread. The report is in the interface language unless the person picks another
language in the preview (remembered for the next preview in that interface language).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from plworkshop.ui.context import UiContext
from plworkshop.ui.i18n import LANGUAGES, current_language, translate
from plworkshop.ui.reports.pdf_printing import prepared_pdf, print_pdf_bytes
from plworkshop.ui.reports.report_preview_dialog import ReportPreviewDialog

LANG_KEY = "reports/lang.{interface}"  # the report language last chosen under each interface language
PAPER_KEY = "reports/paper"
TOP_KEY = "reports/top_ideas"


def _building() -> str:
    return translate("ReportPreview", "Building the action plan…")


def build_report_pdf(
    ctx: UiContext,
    workshop_id: str,
    *,
    anonymous: bool = False,
    lang: str = "en",
    full: bool = False,
    top_ideas: int = 5,
    paper: str = "letter",
    call=None,
) -> tuple[str, bytes]:
    """Worker-thread work: a fresh unit of work reads the snapshot; returns (title, PDF bytes).

    `call` is the worker's service call (`ctx.worker_call()` when not given).
    """
    from plworkshop.reports.action_plan import ReportOptions, action_plan_pdf
    from plworkshop.services.workshops import snapshot
    from plworkshop.ui.reports.report_process import build_in_child

    snap = (call or ctx.worker_call())(snapshot, workshop_id)
    options = ReportOptions(anonymous=anonymous, lang=lang, full=full, top_ideas=top_ideas, paper=paper)
    # laid out in the report process: the window keeps answering while its objects come and go
    return snap.workshop.title, build_in_child(action_plan_pdf, snap, ctx.pack, options)


def locale_paper() -> str:
    """Letter or A4, as the system locale's territory expects (Qt's QLocale)."""
    from PySide6.QtCore import QLocale

    from plworkshop.reports.paper import paper_for

    return paper_for(f"xx_{QLocale.territoryToCode(QLocale.system().territory())}")


def edition_choices(ctx: UiContext) -> dict:
    """The paper and ideas per question last chosen (the locale's paper the first time)."""
    settings = ctx.settings
    paper = settings.value(PAPER_KEY, "") if settings else ""
    try:
        top = int(settings.value(TOP_KEY, 5)) if settings else 5
    except (TypeError, ValueError):
        top = 5
    return {
        "paper": paper if paper in ("letter", "a4") else locale_paper(),
        "top_ideas": min(50, max(1, top)),
    }


def report_language(ctx: UiContext) -> str:
    """The interface language, unless a different report language was chosen under it before."""
    interface = current_language()
    value = ctx.settings.value(LANG_KEY.format(interface=interface), interface) if ctx.settings else interface
    return value if value in LANGUAGES else interface


def _remember(ctx: UiContext, lang: str, dialog: ReportPreviewDialog) -> None:
    if ctx.settings is not None:
        ctx.settings.setValue(LANG_KEY.format(interface=current_language()), lang)
        ctx.settings.setValue(PAPER_KEY, dialog.paper)
        ctx.settings.setValue(TOP_KEY, dialog.top_ideas)


def preview_report(ctx: UiContext, parent: QWidget | None, workshop_id: str) -> None:
    """Build the PDF in the background, load it there too, then show it in a ReportPreviewDialog."""
    lang = report_language(ctx)
    first = edition_choices(ctx)
    holder: dict[str, ReportPreviewDialog] = {}

    def built(call, **options):
        title, data = build_report_pdf(ctx, workshop_id, call=call, **options)
        return title, data, prepared_pdf(data)

    def rebuild(anonymous: bool, chosen: str) -> None:
        dialog = holder["dialog"]
        _remember(ctx, chosen, dialog)
        options = dict(
            anonymous=anonymous, lang=chosen, full=dialog.full, top_ideas=dialog.top_ideas, paper=dialog.paper
        )
        ctx.run_in_background(
            dialog,
            _building(),
            lambda call: built(call, **options),
            lambda result: dialog.show_pdf(result[1], result[2]),
            lambda exc: _failed(ctx, dialog, exc),
        )

    def show(result) -> None:
        title, data, document = result
        dialog = ReportPreviewDialog(
            data, title, lang=lang, rebuild=rebuild, parent=parent, document=document, **first
        )
        holder["dialog"] = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    ctx.run_in_background(parent, _building(), lambda call: built(call, lang=lang, **first), show)


def _failed(ctx: UiContext, dialog: ReportPreviewDialog, exc: BaseException) -> None:
    dialog.enable_choices()
    ctx.report_error(dialog, exc)


def print_report(ctx: UiContext, parent: QWidget | None, workshop_id: str) -> None:
    """Build the PDF in the background, then open the system print dialog and print its pages."""
    lang, edition = report_language(ctx), edition_choices(ctx)
    ctx.run_in_background(
        parent,
        _building(),
        lambda call: build_report_pdf(ctx, workshop_id, lang=lang, call=call, **edition),
        lambda result: print_pdf_bytes(parent, result[1]),
    )
