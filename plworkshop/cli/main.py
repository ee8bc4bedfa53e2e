"""The `plworkshop` command: global options, the commands of docs/cli.md, exit codes.

Exit status: 0 done; 1 could not do what was asked (one sentence on stderr, traceback to the log
file); 2 wrong usage. Each command lives in its own module with `register(subparsers)`; it sets
`run(args, env) -> int` as the parser default. Command modules import heavy libraries lazily.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from plworkshop import __version__

COMMAND_MODULES = (
    "plworkshop.cli.gui_command",
    "plworkshop.cli.demo_command",
    "plworkshop.cli.list_command",
    "plworkshop.cli.framework_command",
    "plworkshop.cli.import_command",
    "plworkshop.cli.export_command",
    "plworkshop.cli.report_command",
    "plworkshop.cli.rollup_command",
    "plworkshop.cli.check_command",
    "plworkshop.cli.backup_command",
    "plworkshop.cli.serve_command",
)

log = logging.getLogger("plworkshop.cli")


def add_lang_option(parser: argparse.ArgumentParser, *, default=None) -> None:
    parser.add_argument(
        "--lang", choices=("en", "es"), default=default, help="language of the interface, reports and exports"
    )


GLOBAL_OPTIONS_WITH_VALUE = ("--data-dir", "--database-url", "--lang")


def names_only_the_gui(argv: list[str]) -> bool:
    """True when `argv` is global options and at most `gui ...`: the GUI starts, no other command is needed.

    Then only the gui command's parser is built, which keeps the other commands' imports off the way
    to the first window. Help, a version request or anything unexpected gets the full parser.
    """
    words = iter(argv)
    for word in words:
        if word in GLOBAL_OPTIONS_WITH_VALUE:
            next(words, None)
        elif word.startswith(tuple(f"{o}=" for o in GLOBAL_OPTIONS_WITH_VALUE)) or word in (
            "-v",
            "--verbose",
        ):
            continue
        else:
            return word == "gui" and not any(w in ("-h", "--help") for w in words)
    return True


def build_parser(modules: tuple[str, ...] = COMMAND_MODULES) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="plworkshop",
        description="Run and record convenings on the State Policy Framework for Personalized Learning.",
    )
    parser.add_argument("--version", action="version", version=f"plworkshop {__version__}")
    parser.add_argument("--data-dir", help="the data folder (default: the platform's user data folder)")
    parser.add_argument(
        "--database-url", help="an SQLAlchemy URL (default: the SQLite file in the data folder)"
    )
    add_lang_option(parser)
    parser.add_argument("-v", "--verbose", action="store_true", help="more detail in the log file")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in modules:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:  # a command not built yet in this checkout
                continue
            raise
        module.register(sub)
    return parser


def _resolve_lang(args: argparse.Namespace) -> str:
    if getattr(args, "lang", None):
        return args.lang
    import locale

    code = (locale.getlocale()[0] or "").lower()
    return "es" if code.startswith("es") else "en"


def main(argv: list[str] | None = None) -> int:
    from plworkshop.cli.environment import CliEnv, setup_logging
    from plworkshop.domain.errors import PlworkshopError
    from plworkshop.framework.loader import PackError
    from plworkshop.paths import resolve_database_url, resolve_paths

    argv = sys.argv[1:] if argv is None else argv
    gui_only = names_only_the_gui(argv)
    parser = build_parser(("plworkshop.cli.gui_command",) if gui_only else COMMAND_MODULES)
    args = parser.parse_args(argv)
    if args.command is None:
        # only global options were given (e.g. --data-dir): they come before the command
        args = parser.parse_args([*argv, "gui"])
    paths = resolve_paths(args.data_dir)
    setup_logging(paths, verbose=args.verbose)
    env = CliEnv(
        paths=paths, database_url=resolve_database_url(paths, args.database_url), lang=_resolve_lang(args)
    )
    try:
        return int(args.run(args, env) or 0)
    except (PlworkshopError, PackError) as exc:
        log.info("%s failed: %s", args.command, exc)
        print(f"plworkshop: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("plworkshop: interrupted.", file=sys.stderr)
        return 1
    except OSError as exc:
        log.exception("%s failed", args.command)
        reason = exc.strerror or str(exc)
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"plworkshop: {reason}{where}.", file=sys.stderr)
        return 1
    except Exception:
        log.exception("%s failed unexpectedly", args.command)
        print(
            f"plworkshop: an unexpected error stopped the {args.command} command; "
            f"details are in {paths.log_file}.",
            file=sys.stderr,
        )
        return 1
    finally:
        env.close()
