"""The action-plan PDF: `build_action_plan` assembles plain data, `render_action_plan_pdf` draws it."""

from __future__ import annotations

from plworkshop.reports.action_plan.data import ActionPlanData, ReportOptions, build_action_plan


def render_action_plan_pdf(data: ActionPlanData) -> bytes:
    """The PDF's bytes (ReportLab is imported only now, never at application start)."""
    from plworkshop.reports.action_plan.pdf_sections import render

    return render(data)


def action_plan_pdf(snapshot, pack, options: ReportOptions = ReportOptions()) -> bytes:
    """Snapshot in, PDF bytes out: the one call the CLI and the GUI make."""
    return render_action_plan_pdf(build_action_plan(snapshot, pack, options))


__all__ = [
    "ActionPlanData",
    "ReportOptions",
    "action_plan_pdf",
    "build_action_plan",
    "render_action_plan_pdf",
]
