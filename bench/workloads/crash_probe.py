"""A recording loop used to prove durability: run as a child process, killed at random by the tests.

Prints `ready`, then `R <id>` / `A <id>` for every response / action item *after* its commit returned.
Anything printed must survive a SIGKILL at any moment. (`python bench/workloads/crash_probe.py URL ID`)
"""

from __future__ import annotations

import sys


def main(url: str, workshop_id: str, limit: int = 1_000_000) -> None:
    from plworkshop.services import action_items, responses
    from plworkshop.storage.opening import open_database

    db = open_database(url)
    print("ready", flush=True)
    for n in range(limit):
        r = responses.record_response(
            db.uow(),
            workshop_id,
            condition="collaborative-leadership",
            stage=1,
            question="collaborative-leadership.s1.q1",
            text=f"Idea {n}: " + "words " * (n % 40),
        )
        print(f"R {r.id}", flush=True)
        if n % 5 == 0:
            a = action_items.create_action_item(
                db.uow(), workshop_id, title=f"Action {n}", response_ids=(r.id,), due="2027-01-01"
            )
            print(f"A {a.id}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 1_000_000)
