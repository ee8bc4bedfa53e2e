"""Editable and exchangeable exports of a workshop: XLSX, DOCX, CSV and Markdown.

`export_workshop` builds the data from a snapshot (`tables`, `plan`), applies the naming rule of
`plworkshop.domain.attribution`, and writes one format. The file appears complete or not at all: it
is written next to its final place and moved there only once done.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from plworkshop.domain.errors import InvalidValue
from plworkshop.domain.read_models import WorkshopSnapshot
from plworkshop.framework.model import FrameworkPack
from plworkshop.output_files import output_target, place_file

FORMATS = ("xlsx", "docx", "csv", "md")
SUFFIXES = {"xlsx": ".xlsx", "docx": ".docx", "csv": ".zip", "md": ".md"}


def _write(
    snapshot: WorkshopSnapshot, pack: FrameworkPack, fmt: str, target: Path, *, anonymous: bool, lang: str
) -> None:
    if fmt in ("xlsx", "csv"):
        from plworkshop.reports.exports.tables import build_tables

        tables = build_tables(snapshot, pack, anonymous=anonymous, lang=lang)
        if fmt == "xlsx":
            from plworkshop.reports.exports.xlsx_export import write_xlsx

            write_xlsx(tables, target, title=snapshot.workshop.title, lang=lang)
        else:
            from plworkshop.reports.exports.csv_export import write_csv

            write_csv(tables, target)
        return
    from plworkshop.reports.exports.plan import build_plan

    plan = build_plan(snapshot, pack, anonymous=anonymous, lang=lang)
    if fmt == "docx":
        from plworkshop.reports.exports.docx_export import write_docx

        write_docx(plan, target)
    else:
        from plworkshop.reports.exports.markdown_export import write_markdown

        write_markdown(plan, target)


def export_workshop(
    snapshot: WorkshopSnapshot,
    pack: FrameworkPack,
    fmt: str,
    path: Path | str,
    *,
    anonymous: bool = False,
    lang: str = "en",
) -> Path:
    """Write `snapshot` as `fmt` (xlsx, docx, csv, md) to `path` and return the path written.

    CSV goes to a .zip when `path` ends in .zip, else to a folder of files.
    """
    if fmt not in FORMATS:
        raise InvalidValue("format", f"“{fmt}” is not an export format; choose one of {', '.join(FORMATS)}.")
    path = Path(path).expanduser()
    folder = fmt == "csv" and path.suffix.lower() != ".zip"
    parent = path.parent
    if not parent.is_dir():
        raise InvalidValue("path", f"The folder {parent} does not exist.")
    if folder and path.exists() and not path.is_dir():
        raise InvalidValue("path", f"{path} is a file; give a folder or a name ending in .zip.")
    if not folder:
        output_target(path)  # a folder or device is refused before any work
    work = Path(tempfile.mkdtemp(prefix=".plworkshop-export-", dir=parent))
    try:
        target = work / (path.name if not folder else "out")
        _write(snapshot, pack, fmt, target, anonymous=anonymous, lang=lang)
        if folder:
            path.mkdir(exist_ok=True)
            for item in target.iterdir():
                place_file(item, path / item.name)
        else:
            place_file(target, path)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return path
