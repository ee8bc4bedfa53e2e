"""The logical structure of a document as it is laid out: elements in reading order, content by page and MCID.

Elements are made in story order (which is reading order: a frame is filled top to bottom, the left
column before the right), before layout; the pieces of content they own are known only while drawing,
so a piece is a (page, MCID) pair noted at draw time. A paragraph split across pages owns two pieces.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# The standard structure types of PDF 1.7 that this project uses, and their grouping rules.
HEADINGS = ("H1", "H2", "H3", "H4", "H5", "H6")
GROUPING = (
    "Document",
    "Part",
    "Sect",
    "Div",
    "TOC",
    "TOCI",
    "L",
    "LI",
    "LBody",
    "Table",
    "THead",
    "TBody",
    "TR",
)
CONTENT = (
    "P",
    "Lbl",
    "TH",
    "TD",
    "Figure",
    "Caption",
    "Link",
    "Span",
    "Note",
    "BlockQuote",
    "Reference",
    *HEADINGS,
)


@dataclass(eq=False)
class MarkedContent:
    """One marked-content sequence on a page (pages count from 1, as ReportLab counts them)."""

    page: int
    mcid: int


@dataclass(eq=False)
class LinkAnnotation:
    """The `index`-th link annotation made on `page` (in the order the drawing code made them)."""

    page: int
    index: int


@dataclass(eq=False)
class Element:
    """A structure element: its type, its attributes and its kids in reading order."""

    tag: str
    alt: str | None = None  # alternative text (figures; required there)
    lang: str | None = None  # where a passage's language differs from the document's
    title: str | None = None
    scope: str | None = None  # "Column" or "Row" for a table header cell
    actual_text: str | None = None  # the text as read aloud, where drawn lines lose the spaces between them
    kids: list[Element | MarkedContent | LinkAnnotation] = field(default_factory=list)
    parent: Element | None = None

    def add(self, tag: str, **attributes: str | None) -> Element:
        """A new child element of type `tag`, after the ones already added."""
        if tag not in GROUPING and tag not in CONTENT:
            raise ValueError(f"{tag!r} is not a structure type this project writes")
        child = Element(tag, parent=self, **attributes)
        self.kids.append(child)
        return child

    def elements(self):
        """This element and every element below it, in reading order."""
        yield self
        for kid in self.kids:
            if isinstance(kid, Element):
                yield from kid.elements()


class TagTree:
    """The structure of one document: the root element, and the MCIDs and links handed out per page."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.root = Element("Document")
        self._next_mcid: dict[int, int] = {}
        self._links: dict[int, int] = {}

    def mark(self, element: Element, page: int) -> int:
        """A new MCID on `page`, owned by `element`."""
        mcid = self._next_mcid.get(page, 0)
        self._next_mcid[page] = mcid + 1
        element.kids.append(MarkedContent(page, mcid))
        return mcid

    def link(self, element: Element, page: int) -> None:
        """Note that the next link annotation the drawing code makes on `page` belongs to `element`."""
        index = self._links.get(page, 0)
        self._links[page] = index + 1
        element.kids.append(LinkAnnotation(page, index))

    def marked_pages(self) -> dict[int, int]:
        """How many MCIDs each page has."""
        return dict(self._next_mcid)
