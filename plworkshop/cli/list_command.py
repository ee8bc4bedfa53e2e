"""`plworkshop list [--json]`: the workshops in the database, most recent first."""

from __future__ import annotations

import json


def register(sub) -> None:
    parser = sub.add_parser("list", help="the workshops: id, title, date, counts")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--trash", action="store_true", help="list the workshops in the trash instead")
    parser.set_defaults(run=run)


def run(args, env) -> int:
    from plworkshop.services.workshops import list_workshops

    rows = list_workshops(env.database().uow(), trash=args.trash)
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": w.id,
                        "title": w.title,
                        "date": w.date.isoformat() if w.date else None,
                        "state": w.state,
                        "district": w.district,
                        "location": w.location,
                        "facilitator": w.facilitator,
                        "participants": w.participants,
                        "responses": w.responses,
                        "action_items": w.action_items,
                        "updated_at": w.updated_at.isoformat(),
                    }
                    for w in rows
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    if not rows:
        print("No workshops yet. Run `plworkshop demo` to create the sample workshop.")
        return 0
    for w in rows:
        when = w.date.isoformat() if w.date else "no date"
        place = ", ".join(part for part in (w.district, w.state) if part)
        print(f"{w.id}  {when}  {w.title}" + (f" ({place})" if place else ""))
        print(f"{'':38}{w.participants} participants, {w.responses} responses, {w.action_items} action items")
    return 0
