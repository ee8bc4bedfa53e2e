"""Editing an exported action-plan workbook as a person would in a spreadsheet (shared by import tests)."""

from __future__ import annotations

import openpyxl


def edit(path, changes: dict[tuple[int, str], object], new_rows=()):
    """Set cells by (sheet row, header) and append rows of {header: value}; returns `path`."""
    book = openpyxl.load_workbook(path)
    ws = book.worksheets[0]
    headers = [c.value for c in ws[1]]
    for (row, header), value in changes.items():
        ws.cell(row, headers.index(header) + 1).value = value
    for values in new_rows:
        row = ws.max_row + 1
        for header, value in values.items():
            ws.cell(row, headers.index(header) + 1).value = value
    book.save(path)
    return path
