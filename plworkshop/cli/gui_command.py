"""`plworkshop gui [--smoke-test]`: open the main window (Qt is imported only when this runs)."""

from __future__ import annotations

import argparse
import time

# Taken when the command line is being built, as early as this module can know; used for
# startup_ms only where /proc is not there to give the process's real start time.
_LOADED_AT = time.perf_counter()


def register(subparsers) -> None:
    parser = subparsers.add_parser("gui", help="start the GUI (the default when no command is given)")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the main window, print startup_ms=N once it is shown, and exit",
    )
    # SUPPRESS: an absent option must not hide a global `--lang` given before the command.
    parser.add_argument(
        "--lang",
        choices=("en", "es"),
        default=argparse.SUPPRESS,
        help="language of the interface (default: Preferences, else the system's)",
    )
    parser.add_argument(
        "--open",
        metavar="WORKSHOP",
        dest="open_workshop",
        help="open this workshop (id or title) in the main window at start",
    )
    parser.add_argument(
        "--ready-ms",
        action="store_true",
        dest="print_ready",
        help="with --smoke-test: also print ready_ms=N once the database (and the "
        "--open workshop) are open in the window",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, env) -> int:
    from plworkshop.app import run_gui

    # Only a --lang given on the command line overrides Preferences; else Preferences, else the system.
    explicit = getattr(args, "lang", None)
    extra = {"lang": explicit} if explicit else {}
    if args.open_workshop:
        extra["open_workshop"] = args.open_workshop
    if args.print_ready:
        extra["print_ready"] = True
    return run_gui(env.paths, env.database_url, smoke_test=args.smoke_test, started=_LOADED_AT, **extra)
