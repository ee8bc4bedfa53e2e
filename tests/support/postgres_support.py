"""A throwaway PostgreSQL server for the tests: started once per test session, one database per test.

The server comes from Debian's `postgresql` package (initdb + pg_ctl), lives in a temporary folder,
listens on 127.0.0.1 on a free port and is stopped and removed when the session ends. As root it runs
as the `postgres` user (`su postgres -c`), because PostgreSQL refuses to run as root.

Each test gets a fresh database copied from a migrated template (CREATE DATABASE ... TEMPLATE), which
costs tens of milliseconds instead of a full Alembic run. With `CI=true` a server that cannot start
fails the tests loudly; elsewhere they are skipped with a message saying how to enable them.
`PLWORKSHOP_TEST_POSTGRES_URL` points the tests at an existing server instead (a superuser URL).
"""

from __future__ import annotations

import itertools
import os
import shlex
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

EXISTING_SERVER_ENV = "PLWORKSHOP_TEST_POSTGRES_URL"
PG_BIN_ENV = "PLWORKSHOP_PG_BIN"
HOW_TO_ENABLE = (
    "PostgreSQL tests skipped: no PostgreSQL server binaries were found. Install them with "
    "`sudo apt-get install postgresql` (or set PLWORKSHOP_PG_BIN to the folder holding "
    "initdb and pg_ctl, or PLWORKSHOP_TEST_POSTGRES_URL to an existing server)."
)
TEMPLATE_DB = "plworkshop_template"


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


def find_pg_bin() -> Path | None:
    """The folder holding initdb and pg_ctl: $PLWORKSHOP_PG_BIN, Debian's newest, or the PATH."""
    candidates: list[Path] = []
    if os.environ.get(PG_BIN_ENV):
        candidates.append(Path(os.environ[PG_BIN_ENV]))
    debian = Path("/usr/lib/postgresql")
    if debian.is_dir():
        versions = sorted((p for p in debian.iterdir() if p.name.isdigit()), key=lambda p: int(p.name))
        candidates.extend(p / "bin" for p in reversed(versions))
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).parent)
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PostgresServer:
    """One throwaway cluster. `start()` then `url(db)`, `create_database()`, finally `stop()`."""

    def __init__(self, bin_dir: Path | None = None, *, existing_url: str | None = None) -> None:
        self.bin_dir = bin_dir
        self.existing_url = existing_url
        self.folder: Path | None = None
        self.port = 0
        self._names = itertools.count(1)
        self._as_postgres = hasattr(os, "geteuid") and os.geteuid() == 0

    # -- the cluster --------------------------------------------------------------------------
    def _run(self, args: list[str]) -> None:
        command = [str(a) for a in args]
        if self._as_postgres:
            command = ["su", "postgres", "-s", "/bin/sh", "-c", shlex.join(command)]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            log = self._server_log()
            raise RuntimeError(
                f"{shlex.join(args[:2])} failed ({done.returncode}): "
                f"{done.stderr.strip() or done.stdout.strip()}\n{log}"
            )

    def _server_log(self) -> str:
        if self.folder is None or not (self.folder / "server.log").exists():
            return ""
        return "server log:\n" + (self.folder / "server.log").read_text(errors="replace")[-2000:]

    def start(self) -> PostgresServer:
        if self.existing_url:
            self._make_template()
            return self
        assert self.bin_dir is not None
        self.folder = Path(tempfile.mkdtemp(prefix="plworkshop-pg-"))
        if self._as_postgres:
            shutil.chown(self.folder, "postgres", "postgres")
        data = self.folder / "data"
        self._run(
            [
                self.bin_dir / "initdb",
                "-D",
                data,
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync",
            ]
        )
        # fsync off: a test server's data may be lost in a crash, and it makes the suite faster.
        for attempt in range(3):
            self.port = free_port()
            options = (
                f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder} "
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            )
            try:
                self._run(
                    [
                        self.bin_dir / "pg_ctl",
                        "-D",
                        data,
                        "-l",
                        self.folder / "server.log",
                        "-o",
                        options,
                        "-w",
                        "-t",
                        "60",
                        "start",
                    ]
                )
                break
            except RuntimeError:
                if attempt == 2:
                    raise
        self._make_template()
        return self

    def stop(self) -> None:
        if self.folder is None:
            return
        try:
            self._run([self.bin_dir / "pg_ctl", "-D", self.folder / "data", "-m", "immediate", "stop"])
        except (RuntimeError, subprocess.TimeoutExpired):
            pass
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder = None

    # -- databases ----------------------------------------------------------------------------
    def url(self, database: str = "postgres") -> str:
        if self.existing_url:
            from sqlalchemy.engine import make_url

            return make_url(self.existing_url).set(database=database).render_as_string(hide_password=False)
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def _admin(self, *statements: str) -> None:
        import psycopg

        plain = self.url("postgres").replace("postgresql+psycopg://", "postgresql://")
        with psycopg.connect(plain, autocommit=True) as conn:
            for statement in statements:
                conn.execute(statement)

    def _make_template(self) -> None:
        """A database migrated to the newest schema, which each test's database is copied from."""
        from plworkshop.storage.opening import open_database

        self._admin(f"DROP DATABASE IF EXISTS {TEMPLATE_DB}", f"CREATE DATABASE {TEMPLATE_DB}")
        open_database(self.url(TEMPLATE_DB)).dispose()

    def create_database(self, *, migrated: bool = True) -> str:
        """A fresh database (a copy of the migrated template, or empty); returns its URL."""
        name = f"t{os.getpid()}_{next(self._names)}"
        template = f" TEMPLATE {TEMPLATE_DB}" if migrated else ""
        self._admin(f"DROP DATABASE IF EXISTS {name}", f"CREATE DATABASE {name}{template}")
        return self.url(name)

    def drop_database(self, url: str) -> None:
        from sqlalchemy.engine import make_url

        name = make_url(url).database
        try:
            self._admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        except Exception:  # noqa: BLE001 - a leftover database dies with the server anyway
            pass


def start_server_or_skip() -> PostgresServer:
    """Start a server, or skip (on a developer machine) / fail (in CI) with the reason."""
    existing = os.environ.get(EXISTING_SERVER_ENV)
    bin_dir = None if existing else find_pg_bin()
    if bin_dir is None and not existing:
        if in_ci():
            pytest.fail(
                "CI=true but PostgreSQL is not installed; `.ci/run` must install the `postgresql` package.",
                pytrace=False,
            )
        pytest.skip(HOW_TO_ENABLE)
    server = PostgresServer(bin_dir, existing_url=existing)
    try:
        return server.start()
    except Exception as exc:  # noqa: BLE001 - reported as a failure in CI, a skip elsewhere
        server.stop()
        message = f"The throwaway PostgreSQL server could not start: {exc}"
        if in_ci():
            pytest.fail(message, pytrace=False)
        pytest.skip(message + "\n" + HOW_TO_ENABLE)


@pytest.fixture(scope="session")
def postgres_server():
    """The session's throwaway PostgreSQL server (started on first use, stopped at the end)."""
    server = start_server_or_skip()
    yield server
    server.stop()


@pytest.fixture
def postgres_url(postgres_server):
    """The URL of a fresh, migrated PostgreSQL database for this test alone."""
    url = postgres_server.create_database()
    yield url
    postgres_server.drop_database(url)


@pytest.fixture
def postgres_db(postgres_url):
    """A `Database` on this test's fresh PostgreSQL database."""
    from plworkshop.storage.opening import open_database

    database = open_database(postgres_url)
    yield database
    database.dispose()
