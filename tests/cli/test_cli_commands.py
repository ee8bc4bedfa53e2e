"""The command line of docs/cli.md: output, JSON shapes, exit codes, one-sentence errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from plworkshop.cli.main import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_then_list_json(capsys):
    code, out, _ = run(capsys, "demo")
    demo_id = out.strip()
    assert code == 0 and len(demo_id) == 36
    code, out, _ = run(capsys, "list", "--json")
    rows = json.loads(out)
    assert code == 0 and rows[0]["id"] == demo_id
    assert {"id", "title", "date", "state", "district", "participants", "responses", "action_items"} <= set(
        rows[0]
    )
    assert (rows[0]["participants"], rows[0]["responses"], rows[0]["action_items"]) == (18, 60, 10)


def test_list_text_on_an_empty_database(capsys):
    code, out, _ = run(capsys, "list")
    assert code == 0 and "plworkshop demo" in out


def test_framework_json_shape(capsys):
    code, out, _ = run(capsys, "framework", "--json")
    data = json.loads(out)
    assert code == 0 and data["id"] == "kw-state-policy-pl-2019"
    assert [s["name"] for s in data["stages"]] == ["Exploration", "Replication", "Statewide Transformation"]
    cl = next(c for c in data["conditions"] if c["key"] == "collaborative-leadership")
    assert cl["official"] is True
    assert cl["stages"][0]["questions"][0]["key"] == "collaborative-leadership.s1.q1"
    assert sum(not c["official"] for c in data["conditions"]) == len(data["conditions"]) - 1


def test_check_backup_restore(capsys, tmp_path, app_paths):
    run(capsys, "demo")
    code, out, _ = run(capsys, "check")
    assert code == 0 and "result: ok" in out
    backup = tmp_path / "copy.db"
    code, out, _ = run(capsys, "backup", "-o", str(backup))
    assert code == 0 and backup.exists()
    run(capsys, "demo")  # change nothing visible, but prove restore replaces the file
    code, out, _ = run(capsys, "restore", str(backup))
    assert code == 0 and "kept at" in out
    code, out, _ = run(capsys, "list", "--json")
    assert len(json.loads(out)) == 1


def test_errors_are_one_sentence_with_exit_1(capsys, tmp_path):
    code, _out, err = run(capsys, "restore", str(tmp_path / "missing.db"))
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
    not_db = tmp_path / "notes.txt"
    not_db.write_text("hello")
    code, _out, err = run(capsys, "restore", str(not_db))
    assert code == 1 and "not a plworkshop database" in err


def test_damaged_database_exits_1_and_is_left_alone(capsys, app_paths):
    app_paths.database_file.write_bytes(b"garbage" * 1000)
    code, _out, err = run(capsys, "list")
    assert code == 1 and "not a plworkshop database" in err and "Traceback" not in err
    assert app_paths.database_file.read_bytes() == b"garbage" * 1000


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as info:
        main(["no-such-command"])
    assert info.value.code == 2


def test_installed_entry_point_runs(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "plworkshop", "--data-dir", str(tmp_path / "d"), "framework"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0 and "Collaborative Leadership" in result.stdout
