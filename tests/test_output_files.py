"""Every file plworkshop writes for a person: their usual permissions, only as a regular file, whole
or not at all, and errors that name the path they gave."""

from __future__ import annotations

import os
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from plworkshop.domain.errors import OutputRefused
from plworkshop.output_files import TEMP_MARK, write_bytes_atomically

OUTPUTS = [  # (command words before -o, file name)
    (["report", "Statewide"], "plan.pdf"),
    (["export", "Statewide", "--format", "bundle"], "w.plw"),
    (["export", "Statewide", "--format", "json"], "w.json"),
    (["export", "Statewide", "--format", "xlsx"], "w.xlsx"),
    (["export", "Statewide", "--format", "docx"], "w.docx"),
    (["export", "Statewide", "--format", "csv"], "w.zip"),
    (["export", "Statewide", "--format", "md"], "w.md"),
    (["rollup"], "rollup.pdf"),
    (["rollup"], "rollup.xlsx"),
    (["backup"], "copy.db"),
]


def plw(data: Path, *argv: str, umask: int | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "plworkshop", "--data-dir", str(data), *argv],
        capture_output=True,
        text=True,
        timeout=180,
        preexec_fn=(lambda: os.umask(umask)) if umask is not None else None,
    )


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory) -> Path:
    data = tmp_path_factory.mktemp("outputs") / "data"
    assert plw(data, "demo").returncode == 0
    return data


def test_every_output_gets_the_permissions_the_umask_gives(demo_folder, tmp_path):
    umask = 0o002  # a shared folder's usual umask: group members may read and write
    for words, name in OUTPUTS:
        target = tmp_path / name
        result = plw(demo_folder, *words, "-o", str(target), umask=umask)
        assert result.returncode == 0, (words, result.stderr)
        assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~umask, (name, oct(target.stat().st_mode))
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_a_device_is_refused_by_every_output(demo_folder, tmp_path):
    for words, name in OUTPUTS:
        device = tmp_path / name  # a link to /dev/null, so that the name has the suffix a format needs
        device.symlink_to("/dev/null")
        result = plw(demo_folder, *words, "-o", str(device))
        assert result.returncode == 1 and f"{device} is not a regular file" in result.stderr, result.stderr
        assert result.stderr.count("\n") == 1
        device.unlink()
    result = plw(demo_folder, "export", "Statewide", "--format", "json", "-o", "/dev/null")
    assert result.returncode == 1 and "/dev/null is not a regular file" in result.stderr
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.parametrize(
    "words, suffix",
    [(["report", "Statewide"], ".pdf"), (["export", "Statewide", "--format", "json"], ".json")],
)
def test_a_pipe_or_a_folder_is_refused_and_left_alone(demo_folder, tmp_path, words, suffix):
    fifo = tmp_path / f"pipe{suffix}"
    os.mkfifo(fifo)
    folder = tmp_path / f"folder{suffix}"
    folder.mkdir()
    for target, expected in ((fifo, "not a regular file"), (folder, "is a folder")):
        result = plw(demo_folder, *words, "-o", str(target))
        assert result.returncode == 1 and expected in result.stderr, (target, result.stderr)
        assert str(target) in result.stderr and result.stderr.count("\n") == 1
    assert stat.S_ISFIFO(fifo.lstat().st_mode) and folder.is_dir() and not list(folder.iterdir())
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([fifo.name, folder.name])


def test_errors_name_the_path_given_not_a_temporary_file(demo_folder, tmp_path):
    too_long = tmp_path / ("x" * 260 + ".json")
    result = plw(demo_folder, "export", "Statewide", "--format", "json", "-o", str(too_long))
    assert result.returncode == 1 and str(too_long) in result.stderr, result.stderr
    assert ".part" not in result.stderr and TEMP_MARK not in result.stderr
    assert not list(tmp_path.iterdir())


def test_an_open_database_is_never_overwritten_by_an_output(demo_folder, tmp_path):
    database = demo_folder / "plworkshop.db"
    before = database.read_bytes()
    for words in (["export", "Statewide", "--format", "json"], ["report", "Statewide"], ["backup"]):
        target = database if words[0] != "report" else database.with_suffix(".pdf")
        if words[0] == "report":
            continue  # a report must end in .pdf; it cannot name the database
        result = plw(demo_folder, *words, "-o", str(target))
        assert result.returncode == 1 and "own database" in result.stderr, result.stderr
    assert database.read_bytes() == before


def test_a_link_is_written_through_and_stays_a_link(tmp_path):
    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_bytes_atomically(link, b"new")
    assert link.is_symlink() and real.read_text() == "new"


def test_a_new_name_in_a_missing_folder_is_refused_with_the_folder_named(tmp_path):
    with pytest.raises(OutputRefused, match="does not exist"):
        write_bytes_atomically(tmp_path / "missing" / "x.pdf", b"data")


def test_temporary_files_a_killed_write_left_are_removed_once_stale(tmp_path):
    target = tmp_path / "plan.pdf"
    stale = tmp_path / f".plan.pdf.0123456789ab{TEMP_MARK}"
    fresh = tmp_path / f".plan.pdf.ba9876543210{TEMP_MARK}"
    other = tmp_path / f".auto-20261205-101010-000001-close.db.00aa11bb22cc{TEMP_MARK}"
    someone_elses = tmp_path / ".plan.pdf.swp"
    for leftover in (stale, fresh, other, someone_elses):
        leftover.write_bytes(b"half")
    old = time.time() - 2 * 3600
    for leftover in (stale, other, someone_elses):
        os.utime(leftover, (old, old))
    write_bytes_atomically(target, b"%PDF")
    assert not stale.exists() and not other.exists()
    assert fresh.exists()  # a fresh one may belong to a write still running
    assert someone_elses.exists()  # only files with our mark are ever removed


def test_a_killed_backup_leaves_nothing_a_person_would_see(tmp_path):
    """`backup -o` killed at several moments: the target is whole or absent, and nothing else is visible."""
    data = tmp_path / "data"
    assert plw(data, "demo").returncode == 0
    script = (
        "import sys; from bench.workloads.large_workshop import WorkshopSize, generate_workshop\n"
        "from plworkshop.storage.opening import open_database\n"
        "db = open_database(sys.argv[1])\n"
        "for seed in range(4):\n"
        "    generate_workshop(db.uow(), seed=seed, size=WorkshopSize(responses=6000))\n"
    )
    url = f"sqlite:///{data / 'plworkshop.db'}"
    subprocess.run([sys.executable, "-c", script, url], check=True, timeout=300)
    out = tmp_path / "out"
    out.mkdir()
    for delay in (0.6, 0.9, 1.2, 1.5, 1.8):
        target = out / "copy.db"
        run = subprocess.Popen(
            [sys.executable, "-m", "plworkshop", "--data-dir", str(data), "backup", "-o", str(target)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        run.send_signal(signal.SIGKILL)
        run.wait(timeout=60)
        visible = [p.name for p in out.iterdir() if not p.name.startswith(".")]
        assert visible in ([], ["copy.db"]), visible
        if visible:
            conn = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            conn.close()
            target.unlink()
