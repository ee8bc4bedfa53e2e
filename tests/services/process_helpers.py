"""Running plworkshop and small writer scripts as real processes, for the tests of concurrent access."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

CLI_TIMEOUT = 120


def cli(data_dir: Path, *argv: str, **popen) -> subprocess.Popen:
    """`plworkshop --data-dir DATA ARGV...` started in the background, output captured as text."""
    env = {**os.environ, "PLWORKSHOP_DATA_DIR": str(data_dir)}
    env.pop("PLWORKSHOP_DATABASE_URL", None)
    return subprocess.Popen(
        [sys.executable, "-m", "plworkshop", "--data-dir", str(data_dir), *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        **popen,
    )


def finish(process: subprocess.Popen) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=CLI_TIMEOUT)
    return process.returncode, out, err


def run_cli(data_dir: Path, *argv: str) -> tuple[int, str, str]:
    return finish(cli(data_dir, *argv))


def script(code: str, *args: str) -> subprocess.Popen:
    """A Python snippet in its own process; its stdin stays open so the test can tell it to stop."""
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        bufsize=1,
    )


def workshop_ids(database: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return {row[0] for row in conn.execute("SELECT id FROM workshops")}
    finally:
        conn.close()


def response_ids(database: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return {row[0] for row in conn.execute("SELECT id FROM responses")}
    finally:
        conn.close()


def count_responses(database: Path, workshop_id: str) -> int:
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        query = "SELECT count(*) FROM responses WHERE workshop_id = ?"
        return conn.execute(query, (workshop_id,)).fetchone()[0]
    finally:
        conn.close()
