"""`plworkshop export WORKSHOP --format bundle|json|csv|xlsx|docx|md -o PATH [--anonymous] [--lang en|es]`.

bundle/json write the exchange bundle (the whole workshop, for `plworkshop import`); csv, xlsx, docx
and md write the editable exports of `plworkshop.reports.exports`, which follow the report naming rule.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from plworkshop.cli.workshop_argument import workshop_ref

FORMATS = ("bundle", "json", "csv", "xlsx", "docx", "md")


def register(sub) -> None:
    parser = sub.add_parser(
        "export",
        help="export a workshop as a bundle or as editable files",
        description="Export a workshop: bundle (.plw) or json for exchange between computers; "
        "csv (a .zip, or a folder if PATH does not end in .zip), xlsx, docx or md to edit.",
    )
    parser.add_argument(
        "workshop", metavar="WORKSHOP", type=workshop_ref, help="an id or an unambiguous start of a title"
    )
    parser.add_argument("--format", required=True, choices=FORMATS, dest="format")
    parser.add_argument("-o", "--output", required=True, metavar="PATH", help="where to write")
    parser.add_argument(
        "--anonymous",
        action="store_true",
        help="name nobody (csv, xlsx, docx, md); a bundle always holds the whole workshop",
    )
    # SUPPRESS: an absent option must not hide a global `--lang` given before the command.
    parser.add_argument(
        "--lang",
        choices=("en", "es"),
        default=argparse.SUPPRESS,
        help="language of the export's headings and labels",
    )
    parser.set_defaults(run=run)


def run(args, env) -> int:
    from plworkshop.services.workshops import find_workshop

    path = Path(args.output).expanduser()
    if args.format in ("bundle", "json") and args.anonymous:
        print(
            "plworkshop: --anonymous applies to csv, xlsx, docx and md; a bundle always carries the "
            "whole workshop.",
            file=sys.stderr,
        )
        return 2
    db = env.database()
    workshop = find_workshop(db.uow(), args.workshop)
    if args.format in ("bundle", "json"):
        from plworkshop.services.bundles import export_bundle

        written = export_bundle(db.uow(), workshop.id, path, as_json=args.format == "json")
    else:
        from plworkshop.framework import load_default_pack
        from plworkshop.reports.exports import export_workshop
        from plworkshop.services.workshops import snapshot

        written = export_workshop(
            snapshot(db.uow(), workshop.id),
            load_default_pack(),
            args.format,
            path,
            anonymous=args.anonymous,
            lang=env.lang,
        )
    print(written)
    return 0
