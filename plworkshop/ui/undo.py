"""Undoable edits: every change a facilitator makes goes through a QUndoCommand on the shared stack.

A command does its work in `redo()` (which Qt calls when it is pushed) and reverses it in `undo()`.
Both talk to services, so each step is committed to the database the moment it happens.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from plworkshop.domain.errors import PlworkshopError
from plworkshop.ui.context import UiContext

log = logging.getLogger(__name__)


class CallbackCommand(QUndoCommand):
    """An undo step made of two callables; `after` runs after either (e.g. to refresh a view).

    If the first `redo` fails, the command marks itself obsolete so the stack drops it, and the error
    is shown; nothing half-done stays on the stack. `on_refused`, when given, takes a refusal the
    facilitator can act on (a plworkshop error: "take the votes back first") in place of a dialog, so
    the caller can say it beside the work instead of stopping the room with a modal box.
    """

    def __init__(
        self,
        ctx: UiContext,
        text: str,
        do: Callable[[], object],
        undo: Callable[[], object],
        *,
        workshop_id: str = "",
        what: str = "",
        parent_widget=None,
        on_refused: Callable[[Exception], None] | None = None,
    ) -> None:
        super().__init__(text)
        self._ctx = ctx
        self._do = do
        self._undo = undo
        self._workshop_id = workshop_id
        self._what = what
        self._parent_widget = parent_widget
        self._on_refused = on_refused
        self.result: object = None
        self.failed = False

    def redo(self) -> None:
        try:
            self.result = self._do()
        except Exception as exc:  # noqa: BLE001 - shown to the person, command dropped
            self.failed = True
            self.setObsolete(True)
            if self._on_refused is not None and isinstance(exc, PlworkshopError):
                self._on_refused(exc)
            else:
                self._ctx.report_error(self._parent_widget, exc)
            return
        self._notify()

    def undo(self) -> None:
        try:
            self._undo()
        except Exception as exc:  # noqa: BLE001
            self._ctx.report_error(self._parent_widget, exc)
            return
        self._notify()

    def _notify(self) -> None:
        if self._workshop_id:
            self._ctx.changed(self._workshop_id, self._what)


def push(
    ctx: UiContext,
    text: str,
    do: Callable[[], object],
    undo: Callable[[], object],
    *,
    workshop_id: str = "",
    what: str = "",
    parent_widget=None,
    on_refused: Callable[[Exception], None] | None = None,
) -> CallbackCommand:
    """Do an edit now and put it on the undo stack (unless it failed). Returns the command."""
    command = CallbackCommand(
        ctx,
        text,
        do,
        undo,
        workshop_id=workshop_id,
        what=what,
        parent_widget=parent_widget,
        on_refused=on_refused,
    )
    ctx.undo_stack.push(command)
    return command
