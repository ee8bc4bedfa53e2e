"""Reading every export format back to plain text, for the export tests."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from pathlib import Path

from plworkshop.reports.exports.formula_guard import recover_csv_text

_UNESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


def md_unescape(text: str) -> str:
    """The inverse of markdown_export.escape."""
    return _UNESCAPE.sub(r"\1", text)


def md_unblock(text: str, indent: str = "") -> str:
    """The inverse of markdown_export.block: drop the added indent and hard-break backslashes."""
    out = []
    for index, line in enumerate(text.split("\n")):
        if index and line:
            assert line.startswith(indent)
            line = line[len(indent) :]
        trailing = len(line) - len(line.rstrip("\\"))
        if trailing % 2:  # escaped text never ends in an odd run of backslashes: a hard break
            line = line[:-1]
        out.append(line)
    return md_unescape("\n".join(out))


def xlsx_rows(path: Path) -> dict[str, list[list[object]]]:
    import openpyxl

    wb = openpyxl.load_workbook(path)
    return {ws.title: [[c.value for c in row] for row in ws.iter_rows()] for ws in wb}


def xlsx_text(path: Path) -> str:
    return "\n".join(
        str(v) for rows in xlsx_rows(path).values() for row in rows for v in row if v is not None
    )


def docx_text(path: Path) -> str:
    import docx

    doc = docx.Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    props = doc.core_properties
    parts += [props.title or "", props.author or ""]
    return "\n".join(parts)


def csv_tables(path: Path) -> dict[str, list[list[str]]]:
    """name → rows with the formula guard removed (raw=False) from a .zip or a folder."""
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as archive:
            blobs = {name: archive.read(name) for name in archive.namelist()}
    else:
        blobs = {p.name: p.read_bytes() for p in path.iterdir()}
    out = {}
    for name, blob in blobs.items():
        assert blob.startswith(b"\xef\xbb\xbf"), f"{name} has no UTF-8 BOM"
        out[name] = list(csv.reader(io.StringIO(blob.decode("utf-8-sig"), newline="")))
    return out


def csv_text(path: Path) -> str:
    return "\n".join(recover_csv_text(v) for rows in csv_tables(path).values() for row in rows for v in row)


def any_text(path: Path, fmt: str) -> str:
    """Everything readable in an export, for 'is this name anywhere' checks."""
    if fmt == "xlsx":
        return xlsx_text(path)
    if fmt == "docx":
        return docx_text(path)
    if fmt == "csv":
        return csv_text(path)
    return md_unescape(path.read_text(encoding="utf-8"))
