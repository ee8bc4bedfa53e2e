"""The DOCX row settings python-docx has no public call for: written, read back by Word's rules."""

from __future__ import annotations

import docx
import pytest

from plworkshop.reports.exports import docx_xml

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _table(tmp_path, settings):
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    for row, calls in zip(table.rows, settings):
        for call in calls:
            call(row)
    path = tmp_path / "rows.docx"
    document.save(path)
    body = docx.Document(path).element.body
    return [tr for tr in body.iter(f"{W}tr")]


def _flags(tr) -> dict[str, str]:
    properties = tr.find(f"{W}trPr")
    if properties is None:
        return {}
    return {child.tag.removeprefix(W): child.get(f"{W}val") for child in properties}


def test_header_and_cant_split_survive_a_save_and_reload(tmp_path):
    rows = _table(
        tmp_path,
        [[docx_xml.repeat_as_header, docx_xml.keep_row_on_one_page], [docx_xml.keep_row_on_one_page], []],
    )
    assert _flags(rows[0]) == {"tblHeader": "true", "cantSplit": "true"}
    assert _flags(rows[1]) == {"cantSplit": "true"}
    assert _flags(rows[2]) == {}


def test_setting_a_flag_twice_writes_it_once(tmp_path):
    rows = _table(tmp_path, [[docx_xml.repeat_as_header, docx_xml.repeat_as_header], [], []])
    assert list(_flags(rows[0])) == ["tblHeader"]


def test_python_docx_still_exposes_the_row_xml_this_module_relies_on():
    """Fails loudly when python-docx changes the one private name docx_xml.py uses."""
    row = docx.Document().add_table(rows=1, cols=1).rows[0]
    assert hasattr(row, "_tr"), "python-docx renamed a row's XML element: update docx_xml.py"
    assert hasattr(row._tr, "get_or_add_trPr")


def test_an_unknown_row_object_is_refused_with_a_clear_message():
    with pytest.raises(RuntimeError, match=r"docx_xml\.py"):
        docx_xml.repeat_as_header(object())
