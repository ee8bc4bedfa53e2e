"""Every location plworkshop reads or writes: the data folder, the database, logs, backups, resources.

Nothing here touches the disk at import time; callers resolve paths once in the composition root
(`plworkshop.app` or the command line) and tests point the data folder at a temporary directory.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DATA_DIR_ENV = "PLWORKSHOP_DATA_DIR"
DATABASE_URL_ENV = "PLWORKSHOP_DATABASE_URL"
DATABASE_FILENAME = "plworkshop.db"


def resources_dir() -> Path:
    """The shipped resources: fonts, icons, translations and the framework pack.

    They live in `resources/` at the top of the source tree. The wheel build (pyproject.toml) and the
    PyInstaller bundle (build.spec) both put that folder inside the package as `plworkshop/resources/`,
    so an installed or bundled app finds it beside this module; a source checkout (or an editable
    install) finds it one level up.
    """
    package = Path(__file__).resolve().parent
    inside = package / "resources"
    return inside if inside.is_dir() else package.parent / "resources"


def default_data_dir() -> Path:
    """The platform's user data folder (e.g. ~/.local/share/plworkshop)."""
    import platformdirs

    return Path(platformdirs.user_data_dir("plworkshop", appauthor=False))


@dataclass(frozen=True)
class AppPaths:
    """Where one running instance keeps its things."""

    data_dir: Path

    @property
    def database_file(self) -> Path:
        return self.data_dir / DATABASE_FILENAME

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def logs_dir(self) -> Path:
        return self.data_dir / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs_dir / "plworkshop.log"

    @property
    def packs_dir(self) -> Path:
        """Framework packs a facilitator saved or imported (the shipped pack is never changed)."""
        return self.data_dir / "packs"

    @property
    def default_database_url(self) -> str:
        return f"sqlite:///{self.database_file}"

    def ensure(self) -> None:
        for folder in (self.data_dir, self.backups_dir, self.logs_dir):
            folder.mkdir(parents=True, exist_ok=True)


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """Pick the data folder: the explicit argument, then $PLWORKSHOP_DATA_DIR, then the platform default."""
    chosen = data_dir or os.environ.get(DATA_DIR_ENV) or default_data_dir()
    return AppPaths(Path(chosen).expanduser().resolve())


def resolve_database_url(paths: AppPaths, database_url: str | None = None) -> str:
    """The explicit URL, then $PLWORKSHOP_DATABASE_URL, then the SQLite file in the data folder."""
    return database_url or os.environ.get(DATABASE_URL_ENV) or paths.default_database_url
