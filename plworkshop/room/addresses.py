"""This machine's network addresses, to offer the facilitator a choice and a sensible default."""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass

DEFAULT_PORT = 8765


@dataclass(frozen=True)
class Address:
    host: str
    note: str  # a plain explanation for the facilitator


def _route_address() -> str | None:
    """The address the system would use to reach another network (a UDP "connect" sends nothing)."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: documentation range, never routed
            return probe.getsockname()[0]
    except OSError:
        return None


def local_addresses() -> list[Address]:
    """The IPv4 addresses of this machine, the likely Wi-Fi/LAN one first, loopback last."""
    found: list[str] = []
    route = _route_address()
    if route:
        found.append(route)
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            found.append(info[4][0])
    except OSError:
        pass
    result: list[Address] = []
    for host in dict.fromkeys(found):
        ip = ipaddress.ip_address(host)
        if ip.is_loopback or ip.is_unspecified:
            continue
        kind = "the local network (Wi-Fi or hotspot)" if ip.is_private else "a public network: avoid"
        result.append(Address(host, f"{host}: {kind}"))
    result.append(Address("127.0.0.1", "127.0.0.1: this computer only (for trying it out)"))
    return result


def default_host() -> str:
    return local_addresses()[0].host
