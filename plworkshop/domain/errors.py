"""Domain errors: things a person can act on, each with one clear sentence as its message."""

from __future__ import annotations


class PlworkshopError(Exception):
    """Base of every error whose message is meant for the person using the app."""


class InvalidValue(PlworkshopError):
    """A value typed or imported is not acceptable (too long, wrong kind, out of range)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class NotFound(PlworkshopError):
    """Something asked for by id does not exist."""


class WorkshopNotFound(NotFound):
    """No workshop matches the id or title given."""


class AmbiguousWorkshop(PlworkshopError):
    """A title prefix matches more than one workshop."""


class BundleRefused(PlworkshopError):
    """A workshop bundle was refused; the database was left as it was."""


class DatabaseTooNew(PlworkshopError):
    """The database was written by a newer plworkshop than this one."""


class DatabaseDamaged(PlworkshopError):
    """The database file is not a healthy plworkshop database."""


class DatabaseInUse(PlworkshopError):
    """Another plworkshop instance has the database open for writing."""


class StorageFailed(PlworkshopError):
    """A write could not reach the disk (full, read-only, removed); nothing was half-saved."""


class VoteBudgetExceeded(PlworkshopError):
    """A dot vote would exceed the votes the room has to spend."""


class OutputRefused(PlworkshopError):
    """An output path that cannot take a file: a folder, a device or pipe, or a folder that is missing."""


class DatabaseUnreachable(PlworkshopError):
    """The database URL is malformed, names a driver plworkshop lacks, or its server cannot be reached."""


class DatabaseReadOnly(PlworkshopError):
    """The database or its folder cannot be written; nothing is wrong with its contents."""
