"""Generated district workshops for the rollup's tests, benchmarks and demos, written as bundles.

Builds on the shared large-workshop generator (`large_workshop.generate_workshop`) and then gives each
district and each stakeholder group its own leaning per condition, so that the heat maps, the
disagreements and the minority views have something real to show. Deterministic for a seed (apart
from the time stamps, which record when a bundle was generated). One district in ten is a small pilot
of four people, so the small-group rule ("fewer than 5") shows up in every generated set.
"""

from __future__ import annotations

import random
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import delete, select, update

from bench.workloads.large_workshop import WorkshopSize, generate_workshop
from plworkshop.framework.loader import load_default_pack
from plworkshop.services.bundles import export_bundle
from plworkshop.storage import models as m
from plworkshop.storage.opening import open_database
from plworkshop.storage.unit_of_work import Database, UnitOfWork

PLACES = (
    "Adams",
    "Bent",
    "Boulder Valley",
    "Cheyenne Mountain",
    "Clear Creek",
    "Delta",
    "Eagle",
    "Elbert",
    "Fremont",
    "Garfield",
    "Gunnison",
    "Huerfano",
    "Jefferson",
    "Kit Carson",
    "Lake",
    "La Plata",
    "Logan",
    "Mesa Valley",
    "Moffat",
    "Montrose",
    "Morgan",
    "Otero",
    "Park",
    "Prowers",
    "Pueblo",
    "Rio Blanco",
    "Routt",
    "Saguache",
    "Summit",
    "Teller",
    "Weld",
    "Yuma",
)
PILOT_PEOPLE = 4

# Leanings that make a believable statewide picture: families and students see less progress than
# state agencies and policymakers do; teachers differ most on assessments and educator supports.
GROUP_LEANINGS = {
    "state-agency": {"*": 1},
    "policymakers": {"*": 1},
    "families": {"*": -1, "equitable-conditions-for-learning": -2},
    "students": {"student-learning-pathways": -2, "balanced-assessments": -1},
    "teachers-and-unions": {
        "balanced-assessments": -2,
        "comprehensive-supports-for-educators-and-leaders": -2,
    },
}


@dataclass(frozen=True)
class DistrictPlan:
    number: int
    seed: int
    name: str
    size: WorkshopSize


def district_name(number: int) -> str:
    place = PLACES[(number - 1) % len(PLACES)]
    round_ = (number - 1) // len(PLACES)
    suffix = f" {round_ + 1}" if round_ else ""
    return f"{place} School District{suffix}"


def district_plans(
    count: int, *, seed: int = 1, size: WorkshopSize = WorkshopSize(), first: int = 1, vary: bool = True
) -> list[DistrictPlan]:
    """Which districts to generate, numbered from `first`, and how big each is: with `vary`, a third
    to all of `size` and every tenth (numbers 7, 17, 27…) a pilot of four people; else all `size`."""
    rng = random.Random(seed)
    plans = []
    for number in range(first, first + count):
        share = rng.uniform(0.35, 1.0) if vary else 1.0
        pilot = vary and number % 10 == 7
        people = PILOT_PEOPLE if pilot else max(5, round(size.participants * share))
        scaled = replace(
            size,
            participants=people,
            responses=max(1, round(size.responses * share)),
            action_items=max(1, round(size.action_items * share)),
        )
        plans.append(DistrictPlan(number, seed * 100_003 + number, district_name(number), scaled))
    return plans


def _lean(uow: UnitOfWork, workshop_id: str, rng: random.Random) -> None:
    """Shift each placement by the district's and the person's group's leaning (kept within 0–3)."""
    conditions = [c.key for c in load_default_pack().conditions]
    district = {key: rng.choice((-1, 0, 0, 0, 1)) for key in conditions}
    with uow:
        A, P = m.Assessment, m.Participant
        rows = uow.s.execute(
            select(A.id, A.condition, A.stage, P.stakeholder_group)
            .outerjoin(P, P.id == A.participant_id)
            .where(A.workshop_id == workshop_id)
        ).all()
        changes = []
        for row in rows:
            leaning = GROUP_LEANINGS.get(row.stakeholder_group or "", {})
            shift = district.get(row.condition, 0) + leaning.get(row.condition, leaning.get("*", 0))
            stage = min(3, max(0, row.stage + shift))
            if stage != row.stage:
                changes.append({"id": row.id, "stage": stage})
        if changes:
            uow.s.execute(update(m.Assessment), changes)
        uow.commit()


def generate_district(db: Database, plan: DistrictPlan, *, state: str) -> str:
    """One district's workshop in `db`, leaning applied; returns its id."""
    wid = generate_workshop(
        db.uow(),
        seed=plan.seed,
        size=plan.size,
        state=state,
        district=plan.name,
        title=f"{plan.name} convening on personalized learning",
    )
    _lean(db.uow(), wid, random.Random(plan.seed))
    return wid


def generate_district_bundles(
    folder: Path,
    count: int,
    *,
    seed: int = 1,
    state: str = "Colorado",
    size: WorkshopSize = WorkshopSize(),
    first: int = 1,
    vary: bool = True,
    progress=None,
) -> list[Path]:
    """Write `count` district bundles (`district-NNN.plw`, numbered from `first`) into `folder`.

    Each district is generated in a scratch SQLite database and exported with the bundle writer,
    exactly as a facilitator's laptop would hand it over.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    with tempfile.TemporaryDirectory(prefix="plworkshop-districts-") as scratch:
        db = open_database(f"sqlite:///{Path(scratch) / 'districts.db'}")
        try:
            for done, plan in enumerate(
                district_plans(count, seed=seed, size=size, first=first, vary=vary), 1
            ):
                wid = generate_district(db, plan, state=state)
                paths.append(export_bundle(db.uow(), wid, folder / f"district-{plan.number:03d}.plw"))
                _drop(db.uow(), wid)  # keeps the scratch database small however many are made
                if progress is not None:
                    progress(done, count, plan.name)
        finally:
            db.dispose()
    return paths


def _drop(uow: UnitOfWork, workshop_id: str) -> None:
    with uow:
        uow.s.execute(delete(m.Workshop).where(m.Workshop.id == workshop_id))
        uow.commit()
