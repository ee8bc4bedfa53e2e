"""build.spec is valid Python and bundles resources/, the Alembic migrations and the lazily imported code.

PyInstaller itself never runs here: the spec is executed with stand-ins for PyInstaller's names that
record what it would hand to the build (scripts/build_bundle.py does the real build and smoke run).
"""

from __future__ import annotations

import ast
import sys
import types
from pathlib import Path
from typing import ClassVar

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "build.spec"
MIGRATIONS = Path("plworkshop") / "storage" / "migrations"


class _Recorder:
    """Stands in for Analysis/PYZ/EXE/COLLECT/BUNDLE and keeps their arguments."""

    calls: ClassVar[dict[str, list]] = {}

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, *args, **kwargs):
        record = types.SimpleNamespace(
            args=args,
            kwargs=kwargs,
            binaries=kwargs.get("binaries", []),
            datas=list(kwargs.get("datas", [])),
            pure=[],
            scripts=[],
        )
        self.calls.setdefault(self.name, []).append(record)
        return record


@pytest.fixture
def spec(monkeypatch):
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda package, filter=None, on_error=None: [
        name
        for name in (f"{package}.cli.demo_command", f"{package}.storage.migrations.env")
        if filter is None or filter(name)
    ]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    _Recorder.calls = {}
    names = {name: _Recorder(name) for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    namespace = {"SPECPATH": str(ROOT), "__name__": "__main__", **names}
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return _Recorder.calls


def test_the_spec_is_valid_python():
    ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))


def test_resources_and_migrations_are_bundled_as_data(spec):
    datas = {(Path(src).resolve(), dest) for src, dest in spec["Analysis"][0].kwargs["datas"]}
    # inside the package, where the wheel puts it too (plworkshop.paths.resources_dir looks there)
    assert (ROOT / "resources", str(Path("plworkshop") / "resources")) in datas
    if (ROOT / "plworkshop" / "room" / "static").is_dir():
        assert (ROOT / "plworkshop" / "room" / "static", str(Path("plworkshop") / "room" / "static")) in datas
    expected = [
        MIGRATIONS / "env.py",
        MIGRATIONS / "script.py.mako",
        *(p.relative_to(ROOT) for p in (ROOT / MIGRATIONS / "versions").glob("*.py")),
    ]
    assert len(expected) >= 4
    for relative in expected:
        assert (ROOT / relative, str(relative.parent)) in datas, f"{relative} is not bundled"
    # resources holds what the built app reads at run time
    for needed in ("framework/kw-state-policy-pl-2019.json", "fonts/DejaVuSans.ttf", "icons/app.svg"):
        assert (ROOT / "resources" / needed).exists()


def test_lazily_imported_code_and_qt_modules(spec):
    analysis = spec["Analysis"][0].kwargs
    hidden = analysis["hiddenimports"]
    assert "plworkshop.cli.demo_command" in hidden
    assert "plworkshop.storage.migrations.env" not in hidden  # loaded from disk by Alembic
    assert {"PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtSvg"} <= set(hidden)
    excludes = set(analysis["excludes"])
    assert {"PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtQuick"} <= excludes
    assert "PySide6.QtNetwork" not in excludes  # libQt6Pdf links against QtNetwork
    assert spec["Analysis"][0].args[0][0].endswith("__main__.py")


def test_one_folder_build_named_plworkshop(spec):
    assert spec["EXE"][0].kwargs["exclude_binaries"] is True  # one-folder, not one-file
    assert spec["EXE"][0].kwargs["name"] == "plworkshop"
    assert spec["COLLECT"][0].kwargs["name"] == "plworkshop"
