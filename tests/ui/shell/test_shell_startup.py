"""Starting the app: the smoke test, a light start path, the first-run demo, the error hook, drops."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from plworkshop.services import workshops


def _run(args: list[str], data_dir: Path, *extra: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, *extra, "-m", "plworkshop", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_smoke_test_prints_startup_ms_and_exits_0(tmp_path):
    done = _run(["gui", "--smoke-test"], tmp_path / "data")
    assert done.returncode == 0, done.stderr
    match = re.fullmatch(r"startup_ms=(\d+)\n", done.stdout)
    assert match and 0 < int(match.group(1)) < 60_000
    assert (tmp_path / "data" / "plworkshop.db").exists()


def test_start_path_imports_no_report_or_migration_libraries(tmp_path):
    _run(["gui", "--smoke-test"], tmp_path / "data")  # create and migrate the database first
    done = _run(["gui", "--smoke-test"], tmp_path / "data", "-X", "importtime")
    assert done.returncode == 0, done.stderr
    imported = {line.split("|")[-1].strip() for line in done.stderr.splitlines() if "|" in line}
    heavy = {name for name in imported if name.split(".")[0] in ("reportlab", "openpyxl", "docx", "alembic")}
    assert heavy == set()


def test_first_run_creates_the_demo_so_a_new_person_sees_a_workshop(qtbot, ctx):
    from plworkshop.app import build_main_window

    window = build_main_window(ctx)
    qtbot.addWidget(window)
    listed = ctx.call(workshops.list_workshops)
    assert len(listed) == 1 and listed[0].participants > 10
    assert window.home.model.rowCount() == 1
    # a second start does not make another one
    again = build_main_window(ctx)
    qtbot.addWidget(again)
    assert len(ctx.call(workshops.list_workshops)) == 1


def test_no_demo_when_workshops_exist(ctx, workshop, qtbot):
    from plworkshop.app import build_main_window

    qtbot.addWidget(build_main_window(ctx))
    assert [w.id for w in ctx.call(workshops.list_workshops)] == [workshop.id]


def test_error_hook_logs_the_traceback_apologises_and_keeps_going(tmp_path, monkeypatch):
    import logging

    from plworkshop.ui.error_hook import ErrorApology, install_error_hook

    shown = []
    monkeypatch.setattr(
        ErrorApology, "show", classmethod(lambda cls, parent, log_file: shown.append(log_file))
    )
    records = []
    handler = logging.Handler()
    handler.emit = records.append
    logging.getLogger("plworkshop.ui").addHandler(handler)
    previous = sys.excepthook
    hook = install_error_hook(tmp_path / "plworkshop.log")
    try:
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        hook.uninstall()
        logging.getLogger("plworkshop.ui").removeHandler(handler)
    assert sys.excepthook is previous
    assert shown == [tmp_path / "plworkshop.log"]
    assert records and records[0].exc_info[1].args == ("boom in a slot",)


def _drop(window, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(QPoint(300, 300)),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)


def test_dropping_a_bundle_on_the_window_imports_and_opens_it(
    qtbot, window, ctx, workshop, tmp_path, no_dialogs
):
    bundles = pytest.importorskip("plworkshop.services.bundles")
    path = bundles.export_bundle(ctx.db.uow(), workshop.id, tmp_path / "fixture.plw")
    ctx.call(workshops.delete_workshop, workshop.id)
    ctx.call(workshops.purge_trash, older_than_days=0)
    assert ctx.call(workshops.list_workshops) == []
    _drop(window, [path, tmp_path / "notes.txt"])  # the text file is ignored
    qtbot.waitUntil(lambda: window.workshop_id == workshop.id, timeout=10_000)
    assert [w.title for w in ctx.call(workshops.list_workshops)] == ["Fixture convening"]
    assert window.home.model.rowCount() == 1


def test_find_goes_to_the_current_page(qtbot, window, workshop):
    from plworkshop.ui.shell.pages import SETUP

    window.open_workshop(workshop.id, page=SETUP)
    window.actions_by_name["find"].trigger()
    assert window.setup.tabs.currentWidget() is window.setup.roster
    assert window.setup.roster.table.hasFocus()


def test_about_names_version_pack_and_data_folder(window, ctx, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda parent, title, text: shown.append(text)))
    window.actions_by_name["about"].trigger()
    assert ctx.pack.id in shown[0] and ctx.pack.version in shown[0]
    assert str(ctx.paths.data_dir) in shown[0] and "0.1.0" in shown[0]


def test_no_command_means_the_gui_even_with_global_options(tmp_path, monkeypatch):
    import plworkshop.app
    from plworkshop.cli.main import main

    calls = []
    monkeypatch.setattr(
        plworkshop.app,
        "run_gui",
        lambda paths, url, smoke_test=False, started=None: calls.append((paths, smoke_test)) or 0,
    )
    assert main([]) == 0
    assert main(["--data-dir", str(tmp_path / "elsewhere")]) == 0
    assert [smoke for _, smoke in calls] == [False, False]
    assert calls[1][0].data_dir == (tmp_path / "elsewhere").resolve()


def test_open_the_demo_from_home_creates_it_once_and_opens_it(qtbot, window, ctx, no_dialogs):
    from plworkshop.services.demo import DEMO_WORKSHOP_ID

    assert window.home.demo_button.isVisible()
    window.home.demo_button.click()
    qtbot.waitUntil(lambda: window.workshop_id == DEMO_WORKSHOP_ID, timeout=20_000)
    assert window.windowTitle().startswith("plworkshop — ")
    window.show_page(0)
    window.home.demo_button.click()  # already there: opened at once, not made again
    assert window.workshop_id == DEMO_WORKSHOP_ID
    assert len(ctx.call(workshops.list_workshops)) == 1


def test_projector_view_opens_and_closes_with_f5(qtbot, window, workshop):
    from plworkshop.ui.shell.pages import FACILITATE

    window.open_workshop(workshop.id, page=FACILITATE)
    window.actions_by_name["projector"].trigger()
    assert window.projector is not None and window.projector.isVisible()
    window.actions_by_name["projector"].trigger()
    assert window.projector is None
