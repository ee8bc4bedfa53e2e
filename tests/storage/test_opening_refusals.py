"""Opening refuses before it writes: a newer, read-only or unreachable database is left as it was,
and two first runs at once create the schema once."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import text

from plworkshop.domain.errors import DatabaseTooNew, DatabaseUnreachable
from plworkshop.storage import schema
from plworkshop.storage.opening import open_database


def _digest(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()
    }


def _newer_database(path: Path, journal: str) -> None:
    db = open_database(f"sqlite:///{path}")
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    db.dispose()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA journal_mode={journal}")
    conn.close()


@pytest.mark.parametrize("journal", ["delete", "wal"])
def test_a_newer_database_is_refused_and_left_byte_for_byte(tmp_path, journal):
    folder = tmp_path / "db"
    folder.mkdir()
    path = folder / "plworkshop.db"
    _newer_database(path, journal)
    before = _digest(folder)
    with pytest.raises(DatabaseTooNew, match="newer version"):
        open_database(f"sqlite:///{path}")
    after = _digest(folder)
    if journal == "wal":  # SQLite's read-only reader makes its shared-memory index beside a WAL file
        after = {name: digest for name, digest in after.items() if not name.endswith(("-wal", "-shm"))}
    assert after == before  # the same bytes; in rollback mode not even a lock file appeared


def test_a_newer_database_through_the_cli_is_left_byte_for_byte(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    _newer_database(data / "plworkshop.db", "delete")
    before = _digest(data)
    result = subprocess.run(
        [sys.executable, "-m", "plworkshop", "--data-dir", str(data), "list"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1 and "newer version" in result.stderr
    assert {k: v for k, v in _digest(data).items()} == before


FIRST_RUN = r"""
import sys
from plworkshop.storage.opening import open_database
db = open_database(sys.argv[1])
db.dispose()
print("ok")
"""


def _first_runs_at_once(url: str, processes: int = 3) -> list[subprocess.CompletedProcess]:
    started = [
        subprocess.Popen(
            [sys.executable, "-c", FIRST_RUN, url], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(processes)
    ]
    return [subprocess.CompletedProcess(p.args, p.wait(timeout=120), *p.communicate()) for p in started]


@pytest.mark.parametrize("round_", range(4))
def test_first_runs_at_once_create_the_schema_once_on_sqlite(tmp_path, round_):
    url = f"sqlite:///{tmp_path / f'first-{round_}.db'}"
    for result in _first_runs_at_once(url):
        assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr[-800:]
    db = open_database(url)
    assert schema.current_revision(db.engine) == schema.HEAD_REVISION
    db.dispose()


def test_first_imports_at_once_into_a_new_data_folder(tmp_path):
    """The reported case: two `plworkshop import` into a new, empty data folder at the same moment."""
    source = tmp_path / "source"
    assert (
        subprocess.run(
            [sys.executable, "-m", "plworkshop", "--data-dir", str(source), "demo"],
            capture_output=True,
            timeout=120,
        ).returncode
        == 0
    )
    bundle = tmp_path / "demo.plw"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "plworkshop",
            "--data-dir",
            str(source),
            "export",
            "Statewide",
            "--format",
            "bundle",
            "-o",
            str(bundle),
        ],
        capture_output=True,
        timeout=120,
        check=True,
    )
    for round_ in range(3):
        data = tmp_path / f"fresh-{round_}"
        runs = [
            subprocess.Popen(
                [sys.executable, "-m", "plworkshop", "--data-dir", str(data), "import", str(bundle)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]
        for run in runs:
            _out, err = run.communicate(timeout=120)
            assert run.returncode == 0 and "unexpected" not in err, err


@pytest.mark.postgres
def test_first_runs_at_once_create_the_schema_once_on_postgresql(postgres_server):
    for _round in range(3):
        url = postgres_server.create_database(migrated=False)
        for result in _first_runs_at_once(url):
            assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr[-800:]
        db = open_database(url)
        assert schema.current_revision(db.engine) == schema.HEAD_REVISION
        db.dispose()


@pytest.mark.parametrize(
    "url, words",
    [
        ("not a url at all", "is not a URL"),
        ("plworkshop.db", "is not a URL"),
        ("nosuchdb://user@localhost/x", "driver “nosuchdb”"),
        ("postgresql+nosuchdriver://user@localhost/x", "postgresql+nosuchdriver"),
        ("postgresql+psycopg://user@no-such-host.invalid/x", "does not resolve"),
    ],
)
def test_a_bad_database_url_says_which_problem_it_is(url, words):
    with pytest.raises(DatabaseUnreachable) as info:
        open_database(url)
    assert words in str(info.value) and str(info.value).count(".") >= 1


def test_a_server_that_does_not_answer_is_named(tmp_path):
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # nothing listens here once the socket is closed
    with pytest.raises(DatabaseUnreachable, match=f"127.0.0.1:{port} cannot be reached"):
        open_database(f"postgresql+psycopg://postgres@127.0.0.1:{port}/x?connect_timeout=5")


def test_the_cli_says_which_url_problem_in_one_sentence(tmp_path):
    for url, words in [
        ("::::", "not a URL"),
        ("nosuchdb://x/y", "nosuchdb"),
        ("postgresql+psycopg://u@no-such-host.invalid/x", "does not resolve"),
    ]:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "plworkshop",
                "--data-dir",
                str(tmp_path / "d"),
                "--database-url",
                url,
                "list",
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 1 and words in result.stderr, result.stderr
        assert "unexpected" not in result.stderr and result.stderr.count("\n") == 1


def _as_nobody() -> list[str]:
    """Run as an unprivileged user when the tests run as root (root may write anywhere)."""
    if os.geteuid() != 0:
        return []
    if shutil.which("runuser") is None:
        pytest.skip("running as root without runuser: a read-only folder cannot be made")
    return ["runuser", "-u", "nobody", "--"]


def test_a_read_only_data_folder_is_called_read_only_not_damaged():
    base = Path(tempfile.mkdtemp(prefix="plw-ro-"))
    try:
        os.chmod(base, 0o755)
        data = base / "data"
        subprocess.run(
            [sys.executable, "-m", "plworkshop", "--data-dir", str(data), "demo"],
            capture_output=True,
            timeout=120,
            check=True,
        )
        if os.geteuid() == 0:
            shutil.chown(base, "nobody")
            for path in [data, *data.rglob("*")]:
                shutil.chown(path, "nobody")
        for path in [*data.rglob("*"), data]:
            path.chmod(path.stat().st_mode & ~0o222)
        before = _digest(data)
        for command in (["list"], ["check"], ["demo"]):
            result = subprocess.run(
                [*_as_nobody(), sys.executable, "-m", "plworkshop", "--data-dir", str(data), *command],
                capture_output=True,
                text=True,
                timeout=120,
                env={**os.environ, "HOME": str(base)},
            )
            assert result.returncode == 1, result.stderr
            assert "read-only" in result.stderr and "damaged" not in result.stderr, result.stderr
        assert _digest(data) == before
    finally:
        for path in [base, *base.rglob("*")]:
            path.chmod(0o755)
        shutil.rmtree(base, ignore_errors=True)


@pytest.mark.postgres
def test_a_newer_postgresql_database_is_refused_and_left_as_it_was(postgres_url):
    from sqlalchemy import create_engine, inspect

    engine = create_engine(postgres_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
        tables = sorted(inspect(conn).get_table_names())
    with pytest.raises(DatabaseTooNew, match="newer version"):
        open_database(postgres_url)
    with engine.connect() as conn:
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
        assert version == "9999_from_the_future"
        assert sorted(inspect(conn).get_table_names()) == tables
    engine.dispose()
