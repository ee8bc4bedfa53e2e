"""Importing many bundle files at once: each one atomic, several per durable commit, read ahead.

Every bundle is written inside its own SAVEPOINT: a bundle refused while it is written (an id that
belongs to another workshop) is rolled back to it, so it leaves nothing behind, and the others go on.
The transaction is committed after `BATCH_BUNDLES` bundles or `BATCH_SECONDS`, whichever comes first,
and at the end; a file's result is reported (`on_result`) only once the commit holding it has
returned, so whatever was reported as imported is on disk, and a crash (or a failed commit) loses
only bundles not yet reported, each of them whole, never half of one. Importing them again is safe:
an import is idempotent. Refused files are reported in their place in the order of `paths`.

Reading, unzipping, `json.loads` and validation are pure CPU work; with many files and a core to
spare they run one or two bundles ahead in a worker process (`reading_ahead`) while this one writes.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import OperationalError

from plworkshop.domain.errors import StorageFailed
from plworkshop.services.bundles.importing import ImportOutcome, apply_in_transaction
from plworkshop.services.bundles.reading_ahead import BundleReader
from plworkshop.storage.unit_of_work import UnitOfWork, describe_write_failure

BATCH_BUNDLES = 25
BATCH_SECONDS = 1.0
IMPORT_CACHE_KIB = 64 * 1024  # SQLite page cache while a batch is written (the default is 2 MiB)


@dataclass(frozen=True)
class FileResult:
    """One file's result: its outcome, or the error that refused it (nothing of it was written)."""

    path: Path
    outcome: ImportOutcome | None = None
    error: BaseException | None = None

    @property
    def imported(self) -> bool:
        return self.outcome is not None


class _Batch:
    """The open transaction and the results waiting for its commit."""

    def __init__(self, uow: UnitOfWork, on_result: Callable[[FileResult], None] | None) -> None:
        self.uow = uow
        self.on_result = on_result
        self.waiting: list[FileResult] = []
        self.results: list[FileResult] = []
        self.started: float | None = None
        self.written = 0
        self.cache_size: int | None = None

    def begin(self) -> None:
        if self.started is not None:
            return
        conn = self.uow.s.connection()
        if conn.dialect.name == "sqlite":
            # A bigger page cache for the batch: the indexes' random pages stay in memory instead
            # of being read again and spilled to the WAL before the commit. Put back before the
            # commit, while the connection is still ours (it goes back to the pool after).
            self.cache_size = conn.exec_driver_sql("PRAGMA cache_size").scalar()
            conn.exec_driver_sql(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}")
            # pysqlite opens a transaction only before its first INSERT/UPDATE/DELETE; a SAVEPOINT
            # issued first would become the outermost transaction and RELEASE would commit it. Take
            # the write lock now: the batch writes anyway, and a reader cannot make it retry.
            if not conn.connection.dbapi_connection.in_transaction:  # type: ignore[union-attr]
                conn.exec_driver_sql("BEGIN IMMEDIATE")
        self.started = time.perf_counter()

    def restore_cache(self) -> None:
        if self.cache_size is not None:
            size, self.cache_size = int(self.cache_size), None
            try:
                self.uow.s.connection().exec_driver_sql(f"PRAGMA cache_size={size}")
            except OperationalError:  # only a cache size: the commit decides what is kept
                pass

    def add(self, result: FileResult) -> None:
        self.waiting.append(result)
        if result.outcome is not None and result.outcome.status != "unchanged":
            self.written += 1

    def due(self, max_bundles: int, max_seconds: float) -> bool:
        return self.started is not None and (
            len(self.waiting) >= max_bundles or time.perf_counter() - self.started >= max_seconds
        )

    def finish(self) -> None:
        """Commit (or end the read-only transaction), then report every waiting result."""
        if self.started is not None:
            try:
                self.restore_cache()
                if self.written:
                    self.uow.commit()
                else:
                    self.uow.rollback()
            except StorageFailed as exc:  # nothing of this batch was kept: say so for each file
                self.waiting = [
                    r if r.outcome is None else FileResult(r.path, error=exc) for r in self.waiting
                ]
        for result in self.waiting:
            self.results.append(result)
            if self.on_result is not None:
                self.on_result(result)
        self.waiting, self.started, self.written = [], None, 0


def import_bundles(
    uow: UnitOfWork,
    paths: Iterable[Path],
    *,
    on_result: Callable[[FileResult], None] | None = None,
    read_ahead: bool | None = None,
    max_bundles: int = BATCH_BUNDLES,
    max_seconds: float = BATCH_SECONDS,
) -> list[FileResult]:
    """Import every file, each all or nothing; one FileResult per path, in order.

    `on_result(result)` is called for each file as soon as its fate is durable. `read_ahead` uses a
    worker process for reading and checking (None: when there are enough files to pay for it).
    Unexpected errors (bugs) are reported per file as well, never raised past the other files.
    """
    paths = [Path(p) for p in paths]
    batch = _Batch(uow, on_result)
    with uow, BundleReader(paths, read_ahead) as reader:
        try:
            for index, path in enumerate(paths):
                batch.add(_import_one(uow, batch, path, reader.get(index)))
                if batch.due(max_bundles, max_seconds):
                    batch.finish()
            batch.finish()
        finally:  # if interrupted, the batch rolls back with the unit of work; the cache size first
            batch.restore_cache()
    return batch.results


def _import_one(uow: UnitOfWork, batch: _Batch, path: Path, prepared) -> FileResult:
    if isinstance(prepared, BaseException):  # refused while read or checked: nothing to write
        return FileResult(path, error=prepared)
    try:
        batch.begin()
    except OperationalError as exc:  # locked by another program for too long, or the disk refused
        batch.restore_cache()
        uow.rollback()
        batch.started = None
        return FileResult(path, error=StorageFailed(describe_write_failure(exc)))
    return _apply_one(uow, path, prepared)


def _apply_one(uow: UnitOfWork, path: Path, bundle) -> FileResult:
    try:
        with uow.s.begin_nested():  # released on success, rolled back to on any error
            outcome = apply_in_transaction(uow, bundle)
    except OperationalError as exc:  # the disk refused a write: this file is not imported
        return FileResult(path, error=StorageFailed(describe_write_failure(exc)))
    except Exception as exc:  # noqa: BLE001 - refused (BundleRefused) or a bug: this file only
        return FileResult(path, error=exc)
    return FileResult(path, outcome=outcome)
