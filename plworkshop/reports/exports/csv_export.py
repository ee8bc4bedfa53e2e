"""The CSV export: one UTF-8 (with BOM, for spreadsheet programs) file per table, in a .zip or a folder.

Fields are quoted as needed by the `csv` module (RFC 4180 style, CRLF between records; line breaks
inside a field are kept inside its quotes). Dates are ISO `YYYY-MM-DD`, times `YYYY-MM-DD HH:MM:SS`
(local time). Text a spreadsheet could read as a formula gets one leading apostrophe, as does text
that already starts with one; `formula_guard.recover_csv_text` gives back the exact text.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from pathlib import Path

from plworkshop.reports.exports.facilitation_parts import FILE_NAMES as EXTRA_FILE_NAMES
from plworkshop.reports.exports.formula_guard import neutralise_csv_text
from plworkshop.reports.exports.tables import ExportTables, Table

FILE_NAMES = {
    "workshop": "workshop.csv",
    "action_items": "action-items.csv",
    "responses": "responses.csv",
    "assessments": "assessments.csv",
    "participants": "participants.csv",
    **EXTRA_FILE_NAMES,
}
ENCODING = "utf-8-sig"


def _field(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return neutralise_csv_text(value)
    return str(value)


def table_csv(table: Table) -> str:
    """One table as CSV text (without the BOM, which the encoding adds)."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    shown = [n for n, c in enumerate(table.columns) if not c.hidden]  # hidden: for the workbook only
    writer.writerow([_field(table.columns[n].header) for n in shown])
    for row in table.rows:
        writer.writerow([_field(row[n]) for n in shown])
    return out.getvalue()


def write_csv(tables: ExportTables, path: Path) -> Path:
    """Write a .zip when `path` ends in .zip, else a folder (created if needed) of CSV files."""
    files = {FILE_NAMES[t.key]: table_csv(t).encode(ENCODING) for t in tables.all()}
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, data in files.items():
                archive.writestr(name, data)
        return path
    path.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (path / name).write_bytes(data)
    return path
