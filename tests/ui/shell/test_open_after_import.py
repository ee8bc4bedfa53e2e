"""An imported workshop opens from a read made off the GUI thread: the window keeps answering."""

from __future__ import annotations

import threading

import pytest

from plworkshop.services import workshops


def test_the_imported_workshop_is_read_on_a_worker_thread_then_opened(
    qtbot, window, ctx, workshop, tmp_path, monkeypatch, no_dialogs
):
    bundles = pytest.importorskip("plworkshop.services.bundles")
    from plworkshop.ui.shell.pages import FACILITATE

    path = bundles.export_bundle(ctx.db.uow(), workshop.id, tmp_path / "fixture.plw")
    ctx.call(workshops.delete_workshop, workshop.id)
    ctx.call(workshops.purge_trash, older_than_days=0)
    reads = []
    real = workshops.snapshot

    def counting(uow, workshop_id):
        reads.append(threading.current_thread() is threading.main_thread())
        return real(uow, workshop_id)

    monkeypatch.setattr(workshops, "snapshot", counting)
    with qtbot.waitSignal(window.workshop_opened, timeout=20_000) as opened:
        window.commands.import_bundles([path])
    assert opened.args == [workshop.id]
    assert window.workshop_id == workshop.id and window.current_page_index() == FACILITATE
    page = window.page(FACILITATE)
    assert page.snapshot is not None and page.snapshot.workshop.title == "Fixture convening"
    assert reads == [False]  # one read, and not on the GUI thread


def test_a_snapshot_for_another_workshop_is_not_trusted(qtbot, window, ctx, workshop):
    from plworkshop.services.workshops import create_workshop
    from plworkshop.ui.shell.pages import FACILITATE

    other = ctx.call(create_workshop, title="Another convening")
    wrong = ctx.call(workshops.snapshot, other.id)
    assert window.open_workshop(workshop.id, page=FACILITATE, snapshot=wrong)
    assert window.page(FACILITATE).snapshot.workshop.id == workshop.id
    assert window.windowTitle().endswith(ctx.call(workshops.get_workshop, workshop.id).title)
