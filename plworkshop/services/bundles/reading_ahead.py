"""Reading and checking bundle files ahead of the writer, in a worker process when that pays.

Unzipping, `json.loads` and validation hold the GIL, so a thread would only slow the writer down; a
worker process (started with "spawn": safe beside Qt and other threads) does them on another core
and sends back the validated bundle. The worker takes a file only once it has started (≈ 0.4 s); until
then, and for any file it was not given, this process reads the file itself. Errors come back as
exceptions in place of the bundle, so a refused file is reported like any other.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import traceback
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from plworkshop.services.bundles.reading import read_raw_document
from plworkshop.services.bundles.validation import ValidBundle, validate_document

MIN_FILES = 20  # fewer files than this are read here: starting a worker costs ≈ 0.4 s of CPU
AHEAD = 2  # files handed to the worker beyond the one being written


def prepare(path: Path) -> ValidBundle | BaseException:
    """Read and validate one file; the error that refuses it instead of raising."""
    try:
        return validate_document(read_raw_document(path))
    except Exception as exc:  # noqa: BLE001 - handed back to be reported against this file
        return exc


def _prepare_in_worker(path: Path) -> ValidBundle | BaseException:
    result = prepare(path)
    if isinstance(result, BaseException):
        try:
            pickle.loads(pickle.dumps(result))
        except Exception:  # noqa: BLE001 - an error that cannot travel is sent as its traceback
            text = "".join(traceback.format_exception(result))
            return RuntimeError(f"reading {path.name} failed in the worker process:\n{text}")
    return result


def _ready() -> bool:
    return True


def worth_a_worker(count: int) -> bool:
    """Many files and an idle core. On a busy machine the worker only takes CPU from the writer:
    measured with both cores taken, import ran at half the speed with it (226 vs 109 ms a bundle)."""
    cores = os.cpu_count() or 1
    try:
        idle = os.getloadavg()[0] <= cores - 1.5
    except OSError:  # no load average (Windows): assume the machine is busy
        idle = False
    return count >= MIN_FILES and cores >= 2 and idle


class BundleReader:
    """`get(i)` gives file i's ValidBundle or its error; call it for i = 0, 1, 2… in order."""

    def __init__(self, paths: list[Path], read_ahead: bool | None = None) -> None:
        self.paths = paths
        use = worth_a_worker(len(paths)) if read_ahead is None else read_ahead and len(paths) > 1
        self.pool: ProcessPoolExecutor | None = None
        self.started: Future | None = None
        self.given: dict[int, Future] = {}
        if use:
            self.pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
            self.started = self.pool.submit(_ready)

    def __enter__(self) -> BundleReader:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        if self.pool is not None:
            for future in self.given.values():
                future.cancel()
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None

    def _hand_out(self, after: int) -> None:
        """Give the worker the next files (once it runs), keeping AHEAD of them in its hands."""
        if self.pool is None or self.started is None or not self.started.done():
            return
        for index in range(after + 1, min(after + 1 + AHEAD, len(self.paths))):
            if index not in self.given:
                try:
                    self.given[index] = self.pool.submit(_prepare_in_worker, self.paths[index])
                except RuntimeError:  # the worker is gone (BrokenProcessPool): read the rest here
                    self.close()
                    return

    def get(self, index: int) -> ValidBundle | BaseException:
        future = self.given.pop(index, None)
        self._hand_out(index)
        if future is None:
            return prepare(self.paths[index])
        try:
            return future.result()
        except Exception:  # noqa: BLE001 - the worker died (killed, out of memory): read it here
            return prepare(self.paths[index])
