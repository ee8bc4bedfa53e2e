"""A non-editable install works: build the wheel, install it into a fresh venv, run the app from there.

The fresh virtual environment holds only the plworkshop wheel, installed with `--no-deps --no-index`.
Its dependencies (PySide6, ReportLab, SQLAlchemy...) are not downloaded again: a plain path line in a
`.pth` file appends the test environment's site-packages to its `sys.path`. A plain line does not run
that folder's own `.pth` files, so the editable install of this checkout stays invisible, and the test
checks that `plworkshop` and its resources really are imported from the fresh environment. All of it
works offline once `dev.py` has installed the test tools (hatchling among them).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


def _run(args: list, *, cwd: Path, env: dict | None = None) -> str:
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, f"{args} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """(bin folder, environment) of a fresh venv with the freshly built wheel installed."""
    work = tmp_path_factory.mktemp("wheel")
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "--quiet",
            "-w",
            work / "dist",
            ROOT,
        ],
        cwd=work,
    )
    wheels = list((work / "dist").glob("plworkshop-*.whl"))
    assert len(wheels) == 1
    venv.EnvBuilder(with_pip=False).create(work / "venv")
    bin_dir = work / "venv" / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    fresh_lib = Path(
        _run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], cwd=work).strip()
    )
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (fresh_lib / "zz_test_dependencies.pth").write_text("\n".join(sorted(ours)) + "\n")
    _run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            python,
            "install",
            "--no-deps",
            "--no-index",
            "--quiet",
            wheels[0],
        ],
        cwd=work,
    )
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "PLWORKSHOP_DATA_DIR", "PLWORKSHOP_DATABASE_URL")
    }
    env.update(QT_QPA_PLATFORM="offscreen", PLWORKSHOP_NO_NETWORK_CHECK="1")
    return bin_dir, python, fresh_lib, env, work


def test_the_wheel_carries_the_resources_and_is_imported_from_the_fresh_venv(installed):
    _bin, python, fresh_lib, env, work = installed
    where = json.loads(
        _run(
            [
                python,
                "-c",
                (
                    "import json, plworkshop, plworkshop.paths as p; "
                    "print(json.dumps([plworkshop.__file__, str(p.resources_dir())]))"
                ),
            ],
            cwd=work,
            env=env,
        )
    )
    package, resources = Path(where[0]), Path(where[1])
    assert package.is_relative_to(fresh_lib) and resources == fresh_lib / "plworkshop" / "resources"
    for needed in (
        "fonts/DejaVuSans.ttf",
        "fonts/DejaVuSans-Bold.ttf",
        "icons/app.svg",
        "translations/plworkshop_es.qm",
        "framework/kw-state-policy-pl-2019.json",
        "framework/kw-state-policy-pl-2019.es.json",
    ):
        assert (resources / needed).is_file(), f"{needed} is not in the installed wheel"
    assert (fresh_lib / "plworkshop" / "storage" / "migrations" / "script.py.mako").is_file()


def test_demo_framework_and_report_run_from_the_installed_wheel(installed, tmp_path):
    bin_dir, _python, _lib, env, _work = installed
    plworkshop = bin_dir / ("plworkshop.exe" if os.name == "nt" else "plworkshop")
    data = ["--data-dir", tmp_path / "data"]

    workshop_id = _run([plworkshop, *data, "demo"], cwd=tmp_path, env=env).strip().splitlines()[-1]
    listed = json.loads(_run([plworkshop, *data, "list", "--json"], cwd=tmp_path, env=env))
    assert [w["id"] for w in listed] == [workshop_id] and listed[0]["responses"] > 0

    pack = json.loads(_run([plworkshop, *data, "framework", "--json"], cwd=tmp_path, env=env))
    assert pack["id"] == "kw-state-policy-pl-2019" and len(pack["conditions"]) == 11
    official = [c["key"] for c in pack["conditions"] if c["official"]]
    assert official == ["collaborative-leadership"]

    pdf = tmp_path / "x.pdf"
    _run([plworkshop, *data, "report", workshop_id, "-o", pdf], cwd=tmp_path, env=env)
    text = _run(["pdftotext", "-layout", pdf, "-"], cwd=tmp_path)
    assert listed[0]["title"] in text and "Collaborative Leadership" in text
    fonts = _run(["pdffonts", pdf], cwd=tmp_path).splitlines()[2:]
    dejavu = [line for line in fonts if "DejaVuSans" in line]
    assert dejavu and all(line.split()[-5] == "yes" for line in dejavu), "\n".join(fonts)

    spanish = tmp_path / "es.pdf"
    _run([plworkshop, *data, "report", workshop_id, "-o", spanish, "--lang", "es"], cwd=tmp_path, env=env)
    assert "Plan de acción" in _run(["pdftotext", spanish, "-"], cwd=tmp_path)


@pytest.fixture(autouse=True)
def _needs_poppler():
    if not (shutil.which("pdftotext") and shutil.which("pdffonts")):
        pytest.fail("poppler-utils (pdftotext, pdffonts) is needed; .ci/run installs it")
