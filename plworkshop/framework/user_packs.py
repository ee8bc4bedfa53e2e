"""A facilitator's own content packs: save, list, load, export and import them (never the shipped one).

User packs are JSON files in the pack format (docs/content-pack.md) in `AppPaths.packs_dir`, one file
per pack id. Everything written is validated by `parse_pack` first, and everything read is validated
again, so a file that cannot be read is reported with a `PackError` naming the file and the field.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from plworkshop.framework.loader import (
    FORMAT,
    FORMAT_VERSION,
    PackError,
    condition_to_dict,
    load_default_pack,
    load_pack,
    parse_pack,
)
from plworkshop.framework.model import Condition, FrameworkPack
from plworkshop.output_files import write_bytes_atomically
from plworkshop.paths import AppPaths

log = logging.getLogger(__name__)

MAX_PACK_BYTES = 5 * 1024 * 1024
PACK_SUFFIX = ".json"
_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,79}$")


@dataclass(frozen=True)
class PackInfo:
    """One pack a facilitator can choose: the shipped one or one of their own."""

    id: str
    version: str
    title: str
    shipped: bool
    conditions: int
    path: Path | None = None

    @property
    def label(self) -> str:
        kind = "shipped" if self.shipped else "your pack"
        return f"{self.title} (version {self.version}, {kind})"


def pack_to_dict(pack: FrameworkPack) -> dict:
    """The whole pack in its JSON file shape (the inverse of `parse_pack`)."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "id": pack.id,
        "version": pack.version,
        "title": pack.title,
        "publisher": pack.publisher,
        "edition": pack.edition,
        "language": pack.language,
        "notice": pack.notice,
        "stages": [{"number": int(term.key), "name": term.label} for term in pack.stages],
        **{
            name: [{"key": t.key, "label": t.label} for t in getattr(pack, name)]
            for name in ("strategies", "stakeholder_groups", "policy_levers", "barriers")
        },
        "conditions": [condition_to_dict(condition) for condition in pack.conditions],
    }


def slugify(text: str, *, limit: int = 60) -> str:
    """A lower-case key made of letters, digits and hyphens (accents dropped), e.g. for a new condition."""
    import unicodedata

    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
    return slug[:limit].strip("-")


def check_pack_id(pack_id: str) -> str:
    """A pack id is also its file name: lower-case letters, digits and hyphens, at most 80."""
    if not isinstance(pack_id, str) or not _ID_PATTERN.match(pack_id):
        raise PackError(
            "pack",
            "id",
            f"{pack_id!r} must be lower-case letters, digits and hyphens "
            "(at most 80, starting with a letter or digit)",
        )
    return pack_id


def shipped_pack() -> FrameworkPack:
    return load_default_pack()


def user_pack_path(paths: AppPaths, pack_id: str) -> Path:
    return paths.packs_dir / f"{check_pack_id(pack_id)}{PACK_SUFFIX}"


def validated(pack: FrameworkPack, source: str = "pack") -> FrameworkPack:
    """The pack as the loader would read it back from its file; PackError on any invalid field."""
    return parse_pack(json.loads(json.dumps(pack_to_dict(pack))), source)


def _refuse_shipped_copy(pack: FrameworkPack, source: str) -> None:
    shipped = shipped_pack()
    if pack.id == shipped.id and pack.version == shipped.version:
        raise PackError(
            source,
            "id",
            f"is the shipped pack's id {pack.id!r} with the same version "
            f"{pack.version!r}; the shipped pack cannot be replaced. "
            "Save your changes as a pack of your own (a new name)",
        )


def write_pack_json(path: Path, data: dict) -> Path:
    """Write atomically: a half-written pack must never replace a good one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    write_bytes_atomically(path, text.encode("utf-8"))
    return path


def save_user_pack(paths: AppPaths, pack: FrameworkPack) -> Path:
    """Validate and save a pack of the facilitator's own in the packs folder; returns its file."""
    check_pack_id(pack.id)
    pack = validated(pack, f"pack {pack.id!r}")
    _refuse_shipped_copy(pack, f"pack {pack.id!r}")
    return write_pack_json(user_pack_path(paths, pack.id), pack_to_dict(pack))


def _info(pack: FrameworkPack, shipped: bool, path: Path | None) -> PackInfo:
    return PackInfo(pack.id, pack.version, pack.title, shipped, len(pack.conditions), path)


def list_packs(paths: AppPaths) -> list[PackInfo]:
    """The shipped pack first, then the facilitator's own by title; unreadable files are logged, skipped."""
    packs = [_info(shipped_pack(), True, None)]
    own = []
    folder = paths.packs_dir
    for path in sorted(folder.glob(f"*{PACK_SUFFIX}")) if folder.is_dir() else []:
        try:
            own.append(_info(_read_user_file(path), False, path))
        except PackError as exc:
            log.warning("Skipping a pack that cannot be read: %s", exc)
    return packs + sorted(own, key=lambda info: (info.title.casefold(), info.id))


def _read_user_file(path: Path) -> FrameworkPack:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise PackError(str(path), "", f"cannot be read ({exc.strerror or exc})") from exc
    if size > MAX_PACK_BYTES:
        raise PackError(
            str(path),
            "",
            f"is {size / 1e6:.1f} MB; a content pack may be at most {MAX_PACK_BYTES // (1024 * 1024)} MB",
        )
    return load_pack(path)


def load_pack_by_id(paths: AppPaths, pack_id: str, version: str | None = None) -> FrameworkPack:
    """The pack with this id (and version, when given): the shipped one or one of the facilitator's."""
    shipped = shipped_pack()
    if pack_id == shipped.id and version in (None, shipped.version):
        return shipped
    path = user_pack_path(paths, pack_id)
    if not path.exists():
        raise PackError("packs", "", f"there is no content pack with the id {pack_id!r}")
    pack = _read_user_file(path)
    if version is not None and pack.version != version:
        raise PackError(str(path), "version", f"is {pack.version!r}, not the version {version!r} asked for")
    return pack


def export_pack(pack: FrameworkPack, path: Path) -> Path:
    """Write the pack as a file someone else can import (validated first)."""
    pack = validated(pack, f"pack {pack.id!r}")
    return write_pack_json(Path(path), pack_to_dict(pack))


def import_pack(paths: AppPaths, path: Path) -> FrameworkPack:
    """Validate a pack file and keep a copy among the facilitator's packs; returns the pack.

    Refused: files over 5 MB, anything `parse_pack` rejects, and the shipped pack's id with the
    shipped version (an updated official pack with a new version is accepted).
    """
    path = Path(path)
    pack = _read_user_file(path)
    try:
        check_pack_id(pack.id)
    except PackError as exc:
        raise PackError(str(path), "id", str(exc).split(": id ", 1)[-1]) from exc
    _refuse_shipped_copy(pack, str(path))
    write_pack_json(user_pack_path(paths, pack.id), pack_to_dict(pack))
    return pack


def delete_user_pack(paths: AppPaths, pack_id: str) -> None:
    """Remove one of the facilitator's packs (workshops made with it keep their own copy)."""
    user_pack_path(paths, pack_id).unlink(missing_ok=True)


def next_version(version: str) -> str:
    """The version after `version`: a final number raised by one ("1" → "2", "2019.3" → "2019.4"),
    otherwise ".1" added ("2019-2nd" → "2019-2nd.1")."""
    match = re.search(r"(\d+)$", version)
    if not match:
        return f"{version}.1"
    return f"{version[: match.start(1)]}{int(match.group(1)) + 1}"


def derive_pack(base: FrameworkPack, new_id: str, title: str) -> FrameworkPack:
    """A pack of the facilitator's own that starts as a copy of `base`, with its own id and title."""
    check_pack_id(new_id)
    if not title.strip():
        raise PackError("pack", "title", "must be non-empty text")
    notice = (
        f"{base.notice} This copy, “{title.strip()}”, was adapted by a facilitator from "
        f"“{base.title}”; conditions marked adapted are not the publisher's wording."
    )
    return dataclasses.replace(base, id=new_id, title=title.strip(), version="1", notice=notice)


def _text_of(condition: Condition) -> tuple:
    return (
        condition.title,
        condition.summary,
        condition.early_adopter,
        tuple(
            (s.goal, s.actions, tuple(q.text for q in s.questions), tuple(q.key for q in s.questions))
            for s in condition.stages
        ),
    )


def mark_adapted(original: FrameworkPack, edited: FrameworkPack) -> FrameworkPack:
    """`edited` with `official` turned off on every condition whose text differs from `original`'s.

    An edited official text is no longer the publisher's wording, so the app must show it as adapted.
    """
    conditions = []
    for condition in edited.conditions:
        before = original.condition(condition.key) if original.has_condition(condition.key) else None
        if condition.official and (before is None or _text_of(before) != _text_of(condition)):
            condition = dataclasses.replace(condition, official=False)
        conditions.append(condition)
    return dataclasses.replace(edited, conditions=tuple(conditions))
