"""The one composition root of the GUI: paths → settings → database → pack → context → main window.

`plworkshop` (or `plworkshop gui`) parses arguments, resolves paths and sets up logging in
`plworkshop.cli`, then calls `run_gui`. Nothing here runs at import time, and nothing heavy (ReportLab,
openpyxl, python-docx, Alembic) is imported on the way to the first window.
"""

from __future__ import annotations

import gc
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


def open_session(paths: AppPaths, database_url: str, *, interactive: bool):
    """The database as the desktop app holds it (writer lock, daily backup, trash purge).

    `interactive` asks the person what to do when the file is damaged, in use or too new, and returns
    None if they choose to quit; otherwise those problems raise their domain error.
    """
    from plworkshop.services import app_session

    if interactive:
        from plworkshop.ui.backups.startup_problems import open_database_interactively

        return open_database_interactively(paths, database_url)
    return app_session.open_for_app(paths, database_url)


def build_context(paths: AppPaths, database_url: str | None = None, *, db=None, settings=None):
    """The UiContext every screen shares, on `db` (or a plain database opened at `database_url`)."""
    from PySide6.QtCore import QSettings

    from plworkshop.framework.loader import load_default_pack
    from plworkshop.ui.context import UiContext

    if db is None:
        from plworkshop.services.database_lifecycle import open_app_database

        db = open_app_database(paths, database_url or paths.default_database_url)
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
    from plworkshop.ui.home.workshop_commands import create_first_run_demo
    from plworkshop.ui.main_window import MainWindow

    if first_run_demo and not ctx.db.read_only:
        create_first_run_demo(ctx)
    return MainWindow(ctx)


def _report_startup_failure(exc: BaseException, paths: AppPaths) -> None:
    from PySide6.QtWidgets import QMessageBox

    from plworkshop.domain.errors import PlworkshopError

    text = str(exc) if isinstance(exc, PlworkshopError) else (
        f"plworkshop could not start. Details are in the log file:\n{paths.log_file}")
    QMessageBox.critical(None, "plworkshop", text)


def apply_user_preferences(app, paths: AppPaths, lang: str | None = None) -> str:
    """Install the interface language (`lang`, else Preferences, else the system) and the chosen theme.

    Returns the language installed. Called before the first window, so every text is translated.
    """
    from PySide6.QtCore import QSettings

    from plworkshop.ui.i18n import choose_language, install_language
    from plworkshop.ui.preferences.preferences_dialog import high_contrast_enabled
    from plworkshop.ui.theme import apply_theme

    settings = QSettings(str(paths.data_dir / "settings.ini"), QSettings.Format.IniFormat)
    chosen = choose_language(lang, settings)
    install_language(app, chosen)
    if high_contrast_enabled(settings):
        apply_theme(app, high_contrast=True)
    return chosen


def run_gui(paths: AppPaths, database_url: str, *, smoke_test: bool = False,
            started: float | None = None, lang: str | None = None,
            open_workshop: str | None = None) -> int:
    """Show the main window and run until it closes. With `smoke_test`, print startup_ms and exit.

    `lang` ("en"/"es") overrides the language chosen in Preferences or by the system locale.
    `open_workshop` (an id or a title, as `find_workshop` takes it) is opened before the window shows.
    """
    app = ensure_qt_app()
    apply_user_preferences(app, paths, lang)
    try:
        session = open_session(paths, database_url, interactive=not smoke_test)
    except Exception as exc:
        log.exception("The database could not be opened")
        if not smoke_test:
            _report_startup_failure(exc, paths)
        raise
    if session is None:  # the person chose to quit rather than open a troubled database
        return 1
    ctx = build_context(paths, db=session.db)
    ctx.session = session  # File → Restore from backup swaps it for the reopened database
    from plworkshop.ui.error_hook import install_error_hook

    window = build_main_window(ctx, first_run_demo=not smoke_test)
    hook = install_error_hook(paths.log_file, lambda: window)
    if open_workshop:
        from plworkshop.services.workshops import find_workshop

        window.open_workshop(ctx.call(find_workshop, open_workshop).id)
    window.show()
    # Everything made while starting (modules, Qt wrappers, the pack) lives as long as the app: move it
    # out of the garbage collector's reach, so the full collections that background work (reports,
    # imports) sets off stop the GUI thread for tens of milliseconds instead of over a hundred.
    gc.freeze()
    try:
        if smoke_test:
            return _finish_smoke_test(app, window, started)
        return app.exec()
    finally:
        hook.uninstall()
        ctx.session.close()


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
