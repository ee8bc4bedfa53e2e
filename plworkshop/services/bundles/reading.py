"""Reading a bundle file safely: a ZIP or JSON, with limits no archive or header can talk us past.

Only `workshop.json` is ever read from an archive, and only up to MAX_BYTES, whatever the archive's
headers claim: a member whose header lies about its size is cut off at the limit (or fails its CRC).
Nothing is ever unpacked to disk.
"""

from __future__ import annotations

import codecs
import json
import re
import zipfile
import zlib
from pathlib import Path

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
        raise _refuse(f"The archive holds {len(members):,} entries; a bundle may hold at most "
                      f"{MAX_ENTRIES:,}.")
    for info in members:
        if unsafe_member_name(info.filename):
            raise _refuse(f"The archive holds the path “{info.filename}”, which leaves its folder; "
                          "it is refused as unsafe.")
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


def _read_zip(path: Path) -> bytes:
    try:
        with zipfile.ZipFile(path) as archive:
            info = _check_archive(archive)
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
        data = json.loads(text, parse_constant=no_constant)
    except json.JSONDecodeError as exc:
        raise _refuse(f"The bundle is not valid JSON (line {exc.lineno}, column {exc.colno}: "
                      f"{exc.msg.lower()}).") from exc
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
