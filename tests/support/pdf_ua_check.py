"""The machine-checkable PDF/UA conditions, read with pikepdf (a checker independent of the writer).

`pdf_ua_problems(path)` lists every breach it finds, as sentences; an accessible file gives [].
Checked: the document is marked and has a structure tree, a language, a displayed title and XMP with
the PDF/UA part; every piece of painted content is inside a tagged sequence or an artifact; every MCID
on a page is reached from the parent tree and the structure tree; headings start at H1 and never skip
a level; every table has rows, header cells with a scope; every figure has alternative text; every
link annotation belongs to a Link element and has a description; every font is embedded.
"""

from __future__ import annotations

import pikepdf
from pikepdf import Name

PAINTING = {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "Do", "Tj", "TJ", "'", '"', "BI"}


def pdf_ua_problems(path) -> list[str]:
    problems: list[str] = []
    with pikepdf.open(path) as pdf:
        root = pdf.Root
        if not root.get("/MarkInfo", {}).get("/Marked", False):
            problems.append("the document is not marked as tagged")
        if not str(root.get("/Lang", "")).strip():
            problems.append("the document has no language")
        if not root.get("/ViewerPreferences", {}).get("/DisplayDocTitle", False):
            problems.append("viewers are not told to display the title")
        if not str(pdf.docinfo.get("/Title", "")).strip():
            problems.append("the document has no title")
        meta = pdf.open_metadata()
        if not meta.get("dc:title"):
            problems.append("the XMP metadata has no title")
        if str(meta.get("pdfuaid:part", "")) != "1":
            problems.append("the XMP metadata does not claim PDF/UA-1")
        tree = root.get("/StructTreeRoot")
        if tree is None:
            return [*problems, "there is no structure tree"]
        marked = _check_content(pdf, problems)
        reached = _check_tree(pdf, tree, problems)
        for page, mcid in sorted(marked - reached):
            problems.append(f"page {page}: MCID {mcid} belongs to no structure element")
        _check_parent_tree(pdf, tree, marked, problems)
        _check_fonts(pdf, problems)
    return problems


def _check_content(pdf, problems) -> set[tuple[int, int]]:
    marked: set[tuple[int, int]] = set()
    for number, page in enumerate(pdf.pages, start=1):
        stack: list[str] = []
        untagged = 0
        for item in pikepdf.parse_content_stream(page):
            op = "BI" if isinstance(item, pikepdf.ContentStreamInlineImage) else str(item.operator)
            if op in ("BMC", "BDC"):
                tag = str(item.operands[0])
                if op == "BDC" and tag != "/Artifact":
                    props = item.operands[1]
                    if isinstance(props, pikepdf.Dictionary) and "/MCID" in props:
                        marked.add((number, int(props.MCID)))
                        tag += "#mcid"
                stack.append(tag)
            elif op == "EMC":
                if not stack:
                    problems.append(f"page {number}: EMC without a matching BMC/BDC")
                else:
                    stack.pop()
            elif op in PAINTING and not any(t == "/Artifact" or t.endswith("#mcid") for t in stack):
                untagged += 1
        if untagged:
            problems.append(f"page {number}: {untagged} painting operators are neither tagged nor artifacts")
        if stack:
            problems.append(f"page {number}: marked-content sequences left open")
        if "/Annots" in page.obj and page.obj.get("/Tabs") != Name.S:
            problems.append(f"page {number}: annotations without /Tabs /S")
    return marked


def _check_tree(pdf, tree, problems) -> set[tuple[int, int]]:
    numbers = {page.obj.objgen: n for n, page in enumerate(pdf.pages, start=1)}
    reached: set[tuple[int, int]] = set()
    last_heading = 0

    def number_of(page) -> int:
        return numbers.get(page.objgen, 0) if page is not None else 0

    def walk(node, page_of_parent):
        nonlocal last_heading
        tag = str(node.get("/S", ""))[1:]
        page = node.get("/Pg", page_of_parent)
        if tag.startswith("H") and tag[1:].isdigit():
            level = int(tag[1:])
            if last_heading == 0 and level != 1:
                problems.append(f"the first heading is {tag}, not H1")
            elif level > last_heading + 1:
                problems.append(f"heading levels skip from H{last_heading} to {tag}")
            last_heading = level
        if tag == "Figure" and not str(node.get("/Alt", "")).strip():
            problems.append("a figure has no alternative text")
        if tag == "Table":
            _check_table(node, problems)
        kids = node.get("/K")
        kids = kids if isinstance(kids, pikepdf.Array) else ([] if kids is None else [kids])
        for kid in kids:
            if not isinstance(kid, pikepdf.Object) or not isinstance(kid, pikepdf.Dictionary):
                reached.add((number_of(page), int(kid)))
            elif kid.get("/Type") == Name.MCR:
                reached.add((number_of(kid.get("/Pg", page)), int(kid.MCID)))
            elif kid.get("/Type") == Name.OBJR:
                if tag != "Link":
                    problems.append(f"a link annotation belongs to a {tag}, not a Link")
                if not str(kid.Obj.get("/Contents", "")).strip():
                    problems.append("a link annotation has no description (/Contents)")
            else:
                walk(kid, page)

    top = tree.get("/K")
    for kid in top if isinstance(top, pikepdf.Array) else [top]:
        walk(kid, None)
    return reached


def _check_table(node, problems) -> None:
    rows = []

    def collect(n):
        for kid in n.get("/K", []):
            if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == Name.StructElem:
                tag = str(kid.S)[1:]
                if tag == "TR":
                    rows.append(kid)
                elif tag in ("THead", "TBody", "TFoot"):
                    collect(kid)

    collect(node)
    if not rows:
        problems.append("a table has no rows")
        return
    headers = [
        c
        for r in rows
        for c in r.get("/K", [])
        if isinstance(c, pikepdf.Dictionary) and c.get("/S") == Name.TH
    ]
    if not headers:
        problems.append("a table has no header cells")
    for cell in headers:
        attrs = cell.get("/A")
        if attrs is None or "/Scope" not in attrs:
            problems.append("a table header cell has no scope")
            break


def _check_parent_tree(pdf, tree, marked, problems) -> None:
    nums = tree.ParentTree.get("/Nums", [])
    entries = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
    for number, page in enumerate(pdf.pages, start=1):
        if not any(p == number for p, _ in marked):
            continue
        key = page.obj.get("/StructParents")
        if key is None or int(key) not in entries:
            problems.append(f"page {number} has marked content but no parent-tree entry")
            continue
        count = len(entries[int(key)])
        for p, mcid in marked:
            if p == number and mcid >= count:
                problems.append(f"page {number}: MCID {mcid} is missing from the parent tree")


def _check_fonts(pdf, problems) -> None:
    seen = set()

    def fonts_of(resources):
        for _, font in (resources or {}).get("/Font", {}).items():
            yield font
        for _, xobject in (resources or {}).get("/XObject", {}).items():
            if xobject.get("/Subtype") == Name.Form:
                yield from fonts_of(xobject.get("/Resources"))

    for page in pdf.pages:
        for font in fonts_of(page.obj.get("/Resources")):
            if font.objgen in seen:
                continue
            seen.add(font.objgen)
            described = font.DescendantFonts[0] if "/DescendantFonts" in font else font
            if font.get("/Subtype") == Name.Type3:
                continue
            descriptor = described.get("/FontDescriptor")
            if descriptor is None or not any(
                k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")
            ):
                problems.append(f"the font {font.get('/BaseFont')} is not embedded")
