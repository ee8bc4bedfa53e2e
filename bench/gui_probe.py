"""Child process for the GUI figures: the real main window, offscreen, driven through its widgets.

    python -m bench.gui_probe DATA_DIR LARGE_ID ONE_QUESTION_ID CONDITION STAGE QUESTION STEPS [BUNDLE...]

Prints one JSON object: per-step milliseconds for scrolling and filtering the one-question list and
for switching questions of the large workshop, and the longest event-loop gap (a 10 ms QTimer probe)
while the report preview is built and the bundles are imported through `run_task`.
Each step is timed until its events (layout, paint) have been processed.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

STALL_TIMEOUT_S = 120
IDLE_PROBE_S = 3.0


def _settle(app) -> None:
    app.processEvents()
    app.sendPostedEvents()
    app.processEvents()


def _timed(app, action) -> float:
    started = time.perf_counter()
    action()
    _settle(app)
    return (time.perf_counter() - started) * 1000


def _language(app) -> None:
    """Set the interface language as the app will at start-up, if it has not already.

    Reading an unset dynamic property (`QObject.property`) in PySide6 6.12 drops a reference to None
    on every call; with a few thousand list rows filtered that aborts the process ("deallocating
    None"), so the probe makes sure the property exists before the list is driven.
    """
    try:
        from plworkshop.ui.i18n import install_language
    except ImportError:
        return
    if app.dynamicPropertyNames() and b"plworkshop_language" in [
        bytes(n) for n in app.dynamicPropertyNames()
    ]:
        return
    install_language(app, "en")


def start(data_dir: Path):
    from plworkshop.app import build_context, build_main_window, ensure_qt_app, open_session
    from plworkshop.paths import AppPaths

    app = ensure_qt_app()
    paths = AppPaths(data_dir)
    try:  # language and theme exactly as `plworkshop gui` sets them up
        from plworkshop.app import apply_user_preferences
    except ImportError:
        _language(app)
    else:
        apply_user_preferences(app, paths)
    session = open_session(paths, paths.default_database_url, interactive=False)
    ctx = build_context(paths, db=session.db)
    ctx.session = session
    window = build_main_window(ctx, first_run_demo=False)
    window.show()
    while not (window.windowHandle() and window.windowHandle().isExposed()):
        app.processEvents()
    try:  # as run_gui does once the window is filled in
        from plworkshop.app import keep_the_window_responsive
    except ImportError:
        gc.freeze()
    else:
        keep_the_window_responsive()
    return app, ctx, window


def list_figures(app, window, workshop_id: str, where: tuple[str, int, str], steps: int) -> dict:
    """Scroll and filter the facilitation page's list holding every response of one question."""
    from plworkshop.ui.facilitation.navigator_model import QUESTION, Position
    from plworkshop.ui.shell.pages import FACILITATE

    window.open_workshop(workshop_id, page=FACILITATE)
    page = window.page(FACILITATE)
    page.go_to(Position(QUESTION, where[0], where[1], where[2]))
    _settle(app)
    panel = page.responses
    rows = panel.proxy.rowCount()
    bar = panel.table.verticalScrollBar()
    scroll = []
    for _ in range(steps):
        target = (bar.value() + bar.pageStep()) if bar.value() < bar.maximum() else 0
        scroll.append(_timed(app, lambda: bar.setValue(target)))
    filtering = []
    for word in ("teachers", "rural", "funding")[: max(1, steps // 8)] or ("teachers",):
        for n in range(1, len(word) + 1):
            filtering.append(_timed(app, lambda: panel.filter_box.setText(word[:n])))
        filtering.append(_timed(app, panel.filter_box.clear))
    return {"rows": rows, "scroll_ms": scroll, "filter_ms": filtering}


def switch_figures(app, window, workshop_id: str, steps: int) -> dict:
    """Go from one strategic question of the large workshop to the next, as the navigator does."""
    from plworkshop.ui.facilitation.navigator_model import QUESTION
    from plworkshop.ui.shell.pages import FACILITATE

    window.open_workshop(workshop_id, page=FACILITATE)
    page = window.page(FACILITATE)
    _settle(app)
    nav = page.navigator
    questions = [i for i in nav.nav_model.stops() if nav.nav_model.position(i).kind == QUESTION]
    times = []
    for i in range(steps):
        index = questions[(i + 1) % len(questions)]
        times.append(_timed(app, lambda: nav.setCurrentIndex(index)))
    return {"switch_ms": times, "questions": len(questions)}


def stall_figure(app, ctx, window, workshop_id: str, bundles: list[Path]) -> dict:
    """Longest gap between 10 ms timer ticks while the preview is built and bundles are imported."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from plworkshop.ui.home.bundle_flows import import_bundles
    from plworkshop.ui.reports.report_preview import preview_report
    from plworkshop.ui.reports.report_preview_dialog import ReportPreviewDialog
    from plworkshop.ui.shell.pages import FACILITATE

    window.open_workshop(workshop_id, page=FACILITATE)
    _settle(app)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    done = {"import": None, "report": None}
    opening = [0.0, 0.0]

    def imported(result) -> None:
        # What the main window does next: open the imported workshop (read in the background, then
        # shown). The import counts as done once that workshop is on screen.
        opening[0] = time.perf_counter()
        live = [d.workshop_id for d in result if not d.in_trash]

        def opened(workshop_id: str) -> None:
            if live and workshop_id == live[-1] and done["import"] is None:
                done["import"] = opening[1] = time.perf_counter()

        window.workshop_opened.connect(opened)
        window.commands.after_import(result)
        if not live:
            done["import"] = opening[1] = time.perf_counter()

    collections: list[tuple[float, float, int]] = []  # (start, ms, generation) of each GC pass
    gc_began: list[float] = [0.0]

    def gc_probe(phase: str, info: dict) -> None:  # runs in whichever thread triggered the pass
        if phase == "start":
            gc_began[0] = time.perf_counter()
        else:
            collections.append((gc_began[0], (time.perf_counter() - gc_began[0]) * 1000, info["generation"]))

    timer.start()
    idle_until = time.perf_counter() + IDLE_PROBE_S  # the same probe with nothing running: the floor
    while time.perf_counter() < idle_until:
        app.processEvents()
        time.sleep(0.001)
    idle = [(b - a) * 1000 for a, b in zip(ticks, ticks[1:])]
    ticks.clear()
    started = time.perf_counter()
    ticks.append(started)
    gc.callbacks.append(gc_probe)
    preview_report(ctx, window, workshop_id)
    import_bundles(ctx, window, bundles, imported)
    while None in done.values() and time.perf_counter() - started < STALL_TIMEOUT_S:
        app.processEvents()
        if done["report"] is None and any(
            isinstance(w, ReportPreviewDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
        ):
            done["report"] = time.perf_counter()
        time.sleep(0.001)
    for _ in range(10):  # let what the two results set off (opening, painting) run and be probed
        app.processEvents()
        time.sleep(0.01)
    timer.stop()
    gc.callbacks.remove(gc_probe)
    slow_gc = sorted(((round(ms), g, round(at - started, 2)) for at, ms, g in collections), reverse=True)[:3]
    gaps = [(b - a) * 1000 for a, b in zip(ticks, ticks[1:])]
    # The same gaps without the time spent opening the imported workshop afterwards (a navigation).
    opened = opening[1] - opening[0]
    other = [
        (b - a - max(0.0, min(b, opening[1]) - max(a, opening[0]))) * 1000 for a, b in zip(ticks, ticks[1:])
    ]
    worst = sorted(((b - a) * 1000, (a - started)) for a, b in zip(ticks, ticks[1:]))[-5:]
    return {
        "stall_max_ms": max(gaps, default=0.0),
        "ticks": len(ticks),
        "idle_max_ms": max(idle, default=0.0),
        "stall_without_open_ms": max(other, default=0.0),
        "open_ms": opened * 1000,
        "worst_gaps": [(round(g), round(at, 2)) for g, at in worst],
        "open_at_s": opening[0] - started,
        "slowest_gc": slow_gc,
        "report_s": (done["report"] or time.perf_counter()) - started,
        "import_s": (done["import"] or time.perf_counter()) - started,
        "finished": None not in done.values(),
    }


def main(argv: list[str]) -> int:
    data_dir, large_id, one_id, condition, stage, question, steps, *bundles = argv
    app, ctx, window = start(Path(data_dir))
    result = list_figures(app, window, one_id, (condition, int(stage), question), int(steps))
    result.update(switch_figures(app, window, large_id, int(steps)))
    if bundles:
        result.update(stall_figure(app, ctx, window, large_id, [Path(b) for b in bundles]))
    print(json.dumps(result), flush=True)
    window.close()
    ctx.session.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
