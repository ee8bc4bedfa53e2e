"""Tag a ReportLab story as it is laid out: each flowable gets its structure element when its turn comes.

`BaseDocTemplate.filterFlowables` is ReportLab's public hook for "look at, modify or ignore the
flowable about to be processed". Taking the element there, rather than when the story is written,
puts the elements in the order the pages are filled, which is the reading order (a frame top to
bottom, the left column before the right), and keeps the report code free of tagging calls: a
paragraph's style says whether it is a heading, a chart says what it shows (`alt_text`), a table
made with `TaggedTable` knows its header cells.
"""

from __future__ import annotations

from typing import ClassVar

from reportlab.platypus import ActionFlowable, Flowable, KeepTogether, Paragraph, Spacer, Table

from plworkshop.reports.tagging.flowables import Tagged, TaggedCellText
from plworkshop.reports.tagging.tree import Element, TagTree


class TaggingKeepTogether(KeepTogether):
    """KeepTogether whose first piece is tagged too.

    ReportLab lays out the first piece of a split directly, without offering it to
    `filterFlowables` (the rest go back to the layout loop): this tags that piece itself, with the
    document that offered the group.
    """

    document: TaggingDocument | None = None

    def split(self, aW, aH):
        pieces = super().split(aW, aH)
        if pieces and self.document is not None and not isinstance(pieces[0], ActionFlowable):
            tagged = self.document.tag_flowable(pieces[0])
            if tagged is not None:
                pieces[0] = tagged
        return pieces


# These hand their content back to the layout loop (or draw nothing), where each piece is tagged.
_PASS_THROUGH = (ActionFlowable, Spacer, TaggingKeepTogether)


class TaggedTable(Table):
    """A table whose cells are tagged: header rows as TH (scope Column), the rest as TD.

    Make one with `TaggedTable.of(rows, ...)`. Cells are plain strings (drawn as tagged lines) or
    flowables (each tagged as the cell's content); the grid and backgrounds become artifacts. The
    pieces ReportLab makes when the table splits across pages share the first piece's structure.
    """

    structure: Element | None = None
    pieces: tuple = ()
    is_tagged = False

    @classmethod
    def layout(cls, rows: list[list], *, font: str, **table_kw) -> TaggedTable:
        """A table used only to place things side by side (charts in a grid): no table structure;
        each cell is tagged as what it is (a figure, a paragraph), row by row. `font` replaces
        ReportLab's default Helvetica in the table's text state, so no unembedded font is named."""
        pieces = [[Tagged(v, None, None) if isinstance(v, Flowable) else v for v in row] for row in rows]
        table = cls(pieces, **table_kw)
        table.setStyle([("FONTNAME", (0, 0), (-1, -1), font)])
        table.pieces = tuple(p for row in pieces for p in row if isinstance(p, Tagged))
        return table

    @classmethod
    def of(
        cls,
        rows: list[list],
        *,
        header_rows: int = 1,
        font: str,
        size: float,
        colours: tuple = (None, None),
        row_headers: bool = False,
        **table_kw,
    ) -> TaggedTable:
        structure = TableStructure(
            rows, header_rows=header_rows, font=font, size=size, colours=colours, row_headers=row_headers
        )
        table = cls(structure.rows, repeatRows=header_rows, **table_kw)
        table.setStyle([("FONTNAME", (0, 0), (-1, -1), font)])
        table.structure, table.pieces = structure.element, structure.pieces
        return table

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        for part in parts:
            part.is_tagged = True  # its cells are this table's pieces, already in the structure
        return parts

    def attach(self, document: TaggingDocument, parent: Element) -> None:
        """Put the table's structure under `parent`, in the order the pages are filled (a layout
        table puts its cells' own elements there instead)."""
        self.is_tagged = True
        if self.structure is not None:
            parent.kids.append(self.structure)
            self.structure.parent = parent
        for piece in self.pieces:
            piece.tree = document.tag_tree
            if self.structure is None:
                piece.element = document.element_for(piece.inner, parent)


class TableStructure:
    """The TR/TH/TD elements of a table's rows, and the rows with every cell made a tagged piece.

    For table flowables of one's own that draw their rows with ReportLab tables (`rows` is what to
    draw; call `attach` when the table's turn comes in `TaggingDocument.tag_flowable`).
    """

    def __init__(
        self,
        rows: list[list],
        *,
        header_rows: int,
        font: str,
        size: float,
        leading: float | None = None,
        colours: tuple = (None, None),
        row_headers: bool = False,
    ) -> None:
        self.element = Element("Table")
        pieces: list = []
        self.rows: list[list] = []
        for r, row in enumerate(rows):
            tr = self.element.add("TR")
            out = []
            for c, value in enumerate(row):
                if r < header_rows:
                    element = tr.add("TH", scope="Column")
                elif row_headers and c == 0:
                    element = tr.add("TH", scope="Row")
                else:
                    element = tr.add("TD", lang=getattr(value, "lang", None))
                piece = _cell_piece(value, element, font, size, leading, colours[0 if r < header_rows else 1])
                if piece != "":
                    pieces.append(piece)
                out.append(piece)
            self.rows.append(out)
        self.pieces = tuple(pieces)

    def attach(self, document: TaggingDocument, parent: Element) -> None:
        parent.kids.append(self.element)
        self.element.parent = parent
        for piece in self.pieces:
            piece.tree = document.tag_tree


def _cell_piece(value, element: Element, font: str, size: float, leading: float | None, colour):
    if value is None or value == "":
        return ""
    if isinstance(value, Flowable):
        return Tagged(value, element, None)
    return TaggedCellText(str(value), font, size, colour, element, None, leading=leading)


class TaggingDocument:
    """Mixin for a `BaseDocTemplate`: `tag_tree` collects the structure; `untagged_kinds` names any
    flowable class that reached the page without a way to tag it (its content then is an artifact,
    which tests treat as a failure)."""

    heading_tags: ClassVar[dict[str, str]] = {"h1": "H1", "h2": "H2", "h3": "H3"}

    def start_tagging(self, lang: str) -> None:
        self.tag_tree = TagTree(lang)
        self.untagged_kinds: set[str] = set()

    def structure_parent(self) -> Element:
        """Where the next element goes (the document, unless a subclass groups sections)."""
        return self.tag_tree.root

    def filterFlowables(self, flowables) -> None:
        if not flowables or not hasattr(self, "tag_tree"):
            return
        tagged = self.tag_flowable(flowables[0])
        if tagged is not None:
            flowables[0] = tagged

    def tag_flowable(self, f):
        """The flowable to lay out instead of `f` (or None to keep `f` as it is)."""
        if isinstance(f, TaggingKeepTogether):
            f.document = self
        if f is None or isinstance(f, (Tagged, *_PASS_THROUGH)) or getattr(f, "is_tagged", False):
            return None
        parent = self.structure_parent()
        if isinstance(f, KeepTogether):
            self.untagged_kinds.add(f"{type(f).__name__} (use TaggingKeepTogether)")
            return None
        if isinstance(f, TaggedTable):
            f.attach(self, parent)
            return None
        if hasattr(f, "attach_structure"):  # tags its own content (contents, tables of its own)
            f.attach_structure(self, parent)
            f.is_tagged = True
            return None
        return Tagged(f, self.element_for(f, parent), self.tag_tree)

    def element_for(self, f, parent: Element) -> Element | None:
        """The element `f` draws into: a heading or paragraph by its style, a list item for a
        bulleted paragraph, a figure for anything with `alt_text`; None (an artifact) for decoration."""
        lang = getattr(f, "lang", None)
        if isinstance(f, Paragraph) and getattr(f, "bulletText", None):
            last = parent.kids[-1] if parent.kids else None
            items = last if isinstance(last, Element) and last.tag == "L" else parent.add("L")
            return items.add("LI", lang=lang).add("LBody")
        style = getattr(f, "style", None)
        if isinstance(f, Paragraph) or (style is not None and hasattr(f, "getPlainText")):
            # a style made for one paragraph ("h2-shaped") keeps its family's name before the dash
            family = style.name.split("-")[0] if style is not None else ""
            tag = getattr(f, "structure_tag", None) or self.heading_tags.get(family, "P")
            return parent.add(tag, lang=lang)
        if getattr(f, "alt_text", None) is not None:
            return parent.add("Figure", alt=f.alt_text, lang=lang)
        if getattr(f, "decorative", False):
            return None
        self.untagged_kinds.add("Table (not a TaggedTable)" if isinstance(f, Table) else type(f).__name__)
        return None
