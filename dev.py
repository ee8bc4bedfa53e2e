#!/usr/bin/env python3
"""Set up and run plworkshop from a source checkout with nothing but Python 3.11+.

    python3 dev.py run     set up .venv (first time only) and open the app on the demo workshop
    python3 dev.py test    set up .venv with the test tools, then the layer contracts, ruff and the suite
    python3 dev.py bench   set up .venv likewise, then every benchmark (what `bench/run` does)

Works on Linux, macOS and Windows; extra arguments after `run` go to plworkshop, after `test` to pytest,
after `bench` to `python -m bench`.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def _stamp_for(extras: str) -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()[:16]
    return f"{digest}-{extras}"


def ensure_venv(extras: str) -> None:
    """Create .venv and install plworkshop (editable) with `extras`, unless already up to date."""
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py must say so on an older Python
        sys.exit(f"plworkshop needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    if not PYTHON.exists():
        print("Creating .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = VENV / ".plworkshop-installed"
    wanted = _stamp_for(extras)
    if stamp.exists() and wanted in stamp.read_text().split():
        return
    print(f"Installing plworkshop{extras and f'[{extras}]'} and its dependencies ...", flush=True)
    target = f".[{extras}]" if extras else "."
    subprocess.run([str(PYTHON), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
    subprocess.run([str(PYTHON), "-m", "pip", "install", "--quiet", "-e", target], cwd=ROOT, check=True)
    previous = stamp.read_text().split() if stamp.exists() else []
    stamp.write_text("\n".join([*previous, wanted]) + "\n")


def run_app(args: list[str]) -> int:
    ensure_venv("")
    return subprocess.call([str(PYTHON), "-m", "plworkshop", *args], cwd=ROOT)


def run_tests(args: list[str]) -> int:
    ensure_venv("test")
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    lint = subprocess.call([str(BIN / "lint-imports")], cwd=ROOT, env=env)
    if lint != 0:
        print("Layer contracts broken (see above).", file=sys.stderr)
        return lint
    ruff = subprocess.call([str(BIN / "ruff"), "check", "."], cwd=ROOT, env=env)
    if ruff != 0:
        print(
            "ruff check found problems (see above; `.venv/bin/ruff check --fix .` mends many).",
            file=sys.stderr,
        )
        return ruff
    style = subprocess.call([str(BIN / "ruff"), "format", "--check", "."], cwd=ROOT, env=env)
    if style != 0:
        print(
            "Some files are not formatted (see above; `.venv/bin/ruff format .` formats them).",
            file=sys.stderr,
        )
        return style
    workers = ["-n", "2"] if not any(a.startswith("-n") for a in args) else []
    return subprocess.call([str(PYTHON), "-m", "pytest", *workers, *args], cwd=ROOT, env=env)


def run_bench(args: list[str]) -> int:
    # the same environment as the tests, brought up to date first: a stale .venv would leave
    # benchmarks out ("did not run") instead of measuring them
    ensure_venv("test")
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    return subprocess.call([str(PYTHON), "-m", "bench", *args], cwd=ROOT, env=env)


COMMANDS = {"run": run_app, "test": run_tests, "bench": run_bench}


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        print(__doc__)
        return 2
    return COMMANDS[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    raise SystemExit(main())
