"""The action-plan workbook as plworkshop reads it back: our hidden metadata sheet, the action-item
columns found by their headers (in either language), and each row's cells as typed.

Only openpyxl's public API is used. Nothing here touches the database: `roundtrip.plan_import` checks
the rows against the workshop and applies them.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from plworkshop.domain.errors import PlworkshopError
from plworkshop.i18n import N_, translate
from plworkshop.reports.exports.labels import LANGUAGES, Labels

META_SHEET = "plworkshop"
WORKBOOK_FORMAT = "plworkshop-action-plan"
WORKBOOK_VERSION = 1
ITEM_COLUMNS = (
    "number",
    "title",
    "description",
    "condition",
    "owner",
    "partners",
    "start",
    "due",
    "priority",
    "status",
    "blocked_reason",
    "overdue",
    "policy_lever",
    "resources",
    "measure",
    "baseline",
    "target",
    "progress",
    "as_of",
    "linked_input",
    "created",
    "updated",
    "item_id",
)
"""The action-item columns of the workbook, in order; `item_id` is hidden (it tells which workshop a
row came from, so rows pasted from another workshop's plan are recognised)."""


class PlanWorkbookRefused(PlworkshopError):
    """The workbook cannot be imported; `problems` has one sentence per problem."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = tuple(problems)


@dataclass(frozen=True)
class SheetRow:
    """One non-empty row of the action-items sheet: its row number and the cells by column key."""

    number: int
    cells: dict[str, object]


@dataclass(frozen=True)
class PlanWorkbook:
    workshop_id: str
    workshop_title: str
    lang: str
    anonymous: bool
    sheet: str
    rows: tuple[SheetRow, ...]
    ignored_headers: tuple[str, ...] = field(default=())


def header_keys(part_word: str | None = None) -> dict[str, str]:
    """Printed header → column key, for every language we write."""
    found = {}
    for lang in LANGUAGES:
        words = Labels(lang)
        for key in ITEM_COLUMNS:
            found[words("col." + key).casefold()] = key
    return found


def _meta(wb) -> dict[str, object]:
    if META_SHEET not in wb.sheetnames:
        return {}
    ws = wb[META_SHEET]
    return {str(r[0]): r[1] for r in ws.iter_rows(min_row=1, max_col=2, values_only=True) if r[0]}


def _base_header(header: str, words: list[Labels]) -> tuple[str, bool]:
    """(the column's own header, whether this is a continuation column "… (part 2)")."""
    for w in words:
        marker = f" ({w('part')} "
        if marker in header and header.endswith(")"):
            return header[: header.rindex(marker)], True
    return header, False


_REFUSALS = {
    "not_xlsx": N_("plan import", "“{name}” is not an Excel workbook (.xlsx), so it was not imported."),
    "unreadable": N_(
        "plan import", "“{name}” could not be read as an Excel workbook ({kind}), so it was not imported."
    ),
    "not_ours": N_(
        "plan import",
        "“{name}” is not an action plan exported by plworkshop (it has no plworkshop metadata sheet), "
        "so it was not imported.",
    ),
    "newer": N_(
        "plan import",
        "“{name}” was written by a newer version of plworkshop (workbook version {version}); update "
        "plworkshop to import it.",
    ),
    "no_sheet": N_(
        "plan import",
        "“{name}” has no sheet “{sheet}” with the action items (was it renamed or deleted?), so it was "
        "not imported.",
    ),
    "no_title": N_(
        "plan import", "The sheet “{sheet}” of “{name}” has no “{column}” column, so it was not imported."
    ),
}


def _refused(lang: str, key: str, **values: object) -> PlanWorkbookRefused:
    """The refusal `key`, worded in `lang` (the person's language, not the workbook's)."""
    return PlanWorkbookRefused([translate(lang, "plan import", _REFUSALS[key]).format(**values)])


def read_plan_workbook(path: Path, *, lang: str = "en") -> PlanWorkbook:
    """Read our workbook; PlanWorkbookRefused (one sentence per problem, in `lang`) if it is not ours."""
    from openpyxl import load_workbook

    say = lang if lang in LANGUAGES else "en"
    name = Path(path).name
    if not zipfile.is_zipfile(path):
        raise _refused(say, "not_xlsx", name=name)
    try:
        wb = load_workbook(path, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a damaged file
        raise _refused(say, "unreadable", name=name, kind=type(exc).__name__) from None
    meta = _meta(wb)
    if meta.get("format") != WORKBOOK_FORMAT:
        raise _refused(say, "not_ours", name=name)
    version = meta.get("format_version")
    if not isinstance(version, int) or version > WORKBOOK_VERSION:
        raise _refused(say, "newer", name=name, version=version)
    lang = meta.get("language") if meta.get("language") in LANGUAGES else "en"
    sheet = str(meta.get("items_sheet") or "")
    if sheet not in wb.sheetnames:
        raise _refused(say, "no_sheet", name=name, sheet=sheet)
    ws = wb[sheet]
    rows = ws.iter_rows(values_only=True)
    headers = next(rows, ())
    known = header_keys()
    words = [Labels(lang), *(Labels(other) for other in LANGUAGES if other != lang)]
    columns: list[tuple[str, bool] | None] = []
    ignored = []
    for header in headers:
        text = str(header or "").strip()
        base, more = _base_header(text, words)
        key = known.get(base.casefold())
        columns.append((key, more) if key else None)
        if text and not key:
            ignored.append(text)
    if "title" not in {c[0] for c in columns if c}:
        raise _refused(say, "no_title", name=name, sheet=sheet, column=Labels(lang)("col.title"))
    out = []
    for number, values in enumerate(rows, start=2):
        cells: dict[str, object] = {}
        for column, value in zip(columns, values):
            if column is None:
                continue
            key, more = column
            if more:
                if isinstance(value, str):
                    cells[key] = f"{cells.get(key) or ''}{value}"
                continue
            cells[key] = value
        if any(v not in (None, "") and not (isinstance(v, str) and not v.strip()) for v in cells.values()):
            out.append(SheetRow(number, cells))
    return PlanWorkbook(
        workshop_id=str(meta.get("workshop_id") or ""),
        workshop_title=str(meta.get("workshop_title") or ""),
        lang=lang,
        anonymous=bool(meta.get("anonymous")),
        sheet=sheet,
        rows=tuple(out),
        ignored_headers=tuple(ignored),
    )


def cell_date(value: object) -> dt.date | None | str:
    """A date cell as a date; text as typed (the caller refuses it unless ISO); empty as None."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return value
    return str(value)
