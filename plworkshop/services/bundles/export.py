"""Writing a workshop bundle: a `.plw` ZIP holding `workshop.json`, or the plain JSON, atomically."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

from plworkshop.output_files import output_target, write_atomically
from plworkshop.services.bundles.document import MEMBER_NAME, bundle_document
from plworkshop.services.workshops import snapshot
from plworkshop.storage import models as m
from plworkshop.storage.unit_of_work import UnitOfWork


def _kept_extras(uow: UnitOfWork, workshop_id: str) -> tuple[dict, dict]:
    """Unknown fields an imported bundle carried (kept as data), to write back out unchanged."""
    with uow:
        row = uow.s.get(m.Workshop, workshop_id)
        raw = row.extra_json if row is not None else "{}"
    try:
        extra = json.loads(raw or "{}")
    except ValueError:
        return {}, {}
    kept = extra.get("bundle_extras") if isinstance(extra, dict) else None
    if not isinstance(kept, dict):
        return {}, {}
    top, workshop = kept.get("top", {}), kept.get("workshop", {})
    return (top if isinstance(top, dict) else {}), (workshop if isinstance(workshop, dict) else {})


def encode_document(document: dict) -> bytes:
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


def export_bundle(
    uow: UnitOfWork,
    workshop_id: str,
    path: Path,
    *,
    as_json: bool = False,
    exported_at: dt.datetime | None = None,
) -> Path:
    """Write the workshop's bundle to `path` (a `.plw` ZIP, or plain JSON with `as_json`)."""
    path = Path(path)
    output_target(path)  # refuse a folder or device before the work of building the document
    document = bundle_document(snapshot(uow, workshop_id), exported_at)
    top_extra, workshop_extra = _kept_extras(uow, workshop_id)
    for key, value in top_extra.items():
        document.setdefault(key, value)
    for key, value in workshop_extra.items():
        document["workshop"].setdefault(key, value)
    data = encode_document(document)
    if as_json:
        write_atomically(path, lambda file: file.write(data))
        return path
    stamp = dt.datetime.fromisoformat(document["exported_at"])

    def write_zip(file) -> None:
        with zipfile.ZipFile(file, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            info = zipfile.ZipInfo(MEMBER_NAME, date_time=stamp.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)

    write_atomically(path, write_zip)
    return path
