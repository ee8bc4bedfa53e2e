"""Tagged PDF (PDF/UA) for ReportLab documents: structure elements recorded while drawing, tree written after.

ReportLab draws; `Tagged` flowables put marked-content operators around what they draw (through the
public `Canvas.addLiteral`) and note which structure element each piece belongs to; `finish_tagged_pdf`
then opens the finished file with pikepdf, marks everything left untagged as an artifact, and writes the
structure tree, the parent tree, the document language, the displayed title and the XMP metadata.
"""

from plworkshop.reports.tagging.document import (
    TableStructure,
    TaggedTable,
    TaggingDocument,
    TaggingKeepTogether,
)
from plworkshop.reports.tagging.flowables import MarkedPiece, Tagged, TaggedCellText, tag_artifact
from plworkshop.reports.tagging.tree import Element, TagTree
from plworkshop.reports.tagging.writer import finish_tagged_pdf

__all__ = [
    "Element",
    "MarkedPiece",
    "TableStructure",
    "TagTree",
    "Tagged",
    "TaggedCellText",
    "TaggedTable",
    "TaggingDocument",
    "TaggingKeepTogether",
    "finish_tagged_pdf",
    "tag_artifact",
]
