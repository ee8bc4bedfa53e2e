"""What a command needs: resolved paths, the database URL, and the database opened on demand."""

from __future__ import annotations

import logging
import logging.handlers
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from plworkshop.paths import AppPaths

if TYPE_CHECKING:  # importing SQLAlchemy costs ~0.2 s: the GUI shows its window before it does
    from plworkshop.storage.unit_of_work import Database

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(paths: AppPaths, *, verbose: bool = False) -> None:
    """A rotating log file in the data folder; a person sees only one-sentence messages."""
    root = logging.getLogger()
    if any(getattr(h, "_plworkshop", False) for h in root.handlers):
        return
    try:
        paths.logs_dir.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            paths.log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler._plworkshop = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)


@dataclass
class CliEnv:
    """Resolved once per run by `plworkshop.cli.main`; commands open the database through it."""

    paths: AppPaths
    database_url: str
    lang: str = "en"
    read_only: bool = False
    _db: Database | None = field(default=None, repr=False)

    @property
    def is_default_sqlite(self) -> bool:
        return self.database_url == self.paths.default_database_url

    def database(self) -> Database:
        if self._db is None:
            from plworkshop.services.database_lifecycle import open_app_database

            self._db = open_app_database(self.paths, self.database_url, read_only=self.read_only)
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.dispose()
            self._db = None
