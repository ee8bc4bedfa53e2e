"""Module-level work for the report-process tests (a spawned child imports it by name)."""

from __future__ import annotations

import os

from plworkshop.domain.errors import InvalidValue


def whose_pid(text: str) -> tuple[int, str]:
    return os.getpid(), text


def refuse(field: str) -> None:
    raise InvalidValue(field, "That text cannot be laid out on a page.")


def die_unless_in(parent_pid: int) -> str:
    """Ends a child abruptly (as when the system kills it); in `parent_pid` it answers."""
    if os.getpid() != parent_pid:
        os._exit(3)
    return "done here"
