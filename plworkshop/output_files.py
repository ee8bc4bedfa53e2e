"""Writing a file a person asked for: whole or not at all, with their usual permissions, only as a file.

Every output (report PDF, rollup, bundle, exports, backups, packs) goes through here, so the rules hold
everywhere:
- the file appears complete or not at all: it is written to a hidden temporary name in the same
  folder, synced, then renamed over the target in one step;
- it gets the permissions any program would give it (0666 less the umask), so colleagues on a shared
  folder can open it; a temporary file from `mkstemp` would be private (0600) and stay private;
- a target that exists must be a regular file (a symbolic link is followed to its file): a folder, a
  device, a pipe or a socket is refused, never replaced;
- an error names the path the person gave, never the temporary file;
- a run killed half-way leaves only a hidden temporary file, removed by the next write beside it once
  it is an hour old.
"""

from __future__ import annotations

import os
import secrets
import stat
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from plworkshop.domain.errors import OutputRefused

TEMP_MARK = ".plworkshop-tmp"
STALE_AFTER_SECONDS = 3600
_NAME_PART = 80  # the target's name inside a temporary name, cut so the whole stays under 255 bytes
_COMPANIONS = ("", "-wal", "-shm", "-journal", ".lock", ".users.lock")
_protected: set[str] = set()


def protect(database_file: Path | str) -> None:
    """Never write an output over this open database or the files SQLite keeps beside it."""
    real = os.path.realpath(database_file)
    _protected.update(real + companion for companion in _COMPANIONS)


def output_target(path: Path | str) -> Path:
    """The file to write for `path`: its link target if it is a link; OutputRefused unless it is a
    regular file or a new name in a folder that exists."""
    given = Path(path).expanduser()
    target = Path(os.path.realpath(given)) if given.is_symlink() else given
    try:
        info = target.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise _naming(exc, given) from exc
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise OutputRefused(f"{given} is a folder; give a file name to write to.")
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise OutputRefused(
            f"{given} is not a regular file (it is a device, pipe or socket); "
            "give the name of a file to write to."
        )
    if not target.parent.is_dir():
        raise OutputRefused(f"The folder {given.parent} does not exist.")
    if os.path.realpath(target) in _protected:
        raise OutputRefused(
            f"{given} is plworkshop's own database (or one of its files); writing there "
            "would destroy it. Choose another name."
        )
    return target


def temp_path_beside(target: Path) -> Path:
    """A hidden name in the target's folder that no other write will pick."""
    return target.with_name(f".{target.name[:_NAME_PART]}.{secrets.token_hex(6)}{TEMP_MARK}")


def _naming(exc: OSError, given: Path) -> OSError:
    """The same error, naming the path the person gave instead of a temporary file."""
    return type(exc)(exc.errno, exc.strerror or str(exc), str(given))


def remove_stale_temps(target: Path, *, now: float | None = None) -> None:
    """Remove temporary files earlier, killed writes left in `target`'s folder (an hour old or more).

    Any name with our mark counts, not only the target's: automatic backups change name every time.
    """
    cutoff = (time.time() if now is None else now) - STALE_AFTER_SECONDS
    try:
        leftovers = list(target.parent.glob(f".*{TEMP_MARK}"))
    except OSError:
        return
    for leftover in leftovers:
        try:
            if leftover.lstat().st_mtime < cutoff and stat.S_ISREG(leftover.lstat().st_mode):
                leftover.unlink()
        except OSError:
            continue


def place_file(finished: Path, path: Path | str) -> Path:
    """Move a complete file (written in the same folder or file system) to `path` in one step."""
    given = Path(path).expanduser()
    target = output_target(given)
    try:
        os.replace(finished, target)
    except OSError as exc:
        raise _naming(exc, given) from exc
    return given


def write_atomically(path: Path | str, write: Callable[[BinaryIO], object]) -> Path:
    """Call `write(file)` on a hidden temporary file beside `path`, sync it, then put it at `path`."""
    given = Path(path).expanduser()
    target = output_target(given)
    remove_stale_temps(target)
    temp = temp_path_beside(target)
    try:
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        with os.fdopen(fd, "wb") as file:
            write(file)
            file.flush()
            os.fsync(file.fileno())
        output_target(given)  # it may have become a folder or a device meanwhile
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise _naming(exc, given) from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return given


def write_bytes_atomically(path: Path | str, data: bytes) -> Path:
    return write_atomically(path, lambda file: file.write(data))
