"""Command-line refusals that must say what is wrong and change nothing: restore of a newer backup,
`check` on a database missing part of its schema, a blank WORKSHOP."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from plworkshop.cli.main import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _digests(folder):
    """Every file's digest, leaving out the log and SQLite's own companions (-wal, -shm, lock files),
    which readers may create beside a database without changing it."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "logs" not in p.parts and not p.name.endswith(("-wal", "-shm", ".lock"))
    }


def test_restoring_a_newer_backup_is_refused_before_anything_moves(capsys, tmp_path, app_paths):
    assert run(capsys, "demo")[0] == 0
    backup = tmp_path / "newer.db"
    assert run(capsys, "backup", "-o", str(backup))[0] == 0
    conn = sqlite3.connect(backup)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    before = _digests(app_paths.data_dir)
    code, _out, err = run(capsys, "restore", str(backup))
    assert code == 1 and "newer version" in err and err.count("\n") == 1
    assert _digests(app_paths.data_dir) == before  # nothing swapped, nothing set aside
    assert run(capsys, "list")[0] == 0  # and the next command works as before


def test_restoring_the_database_onto_itself_is_refused(capsys, app_paths):
    assert run(capsys, "demo")[0] == 0
    before = _digests(app_paths.data_dir)
    code, _out, err = run(capsys, "restore", str(app_paths.database_file))
    assert code == 1 and "the database itself" in err
    assert _digests(app_paths.data_dir) == before


@pytest.mark.parametrize(
    "statement, words",
    [
        ("DROP TABLE action_items", "the table “action_items”"),
        ("DROP INDEX ix_responses_workshop_question", "the index “ix_responses_workshop_question”"),
        ("ALTER TABLE participants DROP COLUMN organization", "the column “participants.organization”"),
    ],
)
def test_check_finds_a_missing_table_column_or_index(capsys, app_paths, statement, words):
    assert run(capsys, "demo")[0] == 0
    conn = sqlite3.connect(app_paths.database_file)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute(statement)
    conn.commit()
    conn.close()
    code, out, err = run(capsys, "check")
    assert code == 1 and "result: ok" not in out
    assert words in err and err.count("\n") == 1


def test_check_passes_on_a_whole_database(capsys):
    assert run(capsys, "demo")[0] == 0
    code, out, _err = run(capsys, "check")
    assert code == 0 and "tables, columns and indexes: ok" in out and "result: ok" in out


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "", "--format", "json", "-o", "x.json"],
        ["export", "   ", "--format", "bundle", "-o", "x.plw"],
        ["report", "", "-o", "x.pdf"],
        ["rollup", "", "-o", "x.pdf"],
    ],
)
def test_a_blank_workshop_is_a_usage_error_not_the_only_workshop(capsys, tmp_path, monkeypatch, argv):
    monkeypatch.chdir(tmp_path)
    assert run(capsys, "demo")[0] == 0
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    assert "which workshop?" in capsys.readouterr().err
    assert not list(tmp_path.glob("x.*"))
