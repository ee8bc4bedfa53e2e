"""Throwaway data folders for the benchmarks: the large workshop, a 3,000-on-one-question workshop,
district bundles. Everything lives under one temporary folder that the runner deletes at the end."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bench.common import Scale


@dataclass(frozen=True)
class LargeWorkshop:
    data_dir: Path
    database_file: Path
    workshop_id: str
    one_question_id: str  # a second workshop whose responses all answer one question
    question: tuple[str, int, str]  # (condition, stage, question) holding them

    @property
    def url(self) -> str:
        return f"sqlite:///{self.database_file}"


def make_large_workshop(root: Path, scale: Scale, *, seed: int = 1) -> LargeWorkshop:
    """A data folder whose database holds the large workshop and the one-question workshop."""
    from sqlalchemy import update

    from bench.workloads.large_workshop import generate_workshop
    from plworkshop.framework.loader import load_default_pack
    from plworkshop.paths import AppPaths
    from plworkshop.storage import models as m
    from plworkshop.storage.opening import open_database

    paths = AppPaths(root / "data")
    paths.ensure()
    db = open_database(paths.default_database_url)
    try:
        wid = generate_workshop(db.uow(), seed=seed, size=scale.size, title="Large convening")
        one = generate_workshop(db.uow(), seed=seed + 1, size=scale.size, title="One busy question")
        condition = load_default_pack().conditions[0]
        stage = condition.stages[0]
        where = (condition.key, stage.number, stage.questions[0].key)
        with db.uow() as uow:  # every response of the second workshop answers one question
            uow.s.execute(
                update(m.Response)
                .where(m.Response.workshop_id == one)
                .values(condition=where[0], stage=where[1], question=where[2], hidden=False)
            )
            uow.commit()
    finally:
        db.dispose()
    return LargeWorkshop(paths.data_dir, paths.database_file, wid, one, where)


def make_district_bundles(folder: Path, scale: Scale, count: int, *, seed: int = 7) -> list[Path]:
    """`count` district bundles made with the shared generator and the real bundle writer."""
    from bench.workloads.district_samples import generate_district_bundles

    return generate_district_bundles(folder, count, seed=seed, size=scale.size)
