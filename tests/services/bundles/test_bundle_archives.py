"""Hostile containers: not a ZIP, paths leaving the folder, zip bombs, lying headers, too many entries."""

from __future__ import annotations

import json
import struct
import warnings
import zipfile

import pytest
from bundle_helpers import dump_tables

from plworkshop.domain.errors import BundleRefused
from plworkshop.services.bundles import import_bundle, reading

MIB = 1024 * 1024


@pytest.fixture
def payload(shared_rich_document) -> bytes:
    return json.dumps(shared_rich_document, ensure_ascii=False).encode("utf-8")


@pytest.fixture
def refused(db, workshop):
    """Import a file and return the refusal message, checking the database did not change at all."""

    def run(path):
        before = dump_tables(db)
        with pytest.raises(BundleRefused) as info:
            import_bundle(db.uow(), path)
        assert dump_tables(db) == before
        message = str(info.value)
        assert "\n" not in message and len(message) < 400
        return message

    return run


def _zip(path, members, compression=zipfile.ZIP_DEFLATED):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name" is what one test wants
        with zipfile.ZipFile(path, "w", compression=compression) as archive:
            for name, data in members:
                archive.writestr(name, data)
    return path


def test_neither_zip_nor_json(tmp_path, refused):
    path = tmp_path / "photo.plw"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    assert "neither a ZIP archive nor JSON" in refused(path)
    empty = tmp_path / "empty.json"
    empty.write_bytes(b"")
    assert "empty" in refused(empty)


def test_damaged_zip(tmp_path, refused, payload):
    good = _zip(tmp_path / "good.plw", [("workshop.json", payload)]).read_bytes()
    cut = tmp_path / "cut.plw"
    cut.write_bytes(good[: len(good) // 2])
    assert "damaged" in refused(cut)


def test_workshop_json_missing(tmp_path, refused, payload):
    path = _zip(tmp_path / "x.plw", [("other.json", payload)])
    assert "holds no workshop.json" in refused(path)


def test_workshop_json_twice(tmp_path, refused, payload):
    path = _zip(tmp_path / "x.plw", [("workshop.json", payload), ("workshop.json", b"{}")])
    assert "more than once" in refused(path)


@pytest.mark.parametrize(
    "name",
    ["../x", "/abs", "C:\\x", "c:/windows/x", "a/../../x", "..\\..\\evil.json", "notes/../../etc/passwd"],
)
def test_paths_that_leave_the_folder(tmp_path, refused, payload, name):
    path = _zip(tmp_path / "slip.plw", [("workshop.json", payload), (name, b"boom")])
    message = refused(path)
    assert "leaves its folder" in message
    assert not (tmp_path.parent / "x").exists()


def test_zip_bomb_by_declared_size(tmp_path, refused, payload):
    path = tmp_path / "bomb.plw"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("workshop.json", payload)
        with archive.open("padding.bin", "w", force_zip64=True) as member:
            block = b"\0" * MIB
            for _ in range(101):
                member.write(block)
    assert path.stat().st_size < 2 * MIB
    assert "more than 100 MiB" in refused(path)


def _lie_about_size(path, name: bytes, claimed: int) -> None:
    """Rewrite the sizes recorded for `name`, in its local header and in the central directory."""
    data = bytearray(path.read_bytes())
    local = data.find(b"PK\x03\x04")
    while local != -1:
        name_len = struct.unpack_from("<H", data, local + 26)[0]
        if data[local + 30 : local + 30 + name_len] == name:
            struct.pack_into("<I", data, local + 22, claimed)
        local = data.find(b"PK\x03\x04", local + 4)
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_len = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46 : central + 46 + name_len] == name:
            struct.pack_into("<I", data, central + 24, claimed)
        central = data.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(data))


def test_member_whose_header_lies_about_its_size(tmp_path, refused):
    """It claims 200 bytes but inflates to 120 MiB: never read past what is allowed, then refused."""
    path = tmp_path / "liar.plw"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        with archive.open("workshop.json", "w", force_zip64=False) as member:
            member.write(b'{"format": "plworkshop-bundle", "pad": "')
            for _ in range(120):
                member.write(b" " * MIB)
            member.write(b'"}')
    _lie_about_size(path, b"workshop.json", 200)
    message = refused(path)
    assert "damaged" in message or "100 MiB" in message


def test_reading_stops_at_the_limit_whatever_the_headers_say(tmp_path, monkeypatch, refused):
    """With the declared-size check fooled, the streaming cap alone still refuses the member."""
    path = _zip(tmp_path / "big.plw", [("workshop.json", b"[" + b" " * (3 * MIB) + b"]")])
    monkeypatch.setattr(reading, "MAX_BYTES", MIB)
    real_check = reading._check_archive

    def fooled(archive):
        real_sizes = [info.file_size for info in archive.infolist()]
        for info in archive.infolist():
            info.file_size = 10  # the size check sees headers that lie...
        found = real_check(archive)
        for info, size in zip(archive.infolist(), real_sizes):
            info.file_size = size  # ...while the data itself is as big as it really is
        return found

    monkeypatch.setattr(reading, "_check_archive", fooled)
    reads = []
    real_read_limited = reading._read_limited

    def counting(stream, what):
        original = stream.read
        stream.read = lambda n=-1: reads.append(n) or original(n)
        return real_read_limited(stream, what)

    monkeypatch.setattr(reading, "_read_limited", counting)
    message = refused(path)
    assert "more than 100 MiB" in message
    assert len(reads) <= 3  # it stopped after about 1 MiB, not at 3 MiB


def test_plain_json_over_the_limit(tmp_path, monkeypatch, refused):
    monkeypatch.setattr(reading, "MAX_BYTES", MIB)
    path = tmp_path / "huge.json"
    path.write_bytes(b"{" + b" " * (2 * MIB) + b"}")
    assert "more than 100 MiB" in refused(path)


def test_too_many_entries(tmp_path, refused, payload):
    members = [("workshop.json", payload)] + [(f"extra/{i}.txt", b"") for i in range(1000)]
    path = _zip(tmp_path / "many.plw", members, compression=zipfile.ZIP_STORED)
    assert "1,001 entries" in refused(path)


def test_exactly_a_thousand_entries_is_fine(tmp_path, db, payload):
    members = [("workshop.json", payload)] + [(f"extra/{i}.txt", b"") for i in range(999)]
    path = _zip(tmp_path / "many.plw", members, compression=zipfile.ZIP_STORED)
    assert import_bundle(db.uow(), path).status == "new"


def test_invalid_utf8(tmp_path, refused, payload):
    bad = payload.replace(b"Rich convening", b"Rich conv\xff\xfeing")
    assert "not valid UTF-8" in refused(_zip(tmp_path / "x.plw", [("workshop.json", bad)]))
    json_path = tmp_path / "x.json"
    json_path.write_bytes(bad)
    assert "not valid UTF-8" in refused(json_path)


@pytest.mark.parametrize(
    "content",
    [b'{"format": ', b'{"a": NaN}', b"[" * 100_000 + b"]" * 100_000, b'{"n": 1' + b"0" * 5000 + b"}"],
)
def test_invalid_json(tmp_path, refused, content):
    assert "not valid JSON" in refused(_zip(tmp_path / "x.plw", [("workshop.json", content)]))


def test_json_that_is_not_an_object(tmp_path, refused):
    path = tmp_path / "list.json"
    path.write_text("[1, 2, 3]")
    assert "must be a JSON object" in refused(path)


def test_a_json_bundle_with_a_bom_is_read(tmp_path, db, payload):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + payload)
    assert import_bundle(db.uow(), path).status == "new"
