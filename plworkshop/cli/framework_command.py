"""`plworkshop framework [--json]`: the content pack in use."""

from __future__ import annotations

import json


def register(sub) -> None:
    parser = sub.add_parser("framework", help="the content pack in use: conditions, stages, question keys")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(run=run)


def run(args, env) -> int:
    from plworkshop.framework.loader import load_default_pack, pack_summary

    pack = load_default_pack()
    if args.json:
        print(json.dumps(pack_summary(pack), ensure_ascii=False, indent=2))
        return 0
    print(f"{pack.title} — {pack.publisher}, {pack.edition} (pack {pack.id}, version {pack.version})")
    print(pack.notice)
    for condition in pack.conditions:
        marker = "official text" if condition.official else "adapted for facilitation"
        print(f"\n{condition.title} [{condition.key}] — {pack.strategy_label(condition.strategy)}; {marker}")
        for stage in condition.stages:
            print(f"  {stage.number}. {stage.name}")
            for question in stage.questions:
                print(f"     {question.key}: {question.text}")
    return 0
