"""The window is on screen before the database opens, then fills in: order, content and failures."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

from plworkshop.services import workshops


def _env() -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen")


def _cli(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "plworkshop", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=120,
    )


def test_the_window_is_exposed_before_sqlalchemy_is_imported(tmp_path):
    # A child process wraps fill_main_window (the step that opens the database) to see what the
    # person already has on screen at that moment, and which libraries are loaded.
    probe = textwrap.dedent(f"""
        import sys
        import plworkshop.app as app
        real = app.fill_main_window
        def spy(window, *args, **kwargs):
            handle = window.windowHandle()
            print("exposed", bool(handle and handle.isExposed()))
            print("sqlalchemy", any(m.split(".")[0] == "sqlalchemy" for m in sys.modules))
            ctx = real(window, *args, **kwargs)
            print("ready", window.ready, window.home.model.rowCount())
            return ctx
        app.fill_main_window = spy
        from plworkshop.cli.main import main
        raise SystemExit(main(["--data-dir", {str(tmp_path / "data")!r}, "gui", "--smoke-test"]))
    """)
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=_env(), timeout=120
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert re.fullmatch(r"startup_ms=\d+", lines[0])
    assert lines[1:] == ["exposed True", "sqlalchemy False", "ready True 0"]


def test_ready_ms_follows_startup_ms_once_the_workshop_is_open(tmp_path):
    data = tmp_path / "data"
    assert _cli(data, "demo").returncode == 0
    done = _cli(
        data,
        "gui",
        "--smoke-test",
        "--ready-ms",
        "--open",
        "Statewide Convening on Personalized Learning Policy",
    )
    assert done.returncode == 0, done.stderr
    match = re.fullmatch(r"startup_ms=(\d+)\nready_ms=(\d+)\n", done.stdout)
    assert match and int(match.group(1)) <= int(match.group(2))


def test_opening_a_workshop_that_is_not_there_fails_with_one_sentence(tmp_path):
    done = _cli(tmp_path / "data", "gui", "--smoke-test", "--open", "No such convening")
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("plworkshop: ") and "No such convening" in done.stderr


def test_the_frame_shows_progress_then_attach_builds_pages_and_menus(qtbot, ctx, workshop):
    from plworkshop.ui.shell.main_window import MainWindow
    from plworkshop.ui.shell.pages import FACILITATE

    window = MainWindow(settings=ctx.settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert not window.ready and window.menuBar().actions() == []
    window.show_progress("Opening “<b>Fixture</b>”…")
    assert window.starting.message.text() == "Opening “<b>Fixture</b>”…"
    assert window.starting.message.width() >= window.starting.message.sizeHint().width()

    window.attach(ctx)
    assert window.ready and window.starting is None and window.centralWidget() is not None
    assert "new" in window.actions_by_name and window.home.model.rowCount() == 1
    window.open_workshop(workshop.id, page=FACILITATE)
    assert window.current_page_index() == FACILITATE
    window.show_progress("late")  # ignored once the pages are in
    assert window.windowTitle() == f"plworkshop — {ctx.call(workshops.get_workshop, workshop.id).title}"


def test_closing_the_frame_before_the_database_opens_keeps_its_geometry(qtbot, ctx):
    from PySide6.QtCore import QByteArray

    from plworkshop.ui.shell.main_window import MainWindow

    window = MainWindow(settings=ctx.settings)
    qtbot.addWidget(window)
    window.resize(1100, 700)
    window.show()
    qtbot.waitExposed(window)
    shown_size = window.size()
    window.close()
    saved = ctx.settings.value("window/geometry")
    assert isinstance(saved, QByteArray) and not saved.isEmpty()
    assert ctx.settings.value("window/state") is None  # no pages yet: nothing else to remember
    again = MainWindow(settings=ctx.settings)
    qtbot.addWidget(again)
    assert again.height() == shown_size.height() == 700  # not the first-run 1440 × 900


def test_only_the_gui_command_is_loaded_on_the_way_to_the_window():
    from plworkshop.cli.main import names_only_the_gui

    assert names_only_the_gui([])
    assert names_only_the_gui(["--data-dir", "d", "--lang=es", "-v"])
    assert names_only_the_gui(["--database-url", "gui", "gui", "--smoke-test"])  # a value, then the command
    assert not names_only_the_gui(["report", "W", "-o", "p.pdf"])
    assert not names_only_the_gui(["--data-dir", "d", "list"])
    assert not names_only_the_gui(["--help"]) and not names_only_the_gui(["gui", "--help"])
    assert not names_only_the_gui(["--version"])


def test_the_full_command_list_is_still_in_the_help(tmp_path):
    done = _cli(tmp_path / "data", "--help")
    assert done.returncode == 0
    for command in ("gui", "demo", "report", "export", "import", "rollup", "backup"):
        assert command in done.stdout


def test_once_started_workers_hand_the_gil_back_within_a_millisecond():
    import gc

    from plworkshop.app import keep_the_window_responsive

    before = sys.getswitchinterval()
    try:
        keep_the_window_responsive()
        assert sys.getswitchinterval() == 0.001
        assert gc.get_freeze_count() > 0
    finally:
        sys.setswitchinterval(before)
        gc.unfreeze()


def test_the_real_start_fills_the_window_then_runs_until_it_closes(qapp, app_paths, monkeypatch):
    import gc

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from plworkshop import app as composition
    from plworkshop.ui.shell.main_window import MainWindow

    seen = {}

    def close_when_ready():
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if windows and windows[0].ready:
            seen["home_rows"] = windows[0].home.model.rowCount()  # the first-run demo is listed
            windows[0].close()
        else:
            QTimer.singleShot(20, close_when_ready)

    before = sys.getswitchinterval()
    QTimer.singleShot(0, close_when_ready)  # runs once the event loop does: after the window is filled
    try:
        assert composition.run_gui(app_paths, app_paths.default_database_url) == 0
    finally:
        sys.setswitchinterval(before)
        gc.unfreeze()
    assert seen == {"home_rows": 1}
