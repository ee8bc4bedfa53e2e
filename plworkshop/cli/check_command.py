"""`plworkshop check`: integrity and schema check of the database."""

from __future__ import annotations

from plworkshop.domain.errors import DatabaseDamaged


def register(sub) -> None:
    parser = sub.add_parser("check", help="integrity and schema check of the database")
    parser.set_defaults(run=run)


def run(args, env) -> int:
    from plworkshop.services.integrity import check_database

    report = check_database(env.database())
    for line in report.lines:
        print(line)
    if not report.ok:
        raise DatabaseDamaged(report.problem)
    return 0
