"""Building a report in a process of its own, so the window never waits on the report's memory.

While ReportLab lays out a large action plan, a few hundred thousand Python objects are alive. Built
on a thread of the app's own process, each full garbage collection in that time walks all of them
while holding the interpreter, and the window stops answering for 100 ms and more (measured by
`bench/run --only gui`). A child process has its own interpreter and collector, so the window keeps
answering. The child is started with "spawn" (a fresh interpreter: safe beside Qt's threads) on the
first report and kept for the next, which saves its start (about half a second). If it cannot start
or dies, the report is built on the calling thread as before: slower to answer, never lost.
"""

from __future__ import annotations

import atexit
import logging
import multiprocessing
import pickle
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from plworkshop.domain.errors import PlworkshopError

log = logging.getLogger(__name__)

_lock = threading.Lock()
_pool: ProcessPoolExecutor | None = None


class ReportFailed(PlworkshopError):
    """A report the child process refused or could not build, with the child's own sentence."""


def _in_child(work: Callable[..., Any], args: tuple, kwargs: dict) -> tuple[str, Any]:
    """Run in the child: ("ok", result) or ("error", exception) with an exception that can travel."""
    try:
        return "ok", work(*args, **kwargs)
    except Exception as exc:  # noqa: BLE001 - handed back to be shown like any other failure
        try:
            pickle.loads(pickle.dumps(exc))
        except Exception:  # noqa: BLE001 - an exception whose class cannot be rebuilt travels as text
            if isinstance(exc, PlworkshopError):
                return "error", ReportFailed(str(exc))
            text = "".join(traceback.format_exception(exc))
            return "error", RuntimeError(f"building the report failed in its process:\n{text}")
        return "error", exc


def _executor() -> ProcessPoolExecutor:
    global _pool
    with _lock:
        if _pool is None:
            _pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
        return _pool


def _discard(pool: ProcessPoolExecutor) -> None:
    global _pool
    with _lock:
        if _pool is pool:
            _pool = None
    pool.shutdown(wait=False, cancel_futures=True)


def build_in_child(work: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """`work(*args, **kwargs)` in the report process; its result, or the exception it raised.

    `work` must be a module-level function and everything passed picklable (the snapshot and pack
    are frozen dataclasses). Called from a worker thread, never from the GUI thread: it waits.
    """
    try:
        pool = _executor()
        future = pool.submit(_in_child, work, args, kwargs)
    except (OSError, RuntimeError) as exc:  # no process could be started: build it here
        log.warning("Report process unavailable (%s); building on this thread", exc)
        return work(*args, **kwargs)
    try:
        status, value = future.result()
    except BrokenProcessPool:  # the child died (killed, out of memory): once more, here
        log.warning("The report process died; building on this thread")
        _discard(pool)
        return work(*args, **kwargs)
    if status == "error":
        raise value
    return value


def shut_down() -> None:
    """Let the report process go (at exit; also for tests)."""
    global _pool
    with _lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)


atexit.register(shut_down)
