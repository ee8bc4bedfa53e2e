"""Automatic backups: once a day on opening and on closing, rotated so the folder never grows unbounded.

Kept: the 10 newest automatic backups, plus the newest one of each ISO week for the last 8 weeks
(two months). Backups made by hand (`plworkshop backup -o`) or before a migration are never rotated away.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from plworkshop.paths import AppPaths
from plworkshop.services.backups import backup_sqlite

AUTO_PREFIX = "auto-"
KEEP_LATEST = 10
KEEP_WEEKS = 8
_STAMP = re.compile(r"(\d{8}-\d{6})(?:-(\d{6}))?")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as the Restore dialog lists it."""

    path: Path
    taken_at: dt.datetime
    kind: str  # "automatic", "before migration", "other"
    workshops: int | None  # None when the file cannot be read
    size_bytes: int


def _taken_at(path: Path) -> dt.datetime:
    match = _STAMP.search(path.name)
    if match:
        taken = dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
        return taken.replace(microsecond=int(match.group(2) or 0))
    return dt.datetime.fromtimestamp(path.stat().st_mtime)


def automatic_backup(paths: AppPaths, reason: str, *, now: dt.datetime | None = None) -> Path | None:
    """Take a backup named for `reason` ("open" or "close") and rotate; None if there is no database."""
    source = paths.database_file
    if not source.exists() or source.stat().st_size == 0:
        return None
    now = now or dt.datetime.now()
    target = paths.backups_dir / f"{AUTO_PREFIX}{now:%Y%m%d-%H%M%S}-{now:%f}-{reason}.db"
    backup_sqlite(source, target)
    rotate(paths.backups_dir, now=now)
    return target


def backed_up_today(paths: AppPaths, *, now: dt.datetime | None = None) -> bool:
    today = (now or dt.datetime.now()).date()
    return any(_taken_at(p).date() == today for p in paths.backups_dir.glob(f"{AUTO_PREFIX}*.db"))


def backup_on_open(paths: AppPaths, *, now: dt.datetime | None = None) -> Path | None:
    """The once-a-day backup taken when the app opens its database."""
    if backed_up_today(paths, now=now):
        return None
    return automatic_backup(paths, "open", now=now)


def rotate(backups_dir: Path, *, now: dt.datetime | None = None) -> list[Path]:
    """Delete automatic backups beyond the keep rules; returns what was deleted."""
    now = now or dt.datetime.now()
    autos = sorted(backups_dir.glob(f"{AUTO_PREFIX}*.db"), key=_taken_at, reverse=True)
    keep = set(autos[:KEEP_LATEST])
    weeks_seen: set[tuple[int, int]] = set()
    horizon = now - dt.timedelta(weeks=KEEP_WEEKS)
    for path in autos:
        taken = _taken_at(path)
        week = taken.isocalendar()[:2]
        if taken >= horizon and week not in weeks_seen:
            weeks_seen.add(week)
            keep.add(path)
    removed = [p for p in autos if p not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def _count_workshops(path: Path) -> int | None:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT count(*) FROM workshops WHERE deleted_at IS NULL").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def list_backups(paths: AppPaths) -> list[BackupInfo]:
    """Every backup in the data folder, newest first, with how many workshops it holds."""
    if not paths.backups_dir.exists():
        return []
    found = []
    for path in paths.backups_dir.glob("*.db"):
        kind = (
            "automatic"
            if path.name.startswith(AUTO_PREFIX)
            else "before migration"
            if path.name.startswith("before-migration")
            else "other"
        )
        found.append(
            BackupInfo(
                path=path,
                taken_at=_taken_at(path),
                kind=kind,
                workshops=_count_workshops(path),
                size_bytes=path.stat().st_size,
            )
        )
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def latest_good_backup(paths: AppPaths) -> BackupInfo | None:
    """The newest backup that opens and holds a plworkshop database."""
    return next((b for b in list_backups(paths) if b.workshops is not None), None)
