"""`plworkshop report WORKSHOP -o PATH.pdf [--anonymous] [--lang en|es] [--full] [--top N]
[--paper letter|a4]`: the action-plan PDF."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from plworkshop.cli.workshop_argument import workshop_ref
from plworkshop.reports.action_plan.data import DEFAULT_TOP_IDEAS, MAX_TOP_IDEAS
from plworkshop.reports.paper import PAPERS


def register(sub) -> None:
    parser = sub.add_parser(
        "report",
        help="write the action-plan PDF of a workshop",
        description="Write the action-plan PDF: cover, contents, summary, one section per condition, "
        "the consolidated action plan and the roster of people who agreed to be named.",
    )
    parser.add_argument(
        "workshop", metavar="WORKSHOP", type=workshop_ref, help="an id or an unambiguous start of a title"
    )
    parser.add_argument("-o", "--output", required=True, metavar="PATH.pdf", help="where to write the PDF")
    parser.add_argument("--anonymous", action="store_true", help="name nobody anywhere in the report")
    parser.add_argument(
        "--full",
        action="store_true",
        help="the full record: every input (default: the summary edition, the most-voted "
        "ideas of each question)",
    )
    parser.add_argument(
        "--top",
        type=int,
        default=DEFAULT_TOP_IDEAS,
        metavar="N",
        help=f"ideas per question in the summary edition (default {DEFAULT_TOP_IDEAS})",
    )
    parser.add_argument(
        "--paper",
        choices=PAPERS,
        type=str.lower,
        help="letter or a4 (default: what this computer's locale uses)",
    )
    # SUPPRESS: an absent option must not hide a global `--lang` given before the command.
    parser.add_argument(
        "--lang",
        choices=("en", "es"),
        default=argparse.SUPPRESS,
        help="language of the report's headings and labels",
    )
    parser.set_defaults(run=run)


def run(args, env) -> int:
    from plworkshop.framework import load_default_pack
    from plworkshop.output_files import output_target, write_bytes_atomically
    from plworkshop.reports.action_plan import ReportOptions, action_plan_pdf
    from plworkshop.services.workshops import find_workshop, snapshot

    path = Path(args.output).expanduser()
    if path.suffix.lower() != ".pdf":
        print("plworkshop: the report is a PDF; give an output path ending in .pdf.", file=sys.stderr)
        return 2
    if not 1 <= args.top <= MAX_TOP_IDEAS:
        print(f"plworkshop: --top must be between 1 and {MAX_TOP_IDEAS} ideas per question.", file=sys.stderr)
        return 2
    output_target(path)  # a folder or device is refused before the report is built
    db = env.database()
    workshop = find_workshop(db.uow(), args.workshop)
    pdf = action_plan_pdf(
        snapshot(db.uow(), workshop.id),
        load_default_pack(),
        ReportOptions(
            anonymous=args.anonymous,
            lang=env.lang,
            full=args.full,
            top_ideas=args.top,
            paper=args.paper or "",
        ),
    )
    write_bytes_atomically(path, pdf)
    print(path)
    return 0
