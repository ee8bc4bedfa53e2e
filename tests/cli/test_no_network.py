"""The whole command line works with every network call refused by an audit hook."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

RUNNER = Path(__file__).with_name("no_network_runner.py")


def _run(data_dir: Path, *argv: str) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [sys.executable, str(RUNNER), "--data-dir", str(data_dir), *argv],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert "NETWORK ATTEMPT" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr
    return result


def test_demo_import_export_report_without_network(tmp_path):
    data = tmp_path / "data"
    workshop_id = _run(data, "demo").stdout.strip()
    bundle = tmp_path / "demo.plw"
    _run(data, "export", workshop_id, "--format", "bundle", "-o", str(bundle))
    _run(tmp_path / "elsewhere", "import", str(bundle))
    for fmt, name in (
        ("xlsx", "plan.xlsx"),
        ("docx", "plan.docx"),
        ("csv", "plan.zip"),
        ("md", "plan.md"),
        ("json", "plan.json"),
    ):
        _run(data, "export", workshop_id, "--format", fmt, "-o", str(tmp_path / name))
        assert (tmp_path / name).stat().st_size > 0
    _run(data, "report", workshop_id, "-o", str(tmp_path / "plan.pdf"))
    assert (tmp_path / "plan.pdf").read_bytes().startswith(b"%PDF")
    _run(data, "check")
    _run(data, "backup", "-o", str(tmp_path / "copy.db"))
