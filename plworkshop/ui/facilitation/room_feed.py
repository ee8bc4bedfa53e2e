"""What the room writes, brought into the facilitator's response panel without holding up the window.

A busy room commits many small groups of writes a second. The panel does not read its whole question
on the GUI thread each time: `RoomFeed.changed()` reads, on a worker thread, only the question's rows
changed since the last read plus the vote line's figures, and the panel merges them in place (the
selection stays on its row). One read at a time; writes that arrive meanwhile are read right after.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject

from plworkshop.services import responses
from plworkshop.services.room.budgets import RoomBudgets, room_vote_budgets
from plworkshop.services.room.state import MAX_CHANGES, QuestionChanges, question_changes

if TYPE_CHECKING:
    from plworkshop.ui.context import UiContext

log = logging.getLogger(__name__)

MARGIN = dt.timedelta(seconds=2)
"""Changes are read from this long before the newest row seen (a write of the facilitator's own can
commit a moment after a later room write); rows that did not change are skipped by the merge."""


@dataclass(frozen=True)
class VoteLine:
    """The room's budgets while it votes, else the shared pool: (placed, available) or None (no limit)."""

    room: RoomBudgets | None
    pool: tuple[int, int] | None


@dataclass(frozen=True)
class FeedRead:
    asked: tuple  # (workshop id, where, room session id) when the read began
    changes: QuestionChanges | None  # None: the list must be read whole
    vote_line: VoteLine


def read_vote_line(call, workshop_id: str, session_id: str | None, condition: str) -> VoteLine:
    """What the vote line shows: the room's budgets while its voting is open, else the shared pool."""
    room = call(room_vote_budgets, workshop_id, session_id, condition) if session_id else None
    pool = None if room is not None else call(responses.vote_budget, workshop_id, condition)
    return VoteLine(room, pool)


class RoomFeed(QObject):
    """Reads for the panel in the background; `apply(read)` runs on the GUI thread with the result."""

    def __init__(
        self,
        ctx: UiContext,
        asked: Callable[[], tuple],
        apply: Callable[[FeedRead], None],
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self._asked = asked  # () -> (workshop id, where, room session id, read up to)
        self._apply = apply
        self._busy = False
        self._again = False

    def changed(self) -> None:
        """Something the panel shows may have changed in the database: read it (soon)."""
        if self._busy:
            self._again = True
            return
        workshop_id, where, session_id, read_up_to = self._asked()
        if not workshop_id or where is None:
            return
        self._busy = True
        since = None if read_up_to is None else read_up_to - MARGIN

        def work(call) -> FeedRead:
            condition, _stage, question = where
            changes = None
            if since is not None:
                changes = call(question_changes, workshop_id, condition, question, since)
                if len(changes.views) > MAX_CHANGES:
                    changes = None
            return FeedRead(
                (workshop_id, where, session_id),
                changes,
                read_vote_line(call, workshop_id, session_id, condition),
            )

        self.ctx.run_in_background(None, "", work, self._done, self._failed, show_progress=False)

    def _done(self, read: FeedRead) -> None:
        if not shiboken6.isValid(self):
            return  # the panel (and this feed with it) closed while the read ran
        self._busy = False
        if read.asked == self._asked()[:3]:  # else the panel moved on and has read afresh
            self._apply(read)
        self._next()

    def _failed(self, exc: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._busy = False
        log.warning("reading the room's changes failed: %s", exc)  # the next write reads again
        self._next()

    def _next(self) -> None:
        if self._again:
            self._again = False
            self.changed()
