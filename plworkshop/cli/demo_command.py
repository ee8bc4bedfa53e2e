"""`plworkshop demo`: create (or recreate) the sample workshop and print its id."""

from __future__ import annotations


def register(sub) -> None:
    parser = sub.add_parser("demo", help="create (or recreate) the sample workshop; print its id")
    parser.set_defaults(run=run)


def run(args, env) -> int:
    from plworkshop.services.demo import create_demo_workshop

    workshop = create_demo_workshop(env.database().uow())
    print(workshop.id)
    return 0
