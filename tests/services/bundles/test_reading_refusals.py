"""Bundles that try to say two things at once: repeated keys, times past the calendar's edge, links in
the archive, headers that understate the size. Each is refused with one sentence; nothing changes."""

from __future__ import annotations

import copy
import json
import stat
import struct
import zipfile
import zlib
from pathlib import Path

import pytest
from sqlalchemy import text

from plworkshop.domain.errors import BundleRefused
from plworkshop.services import responses
from plworkshop.services.bundles import export_bundle, import_bundle


def _rows(db) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {
            t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
            for t in ("workshops", "participants", "responses", "assessments", "action_items")
        }


@pytest.fixture
def document(db, workshop, tmp_path) -> dict:
    responses.record_response(
        db.uow(),
        workshop.id,
        condition="collaborative-leadership",
        stage=1,
        question="collaborative-leadership.s1.q1",
        text="One idea",
    )
    path = export_bundle(db.uow(), workshop.id, tmp_path / "w.json", as_json=True)
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture
def refused(db):
    def run(path: Path) -> str:
        before = _rows(db)
        with pytest.raises(BundleRefused) as info:
            import_bundle(db.uow(), path)
        assert _rows(db) == before
        message = str(info.value)
        assert "\n" not in message and len(message) < 400
        return message

    return run


def _as_other_workshop(document: dict) -> dict:
    other = copy.deepcopy(document)
    other["workshop"]["id"] = "00000000-0000-4000-8000-000000000001"
    return other


def test_a_repeated_id_is_refused_not_merged_into_another_workshop(tmp_path, document, refused, db):
    other = _as_other_workshop(document)
    text_ = json.dumps(other, ensure_ascii=False)
    # the same object names "id" twice: a reader keeping the last would merge into the fixture workshop
    new_id = '"id": "00000000-0000-4000-8000-000000000001"'
    text_ = text_.replace(new_id, f'{new_id}, "id": "{document["workshop"]["id"]}"', 1)
    path = tmp_path / "twice.json"
    path.write_text(text_, encoding="utf-8")
    assert "“id” appears twice" in refused(path)


def test_a_repeated_key_deep_inside_is_refused_in_a_zip_too(tmp_path, document, refused):
    text_ = json.dumps(_as_other_workshop(document), ensure_ascii=False)
    text_ = text_.replace('"text": "One idea"', '"text": "One idea", "text": "Another"', 1)
    path = tmp_path / "deep.plw"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("workshop.json", text_)
    assert "“text” appears twice" in refused(path)


@pytest.mark.parametrize(
    "field, value",
    [
        ("exported_at", "9999-12-31T23:30:00-05:00"),
        ("exported_at", "0001-01-01T00:30:00+05:00"),
        ("workshop.created_at", "9999-12-31T22:00:00-03:00"),
        ("workshop.responses[0].created_at", "0001-01-01T01:00:00+14:00"),
        ("workshop.responses[0].created_at", "9999-12-31T23:59:59-00:01"),
    ],
)
def test_times_past_the_calendar_edge_are_refused_naming_the_field(tmp_path, document, refused, field, value):
    doc = _as_other_workshop(document)
    target, *rest = field.split(".")
    holder = doc
    for part in [target, *rest][:-1]:
        name, _, index = part.partition("[")
        holder = holder[name] if not index else holder[name][int(index[:-1])]
    holder[field.split(".")[-1]] = value
    path = tmp_path / "edge.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    message = refused(path)
    assert field in message and "calendar" in message


def _fresh(tmp_path):
    from plworkshop.storage.opening import open_database

    return open_database(f"sqlite:///{tmp_path / 'fresh.db'}")


def test_the_same_times_in_range_are_accepted(tmp_path, document):
    doc = _as_other_workshop(document)
    doc["workshop"]["created_at"] = "9999-12-31T23:30:00+00:00"
    doc["workshop"]["responses"][0]["created_at"] = "0001-01-01T05:00:00+05:00"
    path = tmp_path / "edge-ok.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    fresh = _fresh(tmp_path)
    assert import_bundle(fresh.uow(), path).status == "new"
    fresh.dispose()


def test_a_symbolic_link_in_the_archive_is_refused(tmp_path, document, refused):
    path = tmp_path / "link.plw"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("workshop.json", json.dumps(_as_other_workshop(document)))
        link = zipfile.ZipInfo("notes.txt")
        link.create_system = 3
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(link, "/etc/passwd")
    assert "symbolic link" in refused(path)


def _understate(path: Path, claimed: int, crc: int) -> None:
    """Rewrite workshop.json's size and CRC in its local header and in the central directory."""
    data = bytearray(path.read_bytes())
    local, central = data.find(b"PK\x03\x04"), data.find(b"PK\x01\x02")
    struct.pack_into("<I", data, local + 14, crc)
    struct.pack_into("<I", data, local + 22, claimed)
    struct.pack_into("<I", data, central + 16, crc)
    struct.pack_into("<I", data, central + 24, claimed)
    path.write_bytes(bytes(data))


def test_headers_that_understate_the_size_six_thousand_times_are_refused(tmp_path, document, refused):
    """The header says the JSON alone; the data goes on 6,000 times longer. A reader stopping at the
    header's size would take the JSON and never notice the rest."""
    body = json.dumps(_as_other_workshop(document)).encode("utf-8")
    real = body + b" " * (len(body) * 6000)
    path = tmp_path / "understated.plw"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("workshop.json", real)
    _understate(path, len(body), zlib.crc32(body))
    message = refused(path)
    assert "misstates its size" in message or "more than 100 MiB" in message


def test_headers_that_understate_the_size_within_the_limit_are_refused(tmp_path, document, refused):
    body = json.dumps(_as_other_workshop(document)).encode("utf-8")
    path = tmp_path / "understated-small.plw"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("workshop.json", body + b" " * (len(body) * 50))
    _understate(path, len(body), zlib.crc32(body))
    assert "misstates its size" in refused(path)


def test_the_honest_archive_of_the_same_document_imports(tmp_path, document):
    path = tmp_path / "honest.plw"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("workshop.json", json.dumps(_as_other_workshop(document)))
    fresh = _fresh(tmp_path)
    assert import_bundle(fresh.uow(), path).status == "new"
    fresh.dispose()
