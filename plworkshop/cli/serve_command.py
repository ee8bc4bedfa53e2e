"""`plworkshop serve WORKSHOP [--host H] [--port P] [--new-code]`: the room without the desktop app."""

from __future__ import annotations

import sys


def register(sub) -> None:
    parser = sub.add_parser("serve", help="let participants join WORKSHOP from their own devices")
    parser.add_argument("workshop", help="the workshop's id or the start of its title")
    parser.add_argument("--host", help="the address to listen on (default: this machine's LAN address)")
    parser.add_argument("--port", type=int, default=None, help="the port (default 8765; 0 for any free port)")
    parser.add_argument(
        "--new-code", action="store_true", help="end the open room session and start one with a new join code"
    )
    parser.add_argument("--cards", metavar="PDF", help="also write printable join cards to PDF")
    parser.add_argument("--tables", type=int, default=6, help="how many join cards (default 6)")
    parser.set_defaults(run=run)


def run(args, env) -> int:
    import signal
    import threading
    from pathlib import Path

    from plworkshop.domain.errors import PlworkshopError
    from plworkshop.room.addresses import DEFAULT_PORT, default_host
    from plworkshop.room.server import RoomServer
    from plworkshop.services.workshops import find_workshop

    # The web server's loop and the writer are two busy threads: hand the interpreter between them every
    # 0.5 ms rather than every 5 ms, or an answer can wait several switch intervals for its turn.
    sys.setswitchinterval(0.0005)
    workshop = find_workshop(env.database().uow(), args.workshop)
    host = args.host or default_host()
    port = DEFAULT_PORT if args.port is None else args.port
    if not 0 <= port <= 65535:
        raise PlworkshopError(f"The port must be between 0 and 65535; {port} is not.")
    try:
        server = RoomServer(
            env.database_url, workshop.id, host=host, port=port, fresh_code=args.new_code
        ).start()
    except OSError as exc:
        raise PlworkshopError(
            f"Cannot listen on {host} port {port} ({exc.strerror or exc}); choose another address or port."
        ) from exc
    if args.cards:
        from plworkshop.room.join_card import write_join_cards

        write_join_cards(
            Path(args.cards), server.url, title=workshop.title, tables=args.tables, lang=env.lang
        )
    print(server.url, flush=True)
    print(
        "Press Ctrl+C to stop (the session resumes with the same code next time).",
        file=sys.stderr,
        flush=True,
    )
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    try:
        while not done.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0
