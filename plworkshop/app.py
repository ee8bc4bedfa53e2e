"""The one composition root of the GUI: paths → settings → window → database → pack → context → pages.

The one entry point is the command line (`plworkshop`, `python -m plworkshop`): `plworkshop gui`
parses arguments, resolves paths and sets up logging in `plworkshop.cli`, then calls `run_gui`; this
module never calls back into the command line. The main window's frame is shown first, with only Qt loaded;
then the database is opened (SQLAlchemy is imported only now), the workshop read and the pages built
into that same window. Nothing heavy (ReportLab, openpyxl, python-docx, Alembic) is imported on the way.
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
FIRST_PAINT_WAIT_MS = 1_000


def process_age_ms(fallback_start: float | None = None) -> int:
    """Milliseconds since this process started (from /proc on Linux; else since `fallback_start`)."""
    try:
        stat = Path("/proc/self/stat").read_text()
        fields = stat[stat.rindex(")") + 2 :].split()
        start_ticks = int(fields[19])  # field 22 of stat(5), counted after the command name
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        age = uptime - start_ticks / os.sysconf("SC_CLK_TCK")
        if age >= 0:
            return round(age * 1000)
    except (OSError, ValueError, IndexError):
        pass
    start = fallback_start if fallback_start is not None else time.perf_counter()
    return round((time.perf_counter() - start) * 1000)


def open_session(paths: AppPaths, database_url: str, *, interactive: bool, parent=None):
    """The database as the desktop app holds it (writer lock, daily backup, trash purge).

    `interactive` asks the person what to do when the file is damaged, in use or too new, and returns
    None if they choose to quit; otherwise those problems raise their domain error.
    """
    from plworkshop.services import app_session

    if interactive:
        from plworkshop.ui.backups.startup_problems import open_database_interactively

        return open_database_interactively(paths, database_url, parent)
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


def build_main_window(ctx, *, first_run_demo: bool = True, window=None):
    """The main window on `ctx` (or `window`, a started frame, completed); the demo first on a new machine."""
    from plworkshop.ui.home.workshop_commands import create_first_run_demo
    from plworkshop.ui.shell.main_window import MainWindow

    if first_run_demo and not ctx.read_only:
        create_first_run_demo(ctx)
    if window is None:
        return MainWindow(ctx)
    window.attach(ctx)
    return window


def _report_startup_failure(exc: BaseException, paths: AppPaths, parent=None) -> None:
    from PySide6.QtWidgets import QMessageBox

    from plworkshop.domain.errors import PlworkshopError

    text = (
        str(exc)
        if isinstance(exc, PlworkshopError)
        else (f"plworkshop could not start. Details are in the log file:\n{paths.log_file}")
    )
    QMessageBox.critical(parent, "plworkshop", text)


def app_settings(paths: AppPaths):
    """The app's settings file in the data folder (window layout, language, recent workshops)."""
    from PySide6.QtCore import QSettings

    return QSettings(str(paths.data_dir / "settings.ini"), QSettings.Format.IniFormat)


def apply_user_preferences(app, paths: AppPaths, lang: str | None = None, settings=None) -> str:
    """Install the interface language (`lang`, else Preferences, else the system) and the chosen theme.

    Returns the language installed. Called before the first window, so every text is translated.
    """
    from plworkshop.ui.i18n import choose_language, install_language
    from plworkshop.ui.preferences.stored_choices import high_contrast_enabled
    from plworkshop.ui.theme import apply_theme

    settings = settings if settings is not None else app_settings(paths)
    chosen = choose_language(lang, settings)
    install_language(app, chosen)
    if high_contrast_enabled(settings):
        apply_theme(app, high_contrast=True)
    return chosen


def run_gui(
    paths: AppPaths,
    database_url: str,
    *,
    smoke_test: bool = False,
    started: float | None = None,
    lang: str | None = None,
    open_workshop: str | None = None,
    print_ready: bool = False,
) -> int:
    """Show the main window and run until it closes. With `smoke_test`, print startup_ms and exit.

    `lang` ("en"/"es") overrides the language chosen in Preferences or by the system locale.
    `open_workshop` (an id or a title, as `find_workshop` takes it) is opened as the window fills in.
    The frame is on screen before the database opens; `startup_ms` is taken then. `print_ready`
    (with `smoke_test`) also prints `ready_ms=N` once the database and the workshop are open.
    """
    from plworkshop.ui.shell.main_window import MainWindow

    app = ensure_qt_app()
    settings = app_settings(paths)
    apply_user_preferences(app, paths, lang, settings)
    window = MainWindow(settings=settings)
    window.show()
    if smoke_test:
        if not wait_until_exposed(app, window):
            print("plworkshop: the main window did not appear.", file=sys.stderr)
            return 1
        print(f"startup_ms={process_age_ms(started)}", flush=True)
    else:  # painted once before the database opens; a window started minimised is not waited for
        wait_until_exposed(app, window, FIRST_PAINT_WAIT_MS)
    try:
        ctx = fill_main_window(
            window, paths, database_url, smoke_test=smoke_test, open_workshop=open_workshop
        )
    except Exception as exc:
        log.exception("plworkshop could not start")
        if not smoke_test:
            _report_startup_failure(exc, paths, window)
        window.close()
        raise
    if ctx is None:  # the person chose to quit rather than open a troubled database
        window.close()
        return 1
    from plworkshop.ui.error_hook import install_error_hook

    hook = install_error_hook(paths.log_file, lambda: window)
    keep_the_window_responsive()
    try:
        if smoke_test:
            app.processEvents()
            if print_ready:
                print(f"ready_ms={process_age_ms(started)}", flush=True)
            window.close()
            return 0
        return app.exec()
    finally:
        hook.uninstall()
        ctx.session.close()


def fill_main_window(
    window, paths: AppPaths, database_url: str, *, smoke_test: bool = False, open_workshop: str | None = None
):
    """Open the database and put its pages (and `open_workshop`) in the shown frame; the context.

    Returns None when the person chooses to quit over a damaged, locked or too-new database.
    """
    from plworkshop.ui.i18n import translate

    window.show_progress(translate("MainWindow", "Opening the database…"))
    session = open_session(paths, database_url, interactive=not smoke_test, parent=window)
    if session is None:
        return None
    ctx = build_context(paths, db=session.db, settings=window.settings)
    ctx.session = session  # File → Restore from backup swaps it for the reopened database
    found = None
    if open_workshop:
        from plworkshop.services.workshops import find_workshop

        found = ctx.call(find_workshop, open_workshop)
        window.show_progress(translate("MainWindow", "Opening “{title}”…").format(title=found.title))
    build_main_window(ctx, first_run_demo=not smoke_test, window=window)
    if found is not None and window.open_workshop(found.id):
        window.resume_facilitation()  # back to the question the facilitator left
    elif found is None and not smoke_test:
        window.reopen_last_place()  # the workshop, page and question the window closed on
    return ctx


GUI_SWITCH_INTERVAL_S = 0.001


def keep_the_window_responsive() -> None:
    """Once started: settings that keep the GUI thread answering while reports and imports run.

    Everything made while starting (modules, Qt wrappers, the pack) lives as long as the app: frozen
    out of the garbage collector's reach, the full collections that background work sets off stop the
    GUI thread for tens of milliseconds instead of over a hundred. And a worker thread hands the GIL
    back after 1 ms instead of Python's 5 ms when the GUI thread asks for it, so a timer or a keystroke
    waits milliseconds, not tens of them, behind a report being laid out (it costs the worker ~1%).
    """
    gc.freeze()
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)


def wait_until_exposed(app, window, timeout_ms: int = SMOKE_TEST_TIMEOUT_MS) -> bool:
    """Process events until `window` is on screen (painted once), or the timeout passes."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop

    deadline = QDeadlineTimer(timeout_ms)
    while not (
        window.isVisible() and window.windowHandle() is not None and window.windowHandle().isExposed()
    ):
        if deadline.hasExpired():
            return False
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    app.processEvents()
    return True
