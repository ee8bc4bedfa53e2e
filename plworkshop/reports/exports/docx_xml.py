"""The one place the DOCX export writes Word XML itself, for table-row settings python-docx lacks.

python-docx (1.1, 1.2) has no public call for two row properties an office needs when a plan prints:
"repeat as header row at the top of each page" (`w:tblHeader`) and "allow row to break across pages"
turned off (`w:cantSplit`). Both live in the row's `w:trPr`, which python-docx reaches only through the
row's private `_tr` element. Everything else in the exports uses python-docx's public API; if a later
python-docx renames `_tr` or adds a public way, tests/exports/test_docx_xml.py fails and this module is
the only thing to change.
"""

from __future__ import annotations


def _row_properties(row):
    """The row's `w:trPr` element, created if missing (python-docx's own oxml helper)."""
    tr = getattr(row, "_tr", None)
    if tr is None:
        raise RuntimeError(
            "python-docx no longer exposes a table row's XML as `_tr`: "
            "update plworkshop/reports/exports/docx_xml.py"
        )
    return tr.get_or_add_trPr()


def _set_flag(row, tag: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    properties = _row_properties(row)
    for old in properties.findall(qn(tag)):
        properties.remove(old)
    flag = OxmlElement(tag)
    flag.set(qn("w:val"), "true")
    properties.append(flag)


def repeat_as_header(row) -> None:
    """Word repeats this row at the top of every page the table continues on."""
    _set_flag(row, "w:tblHeader")


def keep_row_on_one_page(row) -> None:
    """Word moves this row to the next page whole instead of breaking it across pages."""
    _set_flag(row, "w:cantSplit")
