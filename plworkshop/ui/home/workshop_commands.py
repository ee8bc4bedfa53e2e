"""Workshop-level commands shared by Home's buttons and the File menu: new, demo, export, reports."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from plworkshop.domain.errors import WorkshopNotFound
from plworkshop.services import packs, workshops
from plworkshop.ui.context import UiContext
from plworkshop.ui.i18n import QT_TRANSLATE_NOOP, translate
from plworkshop.ui.undo import push

log = logging.getLogger(__name__)

NEW_TITLE = QT_TRANSLATE_NOOP("WorkshopCommands", "Untitled workshop")


def new_workshop(ctx: UiContext, parent: QWidget | None) -> str | None:
    """Create a workshop dated today (undo moves it to the trash, redo brings it back)."""
    created: list[str] = []

    def do() -> str:
        if created:
            ctx.call(workshops.restore_workshop, created[0])
        else:
            details = ctx.call(
                workshops.create_workshop,
                title=translate("WorkshopCommands", NEW_TITLE),
                date=dt.date.today(),
                pack=packs.pack_for_new_workshops(ctx.paths),
            )
            created.append(details.id)
        ctx.changed(created[0], "workshop")  # the id is known only now, so notify here
        return created[0]

    def undo() -> None:
        ctx.call(workshops.delete_workshop, created[0])
        ctx.changed(created[0], "workshop")

    command = push(ctx, translate("WorkshopCommands", "New workshop"), do, undo, parent_widget=parent)
    return None if command.failed else created[0]


def open_demo(ctx: UiContext, parent: QWidget | None, on_ready: Callable[[str], None]) -> None:
    """Open the demo workshop, restoring it from the trash or creating it when needed."""
    from plworkshop.services import demo

    demo_id = demo.DEMO_WORKSHOP_ID
    try:
        ctx.call(workshops.get_workshop, demo_id)
    except WorkshopNotFound:
        pass
    else:
        on_ready(demo_id)
        return
    trashed = {w.id for w in ctx.call(workshops.list_workshops, trash=True)}
    if demo_id in trashed:
        ctx.call(workshops.restore_workshop, demo_id)
        ctx.changed(demo_id, "workshop")
        on_ready(demo_id)
        return

    def done(details) -> None:
        ctx.changed(details.id, "workshop")
        on_ready(details.id)

    ctx.run_in_background(
        parent,
        translate("WorkshopCommands", "Preparing the demo workshop…"),
        lambda call: call(demo.create_demo_workshop),
        done,
    )


def create_first_run_demo(ctx: UiContext) -> str | None:
    """On a machine with no workshops at all, make the demo so a new person sees one at once."""
    from plworkshop.services import demo

    if ctx.call(workshops.list_workshops) or ctx.call(workshops.list_workshops, trash=True):
        return None
    try:
        return ctx.call(demo.create_demo_workshop).id
    except Exception:
        log.exception("Could not create the demo workshop on first run")
        return None


def export_workshop(ctx: UiContext, parent: QWidget | None, workshop_id: str) -> None:
    from plworkshop.ui.reports.export_dialog import export_workshop_dialog  # lazy: not on the start path

    export_workshop_dialog(ctx, parent, workshop_id)


def preview_report(ctx: UiContext, parent: QWidget | None, workshop_id: str) -> None:
    from plworkshop.ui.reports.report_preview import preview_report as show_preview

    show_preview(ctx, parent, workshop_id)


def print_report(ctx: UiContext, parent: QWidget | None, workshop_id: str) -> None:
    from plworkshop.ui.reports.report_preview import print_report as print_pdf

    print_pdf(ctx, parent, workshop_id)
