"""Workshop bundles (docs/bundle-format.md): export, validate and import, all or nothing."""

from __future__ import annotations

from pathlib import Path

from plworkshop.services.bundles.document import FORMAT, FORMAT_VERSION, bundle_document
from plworkshop.services.bundles.export import export_bundle
from plworkshop.services.bundles.importing import ImportOutcome, apply_bundle
from plworkshop.services.bundles.many import FileResult, import_bundles
from plworkshop.services.bundles.reading import MAX_BYTES, MAX_ENTRIES, read_raw_document
from plworkshop.services.bundles.validation import validate_document
from plworkshop.storage.unit_of_work import UnitOfWork

BUNDLE_SUFFIXES = (".plw", ".json")


def read_bundle(path: Path) -> dict:
    """Read a `.plw` or `.json` bundle and validate all of it; BundleRefused with one sentence if bad."""
    document = read_raw_document(Path(path))
    validate_document(document)
    return document


def import_bundle(uow: UnitOfWork, path: Path) -> ImportOutcome:
    """Import one bundle in one transaction: all of it or, refused, nothing (the database unchanged).

    For many files, `import_bundles` is faster: several bundles per durable commit, each still atomic.
    """
    document = read_raw_document(Path(path))
    return apply_bundle(uow, validate_document(document))


__all__ = [
    "BUNDLE_SUFFIXES",
    "FORMAT",
    "FORMAT_VERSION",
    "MAX_BYTES",
    "MAX_ENTRIES",
    "FileResult",
    "ImportOutcome",
    "bundle_document",
    "export_bundle",
    "import_bundle",
    "import_bundles",
    "read_bundle",
]
