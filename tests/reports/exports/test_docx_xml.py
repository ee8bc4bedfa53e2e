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


def test_fields_are_written_where_word_and_libreoffice_read_them(tmp_path):
    document = docx.Document()
    paragraph = document.add_paragraph("Page ")
    docx_xml.add_field(paragraph, "PAGE")
    paragraph.add_run(" of ")
    docx_xml.add_field(paragraph, "NUMPAGES")
    path = tmp_path / "fields.docx"
    document.save(path)
    p = next(docx.Document(path).element.body.iter(f"{W}p"))
    fields = [
        (f.get(f"{W}instr").strip(), "".join(t.text for t in f.iter(f"{W}t")))
        for f in p.iter(f"{W}fldSimple")
    ]
    assert fields == [("PAGE", "1"), ("NUMPAGES", "1")]
    assert [child.tag.removeprefix(W) for child in p][-4:] == ["r", "fldSimple", "r", "fldSimple"]  # in order


@pytest.mark.parametrize("tag", ["es-ES", "en-US"])
def test_the_document_language_is_every_style_s_language(tmp_path, tag):
    document = docx.Document()
    docx_xml.set_document_language(document, tag)
    docx_xml.set_document_language(document, tag)  # twice: still one setting
    path = tmp_path / "lang.docx"
    document.save(path)
    styles = docx.Document(path).styles.element
    defaults = styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
    assert [e.get(f"{W}val") for e in defaults.iter(f"{W}lang")] == [tag]
    assert {e.get(f"{W}val") for e in styles.iter(f"{W}lang")} == {tag}


def test_python_docx_still_exposes_the_paragraph_xml_this_module_relies_on():
    """Fails loudly when python-docx changes the private name docx_xml.add_field uses."""
    paragraph = docx.Document().add_paragraph()
    assert hasattr(paragraph, "_p"), "python-docx renamed a paragraph's XML element: update docx_xml.py"
    assert paragraph._p.tag == f"{W}p"
    with pytest.raises(RuntimeError, match=r"docx_xml\.py"):
        docx_xml.add_field(object(), "PAGE")
