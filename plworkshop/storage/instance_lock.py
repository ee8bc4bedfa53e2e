"""One writer app per database: an OS file lock that dies with its process, so a crash never leaves it stuck.

The lock file sits beside the database (`plworkshop.db.lock`). The operating system releases the lock when
the process ends for any reason (even SIGKILL or a power cut), so no stale lock needs clearing by hand.
"""

from __future__ import annotations

import os
from pathlib import Path

from plworkshop.domain.errors import DatabaseInUse

if os.name == "nt":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def lock_path_for(database_file: Path) -> Path:
    return database_file.with_name(database_file.name + ".lock")


class InstanceLock:
    """Held for as long as this process has the database open for writing."""

    def __init__(self, database_file: Path) -> None:
        self.path = lock_path_for(database_file)
        self._fd: int | None = None

    def acquire(self) -> InstanceLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        if not _try_lock(fd):
            os.close(fd)
            raise DatabaseInUse(
                "This database is already open in another plworkshop window; "
                "you can open it read-only to look at it."
            )
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is not None:
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


def is_locked(database_file: Path) -> bool:
    """True if another process holds the database's lock right now."""
    probe = InstanceLock(database_file)
    try:
        probe.acquire()
    except DatabaseInUse:
        return True
    probe.release()
    return False
