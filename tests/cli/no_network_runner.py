"""Run the plworkshop command line with an audit hook that refuses (and reports) any network use."""

import sys

NETWORK_EVENTS = {
    "socket.connect",
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.bind",
    "socket.sendto",
    "urllib.Request",
    "http.client.connect",
    "ftplib.connect",
}


def _hook(event, args):
    if event in NETWORK_EVENTS:
        # AF_UNIX sockets on the local machine are not network (none are expected either).
        sys.stderr.write(f"NETWORK ATTEMPT: {event} {args!r}\n")
        raise RuntimeError(f"network access attempted: {event}")


sys.addaudithook(_hook)

from plworkshop.cli.main import main  # noqa: E402

raise SystemExit(main(sys.argv[1:]))
