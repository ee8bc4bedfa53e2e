"""The one place the DOCX export writes Word XML itself, for settings python-docx has no call for.

python-docx (1.1, 1.2) has no public call for four things an office needs when a plan prints or is read
aloud: "repeat as header row at the top of each page" (`w:tblHeader`) and "allow row to break across
pages" turned off (`w:cantSplit`), both in a row's `w:trPr`; a page-number field (`w:fldSimple`) in a
paragraph; and the document's language (`w:lang` in the style defaults). The rows and paragraphs are
reached only through their private `_tr` and `_p` elements; the styles through the public
`Styles.element`. Everything else in the exports uses python-docx's public API; if a later python-docx
renames `_tr` or `_p` or adds a public way, tests/reports/exports/test_docx_xml.py fails and this
module is the only thing to change.
"""

from __future__ import annotations


def _private_element(thing, name: str, what: str):
    element = getattr(thing, name, None)
    if element is None:
        raise RuntimeError(
            f"python-docx no longer exposes a {what}'s XML as `{name}`: "
            "update plworkshop/reports/exports/docx_xml.py"
        )
    return element


def _row_properties(row):
    """The row's `w:trPr` element, created if missing (python-docx's own oxml helper)."""
    return _private_element(row, "_tr", "table row").get_or_add_trPr()


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


def add_field(paragraph, instruction: str) -> None:
    """A field ("PAGE": this page's number, "NUMPAGES": the page count) at the end of `paragraph`;
    Word and LibreOffice fill it in on every page. The "1" written inside is only what a reader shows
    before it lays the pages out."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p = _private_element(paragraph, "_p", "paragraph")
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {instruction} ")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    p.append(field)


def set_document_language(doc, tag: str) -> None:
    """The language every run inherits (`w:lang` of the style defaults), so Word and LibreOffice check
    the spelling, hyphenate and read aloud in the document's own language. Styles that name a language
    of their own are set too, so none of them keeps the template's English."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    run_default = defaults.find(qn("w:rPrDefault"))
    if run_default is None:
        run_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, run_default)
    properties = run_default.find(qn("w:rPr"))
    if properties is None:
        properties = OxmlElement("w:rPr")
        run_default.append(properties)
    lang = properties.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        properties.append(lang)
    lang.set(qn("w:val"), tag)
    for style_lang in styles.iter(qn("w:lang")):
        style_lang.set(qn("w:val"), tag)
