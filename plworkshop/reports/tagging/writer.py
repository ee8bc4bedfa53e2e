"""Write a `TagTree` into a finished ReportLab PDF with pikepdf: structure tree, artifacts, language, XMP.

What ReportLab drew outside any `Tagged` flowable (table rules and backgrounds, page decoration, forms
of running headers) is wrapped as an artifact here, so that every piece of content on every page is
either tagged or an artifact, as PDF/UA asks. Everything is public pikepdf API.
"""

from __future__ import annotations

import io

import pikepdf
from pikepdf import Array, Dictionary, Name, Operator, String

from plworkshop.reports.tagging.tree import Element, LinkAnnotation, MarkedContent, TagTree

_OPENING = {"BMC", "BDC"}
# Operators that put marks on the page; a run of operators without them needs no artifact sequence.
_PAINTING = {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "Do", "Tj", "TJ", "'", '"', "BT", "BI"}
_STATE = {"q", "Q"}


def _wrap_untagged(instructions: list) -> list:
    """The page's operators with every untagged top-level run that paints wrapped as an artifact.

    Runs are cut at `q`/`Q` so an artifact sequence never holds half of a saved graphics state, and a
    text object (BT … ET) is always kept whole.
    """
    out: list = []
    run: list = []
    run_paints = False
    depth = 0
    in_text = False
    for item in instructions:
        op = _operator(item)
        if depth == 0 and not in_text and (op in _OPENING or op in _STATE):
            _flush(out, run, run_paints)
            run, run_paints = [], False
            out.append(item)
            if op in _OPENING:
                depth = 1
            continue
        if depth > 0:
            out.append(item)
            if op in _OPENING:
                depth += 1
            elif op == "EMC":
                depth -= 1
            continue
        run.append(item)
        run_paints = run_paints or op in _PAINTING
        if op == "BT":
            in_text = True
        elif op == "ET":
            in_text = False
    _flush(out, run, run_paints)
    return out


def _flush(out: list, run: list, paints: bool) -> None:
    """Append `run` to `out`, inside an artifact sequence if anything in it paints."""
    if paints:
        out.append(pikepdf.ContentStreamInstruction([Name.Artifact], Operator("BMC")))
        out.extend(run)
        out.append(pikepdf.ContentStreamInstruction([], Operator("EMC")))
    else:
        out.extend(run)


def _operator(item) -> str:
    return "BI" if isinstance(item, pikepdf.ContentStreamInlineImage) else str(item.operator)


def finish_tagged_pdf(data: bytes, tree: TagTree, *, title: str, author: str = "") -> bytes:
    """`data` (a PDF ReportLab made while `tree` was recorded) as a tagged PDF with its structure tree."""
    pdf = pikepdf.open(io.BytesIO(data))
    pages = list(pdf.pages)
    for page in pages:
        instructions = _wrap_untagged(list(pikepdf.parse_content_stream(page)))
        page.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream(instructions))
    _write_structure(pdf, pages, tree)
    _write_document_facts(pdf, tree, title=title, author=author)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def _write_structure(pdf: pikepdf.Pdf, pages: list, tree: TagTree) -> None:
    root = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
    by_page: dict[int, dict[int, pikepdf.Object]] = {}
    links = _link_annotations(pages)
    annotation_entries: list[tuple[int, pikepdf.Object]] = []
    next_key = len(pages)

    def build(element: Element, parent: pikepdf.Object) -> pikepdf.Object:
        nonlocal next_key
        node = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name("/" + element.tag), P=parent))
        _set_attributes(node, element)
        kids: list = []  # a list first: appending to a pikepdf Array copies it each time
        for kid in element.kids:
            if isinstance(kid, Element):
                kids.append(build(kid, node))
            elif isinstance(kid, MarkedContent):
                page = pages[kid.page - 1]
                kids.append(Dictionary(Type=Name.MCR, Pg=page.obj, MCID=kid.mcid))
                by_page.setdefault(kid.page - 1, {})[kid.mcid] = node
            elif isinstance(kid, LinkAnnotation):
                annotation = links.get((kid.page, kid.index))
                if annotation is None:
                    continue
                annotation.StructParent = next_key
                if not str(annotation.get("/Contents", "")).strip():
                    annotation.Contents = String(element.alt or element.title or "Link")
                annotation_entries.append((next_key, node))
                next_key += 1
                kids.append(Dictionary(Type=Name.OBJR, Obj=annotation, Pg=pages[kid.page - 1].obj))
        node.K = Array(kids)
        return node

    document = build(tree.root, root)
    root.K = Array([document])
    nums: list = []  # built as a list: growing a pikepdf Array one entry at a time copies it each time
    for index, page in enumerate(pages):  # a number tree's keys ascend: the pages, then the links
        page.obj.StructParents = index
        page.obj.Tabs = Name.S
        marked = by_page.get(index, {})
        nums.extend([index, Array([marked[m] for m in sorted(marked)])])
    for key, node in annotation_entries:
        nums.extend([key, node])
    root.ParentTree = pdf.make_indirect(Dictionary(Nums=Array(nums)))
    root.ParentTreeNextKey = next_key
    pdf.Root.StructTreeRoot = root


def _link_annotations(pages: list) -> dict[tuple[int, int], pikepdf.Object]:
    """Every link annotation, keyed by (page from 1, its order among the page's links)."""
    found = {}
    for number, page in enumerate(pages, start=1):
        index = 0
        for annotation in page.obj.get("/Annots", Array()):
            if annotation.get("/Subtype") == Name.Link:
                found[(number, index)] = annotation
                index += 1
    return found


def _set_attributes(node: pikepdf.Object, element: Element) -> None:
    if element.alt is not None:
        node.Alt = String(element.alt)
    if element.lang:
        node.Lang = String(element.lang)
    if element.title:
        node.T = String(element.title)
    if element.actual_text:
        node.ActualText = String(element.actual_text)
    if element.scope:
        node.A = Dictionary(O=Name.Table, Scope=Name("/" + element.scope))


def _write_document_facts(pdf: pikepdf.Pdf, tree: TagTree, *, title: str, author: str) -> None:
    pdf.Root.MarkInfo = Dictionary(Marked=True)
    pdf.Root.Lang = String(tree.lang)
    preferences = pdf.Root.get("/ViewerPreferences", Dictionary())
    preferences.DisplayDocTitle = True
    pdf.Root.ViewerPreferences = preferences
    kept = {
        key: pdf.docinfo[key]
        for key in ("/Author", "/Subject", "/Keywords", "/Creator", "/Producer")
        if key in pdf.docinfo
    }
    pdf.docinfo["/Title"] = String(title)
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta["dc:title"] = title
        if "/Subject" in kept:
            meta["dc:description"] = str(kept["/Subject"])
        meta["dc:language"] = [tree.lang]
        if author:
            meta["dc:creator"] = [author]
        meta["pdfuaid:part"] = "1"
        meta["pdf:Producer"] = str(pdf.docinfo.get("/Producer", "plworkshop"))
    for key, value in kept.items():  # the XMP sync above must not lose what the document info held
        pdf.docinfo[key] = value
