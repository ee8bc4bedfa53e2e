"""`plworkshop rollup [--state S] [WORKSHOP ...] -o PATH.pdf|.xlsx`: the statewide rollup."""

from __future__ import annotations

import sys
from pathlib import Path

from plworkshop.cli.workshop_argument import workshop_ref
from plworkshop.reports.paper import PAPERS, default_paper

FORMATS = {".pdf": "rollup_pdf", ".xlsx": "rollup_xlsx"}


def register(sub) -> None:
    parser = sub.add_parser("rollup", help="the statewide rollup across workshops (PDF or XLSX)")
    parser.add_argument(
        "workshops",
        nargs="*",
        metavar="WORKSHOP",
        type=workshop_ref,
        help="workshops to include (id or start of title; default: all)",
    )
    parser.add_argument("--state", help="only the workshops of this state")
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="PATH",
        help="where to write it; .pdf or .xlsx chooses the format",
    )
    parser.add_argument(
        "--paper",
        choices=PAPERS,
        type=str.lower,
        help="the PDF's paper, letter or a4 (default: what this computer's locale uses)",
    )
    parser.set_defaults(run=run)


def run(args, env) -> int:
    suffix = Path(args.output).suffix.lower()
    if suffix not in FORMATS:
        print(
            f"plworkshop rollup: the output must end in .pdf or .xlsx, not “{suffix or args.output}”.",
            file=sys.stderr,
        )
        return 2
    from plworkshop.output_files import output_target, write_atomically
    from plworkshop.reports import rollup as renderers
    from plworkshop.services.rollup import build_rollup

    output_target(args.output)  # a folder or device is refused before the rollup is built
    data = build_rollup(env.database().uow(), state=args.state, workshops=args.workshops or None)
    if suffix == ".pdf":  # the global --lang chooses the wording of both formats
        content = renderers.rollup_pdf(data, lang=env.lang, paper=args.paper or default_paper())
    else:
        content = renderers.rollup_xlsx(data, lang=env.lang)
    target = Path(args.output)
    write_atomically(target, lambda file: file.write(content))
    count = len(data.workshops)
    print(
        f"{target} ({count} workshop{'s' if count != 1 else ''}, {data.participants} participants, "
        f"{data.responses} responses, {len(data.action_items)} action items)"
    )
    return 0
