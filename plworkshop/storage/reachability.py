"""Saying what is wrong with a database URL: not a URL, a driver we lack, or a server out of reach."""

from __future__ import annotations

import socket

from plworkshop.domain.errors import DatabaseUnreachable

DRIVERS_HINT = "use sqlite:///PATH or postgresql+psycopg://USER@HOST/DATABASE"


def check_url(url: str) -> None:
    """DatabaseUnreachable unless `url` parses and names a dialect and driver this install has."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError, TypeError) as exc:
        raise DatabaseUnreachable(f"The database URL “{_shown(url)}” is not a URL; {DRIVERS_HINT}.") from exc
    try:
        parsed.get_dialect().import_dbapi()
    except NoSuchModuleError as exc:
        raise DatabaseUnreachable(
            f"The database URL names the driver “{parsed.drivername}”, which "
            f"plworkshop does not know; {DRIVERS_HINT}."
        ) from exc
    except ImportError as exc:
        raise DatabaseUnreachable(
            f"The database driver “{parsed.drivername}” is not installed with plworkshop; {DRIVERS_HINT}."
        ) from exc


def unreachable(url: str, exc: Exception) -> DatabaseUnreachable:
    """The sentence for a server that refused or never answered the first connection."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    host = parsed.host or "localhost"
    if parsed.host and not _resolves(parsed.host):
        return DatabaseUnreachable(
            f"The database host “{parsed.host}” in the database URL does not resolve "
            "to an address; check its spelling."
        )
    where = f"{host}:{parsed.port}" if parsed.port else host
    said = str(getattr(exc, "orig", exc)).strip()
    reason = said.splitlines()[0] if said else type(exc).__name__
    return DatabaseUnreachable(f"The database server at {where} cannot be reached ({reason[:200]}).")


def _resolves(host: str) -> bool:
    try:
        socket.getaddrinfo(host, None)
        return True
    except (OSError, UnicodeError):
        return False


def _shown(url: str) -> str:
    """The URL as it may be shown: no password, at most 80 characters."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        url = f"{scheme}://…@{rest.rsplit('@', 1)[1]}"
    return url if len(url) <= 80 else url[:79] + "…"
