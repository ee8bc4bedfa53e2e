"""Start the real app offscreen on a fresh data folder with the demo workshop; save each main screen.

Besides the pages: the projector, the report preview and the export dialog.

    python scripts/make_screenshots.py [--out docs/screenshots] [--lang es] [--size 1366x768]

With `--lang es` the interface is in Spanish and each file is named `<screen>-es.png`.

Every picture comes from the running application, driven through its public API, so the pictures in
the README stay true to what a facilitator sees.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZE = (1440, 900)


def settle(app, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


SUFFIX = ""  # "-es" for the Spanish pictures


def save(widget, app, out: Path, name: str) -> Path:
    settle(app)
    path = out / name.replace(".png", f"{SUFFIX}.png")
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    print(f"saved {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return path


def busiest_question(ctx, workshop_id: str):
    """The (condition, stage, question) with the most recorded input in the demo."""
    from plworkshop.services import workshops

    snap = ctx.call(workshops.snapshot, workshop_id)
    counts: dict[tuple[str, int, str], int] = {}
    for r in snap.responses:
        if not r.hidden:
            key = (r.condition, r.stage, r.question)
            counts[key] = counts.get(key, 0) + 1
    return max(counts, key=counts.get)


def demo_themed_condition(ctx, workshop_id: str) -> tuple[str, int, str]:
    """The first question of the demo condition whose ideas are grouped into themes."""
    from plworkshop.services import workshops

    snap = ctx.call(workshops.snapshot, workshop_id)
    key = snap.themes[0].condition
    stage = snap.conditions[key].stages[0]
    return key, stage.number, stage.questions[0].key


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", choices=("en", "es"), default="en", help="interface language")
    parser.add_argument("--size", default="1440x900", help="window size, e.g. 1366x768 or 1024x768")
    args = parser.parse_args(argv)
    global SIZE
    SIZE = tuple(int(n) for n in args.size.lower().split("x"))
    global SUFFIX
    SUFFIX = "" if args.lang == "en" else f"-{args.lang}"
    args.out.mkdir(parents=True, exist_ok=True)

    from plworkshop import app as composition
    from plworkshop.paths import AppPaths
    from plworkshop.ui.shell import pages as shell_pages

    qt_app = composition.ensure_qt_app()
    from plworkshop.ui.i18n import install_language

    install_language(qt_app, args.lang)
    with tempfile.TemporaryDirectory(prefix="plworkshop-shots-") as folder:
        paths = AppPaths(Path(folder))
        session = composition.open_session(paths, paths.default_database_url, interactive=False)
        ctx = composition.build_context(paths, db=session.db)
        window = composition.build_main_window(ctx)  # first run: the demo workshop is created
        window.resize(*SIZE)
        window.show()
        settle(qt_app)
        demo_id = window.home.model.workshop(0).id
        window.home.select(demo_id)
        save(window, qt_app, args.out, "home.png")

        window.open_workshop(demo_id, page=shell_pages.SETUP)
        for tab, name in (
            (0, "setup-details.png"),
            (1, "setup-roster.png"),
            (2, "setup-agenda.png"),
            (3, "setup-day-plan.png"),
        ):
            window.setup.show_tab(tab)
            window.setFocus()
            save(window, qt_app, args.out, name)
        shoot_facilitation(window, ctx, qt_app, args.out, demo_id)
        shoot_reports(window, ctx, qt_app, args.out, demo_id)
        window.close()
        session.close()
    return 0


def shoot_facilitation(window, ctx, qt_app, out: Path, demo_id: str) -> None:
    """Facilitation with input, the self-assessment, action items and the projector view."""
    from plworkshop.ui.facilitation.navigator_model import ASSESSMENT, QUESTION, Position
    from plworkshop.ui.shell import pages as shell_pages

    window.show_page(shell_pages.FACILITATE)
    page = window.page(shell_pages.FACILITATE)
    condition, stage, question = busiest_question(ctx, demo_id)
    page.go_to(Position(QUESTION, condition, stage, question))
    save(window, qt_app, out, "facilitation.png")

    themed = demo_themed_condition(ctx, demo_id)
    page.go_to(Position(QUESTION, *themed))
    page.toggle_themes()  # Ctrl+Shift+T: the condition's ideas grouped into themes
    save(window, qt_app, out, "themes.png")
    page.toggle_themes()

    page.go_to(Position(ASSESSMENT, condition))
    save(window, qt_app, out, "assessment.png")

    window.show_page(shell_pages.ACTIONS)
    save(window, qt_app, out, "action-items.png")

    window.show_page(shell_pages.FACILITATE)
    page.go_to(Position(QUESTION, condition, stage, question))
    settle(qt_app)
    window.open_projector()
    projector = window.projector
    projector.showNormal()
    projector.resize(*SIZE)
    save(projector, qt_app, out, "projector.png")
    projector.close()


def wait_for_ink(view, app, seconds: float = 10.0) -> None:
    """Wait until the first page shows dark (text) pixels, or give up after `seconds`."""
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        settle(app)
        image = view.grab().toImage()
        if any(
            image.pixelColor(x, y).lightness() < 80
            for y in range(60, min(image.height(), 400), 6)
            for x in range(40, image.width() - 40, 6)
        ):
            return
        time.sleep(0.1)


def shoot_reports(window, ctx, qt_app, out: Path, demo_id: str) -> None:
    """The action-plan preview and the export dialog, both in the interface language."""
    from plworkshop.services import workshops
    from plworkshop.ui.reports.export_dialog import ExportDialog
    from plworkshop.ui.reports.report_preview import build_report_pdf, report_language
    from plworkshop.ui.reports.report_preview_dialog import ReportPreviewDialog

    title, pdf = build_report_pdf(ctx, demo_id, lang=report_language(ctx))
    preview = ReportPreviewDialog(
        pdf, title, lang=report_language(ctx), rebuild=lambda anonymous, lang: None, parent=window
    )
    preview.resize(920, 860)  # the dialog opens wider; the toolbar must fit even here
    preview.show()
    wait_for_ink(preview.view, qt_app)  # QPdfView renders pages on a thread of its own
    save(preview, qt_app, out, "report-preview.png")
    preview.close()

    details = ctx.call(workshops.get_workshop, demo_id)
    dialog = ExportDialog(window, details.title, Path.home())
    dialog.path_edit.setText(f"~/{dialog.path_edit.text().rsplit('/', 1)[-1]}")  # no machine paths
    dialog.show()
    save(dialog, qt_app, out, "export-dialog.png")
    dialog.close()


if __name__ == "__main__":
    raise SystemExit(main())
