"""Who has a database file open to write: each process shares a lock; a restore takes it alone.

A restore replaces the database file. A process that still had the old file open would go on writing
into the file set aside, report success, and its work would be missing from the live database. So every
process that opens an SQLite database to write holds a shared lock on `plworkshop.db.users.lock` for as
long as it has it open, and a restore holds the same lock exclusively from its first check to the end
of the swap: it is refused while anyone else has the file open, and anyone who opens the database while
a restore runs waits for it to finish, then works on the restored file.

Like the instance lock, the operating system drops these locks when a process ends in any way.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from plworkshop.domain.errors import DatabaseInUse

WAIT_FOR_RESTORE_SECONDS = 60.0
_POLL_SECONDS = 0.02

if os.name == "nt":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    # msvcrt has no shared lock: each user locks one byte of its own among _SLOTS; a restore locks all.
    _SLOTS = 256

    def _lock_region(fd: int, offset: int, length: int) -> bool:
        os.lseek(fd, offset, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, length)
            return True
        except OSError:
            return False

    def _try_shared(fd: int) -> tuple[int, int] | None:
        for slot in range(1, _SLOTS + 1):
            if _lock_region(fd, slot, 1):
                return slot, 1
        return None

    def _try_exclusive(fd: int) -> tuple[int, int] | None:
        return (1, _SLOTS) if _lock_region(fd, 1, _SLOTS) else None

    def _unlock(fd: int, region: tuple[int, int]) -> None:
        os.lseek(fd, region[0], os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, region[1])
        except OSError:
            pass
else:
    import fcntl

    def _flock(fd: int, mode: int) -> tuple[int, int] | None:
        try:
            fcntl.flock(fd, mode | fcntl.LOCK_NB)
            return 0, 0
        except OSError:
            return None

    def _try_shared(fd: int) -> tuple[int, int] | None:
        return _flock(fd, fcntl.LOCK_SH)

    def _try_exclusive(fd: int) -> tuple[int, int] | None:
        return _flock(fd, fcntl.LOCK_EX)

    def _unlock(fd: int, region: tuple[int, int]) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def users_lock_path(database_file: Path) -> Path:
    return database_file.with_name(database_file.name + ".users.lock")


class DatabaseUsers:
    """The shared lock of one process on one database file, or a restore's exclusive hold on it."""

    def __init__(self, database_file: Path) -> None:
        self.path = users_lock_path(Path(database_file))
        self._fd: int | None = None
        self._region: tuple[int, int] | None = None

    def _open(self) -> int:
        return os.open(self.path, os.O_RDWR | os.O_CREAT, 0o666)

    def share(self, *, wait: float = WAIT_FOR_RESTORE_SECONDS) -> DatabaseUsers:
        """Join the users of the database, waiting up to `wait` seconds for a restore to finish."""
        fd = self._open()
        deadline = time.monotonic() + wait
        while (region := _try_shared(fd)) is None:
            if time.monotonic() >= deadline:
                os.close(fd)
                raise DatabaseInUse(
                    "A backup is being restored into this database and has not finished; "
                    "try again in a moment."
                )
            time.sleep(_POLL_SECONDS)
        self._fd, self._region = fd, region
        return self

    def take_alone(self) -> DatabaseUsers:
        """Hold the database alone, or raise DatabaseInUse at once if another process has it open."""
        fd = self._open()
        region = _try_exclusive(fd)
        if region is None:
            os.close(fd)
            raise DatabaseInUse(
                "Another plworkshop command or window is using this database right now; "
                "nothing was restored. Try again once it has finished."
            )
        self._fd, self._region = fd, region
        return self

    def release(self) -> None:
        if self._fd is not None:
            _unlock(self._fd, self._region or (0, 0))
            os.close(self._fd)
            self._fd = self._region = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> DatabaseUsers:
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def in_use_by_others(database_file: Path) -> bool:
    """True if another process (or another open database in this one) has the file open to write."""
    probe = DatabaseUsers(database_file)
    try:
        probe.take_alone()
    except DatabaseInUse:
        return True
    probe.release()
    return False
