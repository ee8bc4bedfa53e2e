"""Reading a bundle file safely: a ZIP or JSON, with limits no archive or header can talk us past.

Only `workshop.json` is ever read from an archive, and only up to MAX_BYTES, whatever the archive's
headers claim: a member whose header misstates its size is refused, counting the bytes its data
really unpacks to. Links, devices and repeated keys in the JSON are refused. Nothing is ever unpacked
to disk.
"""

from __future__ import annotations

import codecs
import json
import re
import stat
import zipfile
import zlib
from pathlib import Path

from plworkshop.domain import strict_json
from plworkshop.domain.errors import BundleRefused
from plworkshop.services.bundles.document import MEMBER_NAME

MAX_BYTES = 100 * 1024 * 1024
MAX_ENTRIES = 1000
_CHUNK = 1 << 20
_DRIVE = re.compile(r"^[A-Za-z]:")
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")


def _refuse(message: str) -> BundleRefused:
    return BundleRefused(message)


def unsafe_member_name(name: str) -> bool:
    """True when an archive path is absolute or would leave its folder once unpacked."""
    unified = name.replace("\\", "/")
    if unified.startswith("/") or _DRIVE.match(unified) or "\x00" in unified:
        return True
    return any(part == ".." for part in unified.split("/"))


def _read_limited(stream, what: str) -> bytes:
    """Read at most MAX_BYTES; more than that is refused without reading further."""
    chunks, total = [], 0
    while True:
        chunk = stream.read(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        total += len(chunk)
        if total > MAX_BYTES:
            raise _refuse(f"The {what} would unpack to more than 100 MiB, the most a bundle may hold.")
        chunks.append(chunk)


def _check_archive(archive: zipfile.ZipFile) -> zipfile.ZipInfo:
    members = archive.infolist()
    if len(members) > MAX_ENTRIES:
        raise _refuse(
            f"The archive holds {len(members):,} entries; a bundle may hold at most {MAX_ENTRIES:,}."
        )
    for info in members:
        if unsafe_member_name(info.filename):
            raise _refuse(
                f"The archive holds the path “{info.filename}”, which leaves its folder; "
                "it is refused as unsafe."
            )
        kind = stat.S_IFMT(info.external_attr >> 16)
        if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
            what = "a symbolic link" if kind == stat.S_IFLNK else "a special file"
            raise _refuse(
                f"The archive holds “{info.filename[:80]}” as {what}; a bundle holds only plain "
                "files, so it is refused as unsafe."
            )
    if sum(info.file_size for info in members) > MAX_BYTES:
        raise _refuse("The archive would unpack to more than 100 MiB, the most a bundle may hold.")
    found = [info for info in members if info.filename == MEMBER_NAME]
    if not found:
        raise _refuse(f"The archive holds no {MEMBER_NAME}, so it is not a plworkshop bundle.")
    if len(found) > 1:
        raise _refuse(f"The archive holds {MEMBER_NAME} more than once, so it cannot be trusted.")
    if found[0].flag_bits & 0x1:
        raise _refuse(f"The archive's {MEMBER_NAME} is encrypted; plworkshop reads only plain bundles.")
    return found[0]


def _inflate_counting(path: Path, info: zipfile.ZipInfo) -> bytes:
    """The member's bytes, inflated as the ZIP format lays them out, refused unless they match its header.

    `zipfile` stops reading a member at the size its header states, so a header that understates the
    size would hide the rest. Here the data after the local header (30 bytes at `header_offset`, then
    the name and the extra field) is inflated to its real end, counting what actually comes out up to
    MAX_BYTES, and both the count and the CRC must be what the header says.
    """
    with open(path, "rb") as file:
        file.seek(info.header_offset)
        local = file.read(30)
        if len(local) < 30 or local[:4] != b"PK\x03\x04":
            raise _refuse("The archive is damaged and cannot be read (a local header is missing).")
        file.seek(int.from_bytes(local[26:28], "little") + int.from_bytes(local[28:30], "little"), 1)
        inflater, chunks, produced = zlib.decompressobj(-zlib.MAX_WBITS), [], 0
        while not inflater.eof and produced <= MAX_BYTES:
            data = file.read(_CHUNK)
            if not data:
                break
            while data and not inflater.eof and produced <= MAX_BYTES:
                out = inflater.decompress(data, _CHUNK)
                produced += len(out)
                chunks.append(out)
                data = inflater.unconsumed_tail
    if produced > MAX_BYTES:
        raise _refuse("The archive would unpack to more than 100 MiB, the most a bundle may hold.")
    if produced != info.file_size:
        raise _refuse(
            f"The archive's headers say {MEMBER_NAME} unpacks to {info.file_size:,} bytes, but its "
            f"data unpacks to {produced:,}; an archive that misstates its size is refused."
        )
    if not inflater.eof:
        raise _refuse(f"The archive is damaged and cannot be read ({MEMBER_NAME} ends too early).")
    raw = b"".join(chunks)
    if zlib.crc32(raw) != info.CRC:
        raise _refuse(f"The archive is damaged and cannot be read ({MEMBER_NAME} fails its checksum).")
    return raw


def _read_zip(path: Path) -> bytes:
    try:
        with zipfile.ZipFile(path) as archive:
            info = _check_archive(archive)
            if info.compress_type == zipfile.ZIP_DEFLATED:
                return _inflate_counting(path, info)
            if info.compress_type == zipfile.ZIP_STORED and info.compress_size != info.file_size:
                raise _refuse(
                    f"The archive's headers disagree about the size of {MEMBER_NAME}; it cannot be trusted."
                )
            with archive.open(info) as member:
                return _read_limited(member, "archive")
    except BundleRefused:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError) as exc:
        raise _refuse(f"The archive is damaged and cannot be read ({exc}).") from exc


def _looks_like_zip(path: Path) -> bool:
    with open(path, "rb") as file:
        head = file.read(4)
    return head in _ZIP_MAGIC or (not head.lstrip().startswith((b"{", b"[")) and zipfile.is_zipfile(path))


def _decode(raw: bytes) -> dict:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _refuse(f"The bundle is not valid UTF-8 text (bad byte at position {exc.start:,}).") from exc
    if text.startswith("\ufeff"):
        text = text[1:]

    def no_constant(name: str):
        raise ValueError(f"{name} is not a JSON number")

    try:
        data = strict_json.loads(text, parse_constant=no_constant)
    except strict_json.DuplicateKey as exc:
        raise _refuse(f"The bundle is refused: {exc}, so which value is meant cannot be known.") from exc
    except json.JSONDecodeError as exc:
        raise _refuse(
            f"The bundle is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg.lower()})."
        ) from exc
    except (ValueError, RecursionError) as exc:
        raise _refuse(f"The bundle is not valid JSON ({str(exc) or 'nested too deeply'}).") from exc
    if not isinstance(data, dict):
        raise _refuse("The bundle's top level must be a JSON object; this is not a plworkshop bundle.")
    return data


def read_raw_document(path: Path) -> dict:
    """The decoded JSON of a `.plw` or `.json` bundle, not yet validated; BundleRefused if unreadable."""
    path = Path(path)
    try:
        if not path.is_file():
            raise _refuse("The file does not exist or is not a file.")
        if _looks_like_zip(path):
            raw = _read_zip(path)
        else:
            if path.stat().st_size == 0:
                raise _refuse("The file is empty; it is neither a ZIP archive nor JSON.")
            with open(path, "rb") as file:
                raw = _read_limited(file, "file")
            if raw.removeprefix(codecs.BOM_UTF8).lstrip()[:1] not in (b"{", b"["):
                raise _refuse("The file is neither a ZIP archive nor JSON, so it is not a bundle.")
    except OSError as exc:
        raise _refuse(f"The file cannot be read ({exc.strerror or exc}).") from exc
    return _decode(raw)
