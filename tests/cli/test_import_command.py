"""`plworkshop import FILE...`: ids and one-line summaries; exit 1 with one line per refused file."""

from __future__ import annotations

from plworkshop.cli.main import main


def _run(capsys, data_dir, *args):
    code = main(["--data-dir", str(data_dir), "import", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def test_import_prints_id_and_summary_and_is_idempotent(capsys, tmp_path, rich_bundle, rich_id):
    code, out, err = _run(capsys, tmp_path / "data", rich_bundle)
    assert code == 0 and err == ""
    assert out.startswith(rich_id) and "new:" in out and "4 responses added" in out
    code, out, err = _run(capsys, tmp_path / "data", rich_bundle)
    assert code == 0 and "unchanged" in out and len(out.splitlines()) == 1


def test_a_refused_file_is_named_on_stderr_and_the_others_still_import(
    capsys, tmp_path, rich_bundle, rich_id
):
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "a-broken.json").write_text('{"format": "plworkshop-bundle", "format_version": 9}')
    (folder / "b-good.plw").write_bytes(rich_bundle.read_bytes())
    (folder / "notes.txt").write_text("not a bundle, and not looked at")
    code, out, err = _run(capsys, tmp_path / "data", folder)
    assert code == 1
    assert out.startswith(rich_id) and "b-good.plw" in out
    [line] = err.splitlines()
    assert "a-broken.json" in line and "newer version of plworkshop" in line
    assert "Traceback" not in err


def test_missing_file_and_empty_folder_exit_1(capsys, tmp_path):
    code, out, err = _run(capsys, tmp_path / "data", tmp_path / "nope.plw")
    assert code == 1 and out == "" and len(err.splitlines()) == 1 and "nope.plw" in err
    (tmp_path / "empty").mkdir()
    code, out, err = _run(capsys, tmp_path / "data", tmp_path / "empty")
    assert code == 1 and "no .plw or .json" in err and "Traceback" not in err
