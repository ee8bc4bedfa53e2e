"""A generator of realistic large workshops, shared by the tests, the benchmarks and the rollup scripts.

Deterministic for a given seed. Default size matches the performance brief: 150 participants, every
condition on the agenda, 3,000 responses with votes, 200 action items, believable lengths of text.
Rows are written with Core bulk inserts in one transaction (the per-row services would take minutes).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from dataclasses import dataclass

from sqlalchemy import insert

from plworkshop.framework.loader import condition_to_dict, load_default_pack
from plworkshop.storage import models as m
from plworkshop.storage.types import utcnow
from plworkshop.storage.unit_of_work import UnitOfWork

FIRST = (
    "Ana",
    "Ben",
    "Chen",
    "Dara",
    "Elif",
    "Femi",
    "Grace",
    "Hugo",
    "Ines",
    "Jamal",
    "Kiri",
    "Luis",
    "Maya",
    "Noor",
    "Omar",
    "Priya",
    "Quinn",
    "Rosa",
    "Sam",
    "Tariq",
    "Uma",
    "Vera",
    "Wei",
    "Yara",
)
LAST = (
    "Ruiz",
    "Okafor",
    "Wu",
    "Novak",
    "Haddad",
    "Begay",
    "Kim",
    "Larsen",
    "Moreau",
    "Nguyen",
    "Osei",
    "Patel",
    "Reyes",
    "Schmidt",
    "Tanaka",
    "Vega",
    "Walsh",
    "Young",
    "Zhou",
    "Ibrahim",
)
PHRASES = (
    "we need a clear plan with the districts",
    "families should hear about this early and often",
    "teachers need time in the schedule to collaborate",
    "rural districts face transport barriers",
    "the funding formula does not reward mastery-based pacing",
    "students want credit for real work",
    "the state should publish what it learns from the pilots",
    "seat-time rules get in the way",
    "employers will partner if the paperwork is simple",
    "assessment results arrive too late to help",
    "community organizations already run strong programmes",
    "the data system cannot track competencies",
    "graduation requirements should allow multiple pathways",
    "principals need coaching on this model",
    "licensure rules make new teacher roles hard",
    "we should start small and learn fast",
)
OWNERS = (
    "State Department of Education",
    "Deputy Commissioner",
    "District superintendents' council",
    "State Board of Education",
    "Teachers' association",
    "Workforce board",
    "University partners",
    "Governor's education advisor",
    "Family engagement office",
    "Assessment office",
)


@dataclass(frozen=True)
class WorkshopSize:
    participants: int = 150
    responses: int = 3000
    action_items: int = 200


def _sentence(rng: random.Random, words: int) -> str:
    parts: list[str] = []
    while sum(len(p.split()) for p in parts) < words:
        parts.append(rng.choice(PHRASES))
    text = "; ".join(parts)
    return text[0].upper() + text[1:] + "."


def generate_workshop(
    uow: UnitOfWork,
    *,
    seed: int = 1,
    size: WorkshopSize = WorkshopSize(),
    title: str | None = None,
    state: str = "Colorado",
    district: str = "",
    workshop_id: str | None = None,
) -> str:
    """Write one large workshop in a single transaction; returns its id."""
    rng = random.Random(seed)
    pack = load_default_pack()
    now = utcnow()
    wid = workshop_id or str(uuid.UUID(int=rng.getrandbits(128), version=4))
    space = uuid.uuid5(uuid.NAMESPACE_URL, f"plworkshop:generated:{wid}")
    counter = iter(range(10**9))

    def new_id() -> str:  # unique per workshop, so two workshops from one seed never collide
        return str(uuid.uuid5(space, str(next(counter))))

    groups = [t.key for t in pack.stakeholder_groups]
    levers = [t.key for t in pack.policy_levers]
    people = [
        dict(
            id=new_id(),
            workshop_id=wid,
            name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            role="Participant",
            organization=f"Organization {i % 37}",
            stakeholder_group=groups[i % len(groups)],
            named_in_report=rng.random() > 0.15,
            forgotten=False,
            position=i + 1,
            created_at=now,
            updated_at=now,
        )
        for i in range(size.participants)
    ]
    questions = [(c.key, s.number, q.key) for c in pack.conditions for s in c.stages for q in s.questions]
    responses = []
    for i in range(size.responses):
        condition, stage, question = questions[i % len(questions)]
        speaker = rng.choice(people) if people and rng.random() > 0.2 else None
        created = now - dt.timedelta(seconds=size.responses - i)
        responses.append(
            dict(
                id=new_id(),
                workshop_id=wid,
                condition=condition,
                stage=stage,
                question=question,
                participant_id=speaker["id"] if speaker else None,
                stakeholder_group=speaker["stakeholder_group"] if speaker else rng.choice([None, *groups]),
                text=_sentence(rng, rng.choice((8, 15, 25, 40, 80))),
                votes=rng.choice((0, 0, 1, 2, 3, 5, 8)),
                hidden=rng.random() < 0.02,
                created_at=created,
                updated_at=created,
            )
        )
    actions, links = [], []
    for i in range(size.action_items):
        aid = new_id()
        condition = pack.conditions[i % len(pack.conditions)].key
        actions.append(
            dict(
                id=aid,
                workshop_id=wid,
                condition=condition,
                title=_sentence(rng, 8)[:120],
                description=_sentence(rng, 30),
                owner=rng.choice(OWNERS),
                partners=rng.choice(OWNERS),
                due=dt.date(2027, 1, 1) + dt.timedelta(days=rng.randrange(0, 540)),
                priority=rng.choice(("high", "medium", "low")),
                status=rng.choice(("planned", "in_progress", "done", "blocked")),
                policy_lever=rng.choice(levers),
                measure_of_success=_sentence(rng, 15),
                position=i + 1,
                number=i + 1,
                created_at=now,
                updated_at=now,
            )
        )
        for r in rng.sample(responses, k=min(2, len(responses))):
            links.append(dict(action_item_id=aid, response_id=r["id"]))
    with uow:
        s = uow.s
        s.execute(
            insert(m.Workshop),
            [
                dict(
                    id=wid,
                    title=title or f"Large convening {seed}",
                    date=dt.date(2027, 2, 1),
                    location="Convention centre",
                    state=state,
                    district=district,
                    facilitator="Facilitator",
                    notes="Generated workshop for tests and benchmarks.",
                    framework_id=pack.id,
                    framework_version=pack.version,
                    votes_per_person=0,
                    extra_json="{}",
                    created_at=now,
                    last_action_number=size.action_items,
                    updated_at=now,
                    deleted_at=None,
                )
            ],
        )
        s.execute(
            insert(m.WorkshopCondition),
            [
                dict(
                    workshop_id=wid,
                    key=c.key,
                    custom=False,
                    content_json=json.dumps(condition_to_dict(c), ensure_ascii=False),
                )
                for c in pack.conditions
            ],
        )
        s.execute(
            insert(m.AgendaItem),
            [
                dict(workshop_id=wid, condition=c.key, position=i + 1, minutes=30)
                for i, c in enumerate(pack.conditions)
            ],
        )
        if people:
            s.execute(insert(m.Participant), people)
            s.execute(
                insert(m.Assessment),
                [
                    dict(
                        id=new_id(),
                        workshop_id=wid,
                        condition=c.key,
                        participant_id=p["id"],
                        stage=rng.choice((0, 1, 1, 2, 2, 3)),
                        note="",
                        updated_at=now,
                    )
                    for c in pack.conditions
                    for p in people
                ],
            )
        s.execute(
            insert(m.Assessment),
            [
                dict(
                    id=new_id(),
                    workshop_id=wid,
                    condition=c.key,
                    participant_id=None,
                    stage=rng.choice((1, 2)),
                    note=_sentence(rng, 20),
                    updated_at=now,
                )
                for c in pack.conditions
            ],
        )
        if responses:
            s.execute(insert(m.Response), responses)
        if actions:
            s.execute(insert(m.ActionItem), actions)
            s.execute(insert(m.action_item_responses), links)
        uow.commit()
    return wid
