"""A restore never swaps the database under another process: no writer reports work that did not land.

Real processes, real timing: a CLI import or an app recording runs while `plworkshop restore` starts
in another process. Whatever the interleaving, work a process reported as saved is in the live
database afterwards, or in the file a successful restore said it set aside with everything in it.
"""

from __future__ import annotations

import re
import shutil
import time
from pathlib import Path

import pytest

from bench.workloads import large_workshop
from plworkshop.paths import AppPaths
from plworkshop.services.bundles import export_bundle
from plworkshop.storage.opening import open_database
from tests.services.process_helpers import (
    cli,
    count_responses,
    finish,
    response_ids,
    run_cli,
    script,
    workshop_ids,
)

RESPONSES = 4000

RECORDER = r"""
import sys
from plworkshop.paths import AppPaths
from plworkshop.services import responses, workshops
from plworkshop.services.app_session import open_for_app

paths = AppPaths(__import__("pathlib").Path(sys.argv[1]))
session = open_for_app(paths, paths.default_database_url)
wid = workshops.list_workshops(session.db.uow())[0].id
print("open", flush=True)
stop_after_restore = sys.argv[2] == "until-told"
count = 0
while True:
    saved = responses.record_response(
        session.db.uow(), wid, condition="collaborative-leadership", stage=1,
        question="collaborative-leadership.s1.q1", text=f"said {count}")
    print("saved", saved.id, flush=True)
    count += 1
    if stop_after_restore:
        import select
        if select.select([sys.stdin], [], [], 0.01)[0]:
            break
    elif count >= int(sys.argv[2]):
        break
session.close()
print("closed", flush=True)
"""


@pytest.fixture(scope="module")
def folder_with_backup(tmp_path_factory):
    """A data folder holding the demo workshop, a backup of it, and a 4000-response bundle to import
    (made once: each test starts from a copy of the database, `_reset`)."""
    tmp_path = tmp_path_factory.mktemp("restore-races")
    data = tmp_path / "data"
    assert run_cli(data, "demo")[0] == 0
    backup = tmp_path / "before.db"
    assert run_cli(data, "backup", "-o", str(backup))[0] == 0
    source = open_database(f"sqlite:///{tmp_path / 'source.db'}")
    size = large_workshop.WorkshopSize(participants=40, responses=RESPONSES, action_items=10)
    wid = large_workshop.generate_workshop(source.uow(), seed=5, size=size)
    bundle = export_bundle(source.uow(), wid, tmp_path / "big.plw")
    source.dispose()
    pristine = tmp_path / "pristine.db"
    shutil.copy(AppPaths(data).database_file, pristine)
    return data, backup, bundle, wid, pristine


def _reset(data: Path, pristine: Path) -> Path:
    database = AppPaths(data).database_file
    for leftover in data.glob("plworkshop.before-restore-*"):
        leftover.unlink()
    for suffix in ("-wal", "-shm"):
        Path(str(database) + suffix).unlink(missing_ok=True)
    shutil.copy(pristine, database)
    return database


def _kept(out: str) -> Path | None:
    match = re.search(r"kept at (.+)\.$", out, re.M)
    return Path(match.group(1)) if match else None


@pytest.mark.parametrize("delay", [0.0, 0.3, 0.6])
def test_import_and_restore_started_together_never_both_claim_the_database(folder_with_backup, delay):
    data, backup, bundle, wid, pristine = folder_with_backup
    database = _reset(data, pristine)
    importing = cli(data, "import", str(bundle))
    time.sleep(delay)
    restoring = cli(data, "restore", str(backup))
    import_code, _import_out, import_err = finish(importing)
    restore_code, restore_out, restore_err = finish(restoring)
    assert "unexpected error" not in import_err + restore_err
    assert import_code == 0, import_err
    if restore_code != 0:
        assert "nothing was restored" in restore_err and restore_err.count("\n") == 1
    where = database
    if wid not in workshop_ids(database):
        # only a restore that ran after the import had finished may set its work aside, all of it
        assert restore_code == 0, "the import said done, yet its workshop is not in the database"
        where = _kept(restore_out)
        assert where is not None and wid in workshop_ids(where)
    assert count_responses(where, wid) == RESPONSES
    assert run_cli(data, "check")[0] == 0


def test_restore_is_refused_while_the_app_records_and_every_saved_word_stays(folder_with_backup):
    data, backup, _bundle, _wid, pristine = folder_with_backup
    database = _reset(data, pristine)
    recorder = script(RECORDER, str(data), "until-told")
    assert recorder.stdout.readline().strip() == "open"
    code, _out, err = run_cli(data, "restore", str(backup))
    recorder.stdin.write("stop\n")
    recorder.stdin.flush()
    rest, recorder_err = recorder.communicate(timeout=60)
    assert recorder.returncode == 0, recorder_err
    assert code == 1 and "open in plworkshop" in err and err.count("\n") == 1
    saved = {line.split()[1] for line in rest.splitlines() if line.startswith("saved")}
    assert saved and saved <= response_ids(database)
    assert not list(data.glob("plworkshop.before-restore-*"))


def test_restore_is_refused_while_any_process_has_the_database_open(folder_with_backup):
    data, backup, _bundle, _wid, pristine = folder_with_backup
    database = _reset(data, pristine)
    before = database.read_bytes()
    holder = script(
        "import sys; from plworkshop.storage.opening import open_database\n"
        "db = open_database(sys.argv[1]); print('open', flush=True); sys.stdin.readline()",
        f"sqlite:///{database}",
    )
    assert holder.stdout.readline().strip() == "open"
    code, _out, err = run_cli(data, "restore", str(backup))
    holder.communicate("stop\n", timeout=60)
    assert code == 1 and "another plworkshop command or window is using this database" in err.lower()
    assert database.read_bytes() == before
    assert not list(data.glob("plworkshop.before-restore-*")) and not list(data.glob(".*tmp"))


@pytest.mark.parametrize("count", [5, 60])
def test_recording_and_restore_interleaved_lose_nothing_acknowledged(folder_with_backup, count):
    data, backup, _bundle, _wid, pristine = folder_with_backup
    database = _reset(data, pristine)
    recorder = script(RECORDER, str(data), str(count))
    assert recorder.stdout.readline().strip() == "open"
    restoring = cli(data, "restore", str(backup))
    rest, recorder_err = recorder.communicate(timeout=60)
    code, out, err = finish(restoring)
    assert recorder.returncode == 0, recorder_err
    assert "unexpected error" not in err
    saved = {line.split()[1] for line in rest.splitlines() if line.startswith("saved")}
    assert len(saved) == count
    if code == 0:  # the restore ran once the app had closed: all of its work is in the file set aside
        assert saved <= response_ids(_kept(out))
    else:
        assert saved <= response_ids(database)


def test_a_writer_that_starts_during_a_restore_waits_and_lands_in_the_restored_file(folder_with_backup):
    data, backup, bundle, wid, pristine = folder_with_backup
    from plworkshop.storage.users_lock import DatabaseUsers

    database = _reset(data, pristine)
    restore = DatabaseUsers(database).take_alone()  # what a restore holds from its checks to the swap
    try:
        importing = cli(data, "import", str(bundle))
        time.sleep(1.5)  # the import starts and reaches the database meanwhile
        shutil.copy(backup, database)
    finally:
        restore.release()
    code, _out, err = finish(importing)
    assert code == 0, err
    assert count_responses(database, wid) == RESPONSES
