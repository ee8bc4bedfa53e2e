"""The one composition root of the GUI: paths → settings → database → pack → context → main window.

`plworkshop` (or `plworkshop gui`) parses arguments, resolves paths and sets up logging in
`plworkshop.cli`, then calls `run_gui`. Nothing here runs at import time, and nothing heavy (ReportLab,
openpyxl, python-docx, Alembic) is imported on the way to the first window.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from plworkshop.paths import AppPaths

log = logging.getLogger(__name__)

SMOKE_TEST_TIMEOUT_MS = 20_000


def process_age_ms(fallback_start: float | None = None) -> int:
    """Milliseconds since this process started (from /proc on Linux; else since `fallback_start`)."""
    try:
        stat = Path("/proc/self/stat").read_text()
        fields = stat[stat.rindex(")") + 2:].split()
        start_ticks = int(fields[19])  # field 22 of stat(5), counted after the command name
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        age = uptime - start_ticks / os.sysconf("SC_CLK_TCK")
        if age >= 0:
            return int(round(age * 1000))
    except (OSError, ValueError, IndexError):
        pass
    start = fallback_start if fallback_start is not None else time.perf_counter()
    return int(round((time.perf_counter() - start) * 1000))


def build_context(paths: AppPaths, database_url: str, *, settings=None):
    """Open the database and load the pack; returns the UiContext every screen shares."""
    from PySide6.QtCore import QSettings

    from plworkshop.framework.loader import load_default_pack
    from plworkshop.services.database_lifecycle import open_app_database
    from plworkshop.ui.context import UiContext

    db = open_app_database(paths, database_url)
    settings = settings or QSettings(str(paths.data_dir / "settings.ini"), QSettings.Format.IniFormat)
    return UiContext(db, paths, load_default_pack(), settings)


def ensure_qt_app():
    """The QApplication, created once with the app's name, theme and icon."""
    from PySide6.QtWidgets import QApplication

    from plworkshop import __version__
    from plworkshop.ui.icons import icon
    from plworkshop.ui.theme import apply_theme

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("plworkshop")
        app.setApplicationDisplayName("plworkshop")
        app.setApplicationVersion(__version__)
        app.setOrganizationName("plworkshop")
        app.setWindowIcon(icon("app"))
        apply_theme(app)
    return app


def build_main_window(ctx, *, first_run_demo: bool = True):
    """The main window on `ctx`; on a machine with no workshops, the demo is made first."""
    from plworkshop.services import workshops
    from plworkshop.ui.home.workshop_commands import create_first_run_demo
    from plworkshop.ui.main_window import MainWindow

    try:
        purged = ctx.call(workshops.purge_trash)
        if purged:
            log.info("Emptied %d workshop(s) from the trash after %d days", purged, workshops.TRASH_DAYS)
    except Exception:  # noqa: BLE001 - a full trash never stops the app from starting
        log.exception("Could not empty old workshops from the trash")
    if first_run_demo:
        create_first_run_demo(ctx)
    return MainWindow(ctx)


def _report_startup_failure(exc: BaseException, paths: AppPaths) -> None:
    from PySide6.QtWidgets import QMessageBox

    from plworkshop.domain.errors import PlworkshopError

    text = str(exc) if isinstance(exc, PlworkshopError) else (
        f"plworkshop could not start. Details are in the log file:\n{paths.log_file}")
    QMessageBox.critical(None, "plworkshop", text)


def run_gui(paths: AppPaths, database_url: str, *, smoke_test: bool = False,
            started: float | None = None) -> int:
    """Show the main window and run until it closes. With `smoke_test`, print startup_ms and exit."""
    app = ensure_qt_app()
    try:
        ctx = build_context(paths, database_url)
    except Exception as exc:
        log.exception("The database could not be opened")
        if not smoke_test:
            _report_startup_failure(exc, paths)
        raise
    from plworkshop.ui.error_hook import install_error_hook

    window = build_main_window(ctx, first_run_demo=not smoke_test)
    hook = install_error_hook(paths.log_file, lambda: window)
    window.show()
    try:
        if smoke_test:
            return _finish_smoke_test(app, window, started)
        return app.exec()
    finally:
        hook.uninstall()
        ctx.db.dispose()


def _finish_smoke_test(app, window, started: float | None) -> int:
    """Wait until the window is on screen, print startup_ms=N, close."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    deadline = QDeadlineTimer(SMOKE_TEST_TIMEOUT_MS)
    while not (window.isVisible() and window.windowHandle() is not None
               and window.windowHandle().isExposed()):
        if deadline.hasExpired():
            print("plworkshop: the main window did not appear.", file=sys.stderr)
            return 1
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    app.processEvents()
    print(f"startup_ms={process_age_ms(started)}", flush=True)
    window.close()
    return 0


def main(argv: list[str] | None = None) -> int:
    """Start the GUI the way the `plworkshop` command does (arguments as for `plworkshop gui`)."""
    from plworkshop.cli.main import main as cli_main

    return cli_main(["gui", *(sys.argv[1:] if argv is None else argv)])
