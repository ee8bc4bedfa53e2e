"""Fixtures for the State view: a UiContext on the test database with a few generated districts."""

from __future__ import annotations

import pytest

from bench.workloads.district_samples import district_plans, generate_district
from bench.workloads.large_workshop import WorkshopSize


@pytest.fixture
def ctx(qapp, db, app_paths):
    from PySide6.QtCore import QSettings

    from plworkshop.app import build_context

    settings = QSettings(str(app_paths.data_dir / "settings.ini"), QSettings.Format.IniFormat)
    return build_context(app_paths, db=db, settings=settings)


@pytest.fixture
def districts(db):
    """Two Colorado districts, a Colorado pilot of four people, and one Texas district."""
    plans = district_plans(7, seed=5, size=WorkshopSize(participants=30, responses=120, action_items=6))
    for plan in (plans[0], plans[1], plans[6]):
        generate_district(db, plan, state="Colorado")
    generate_district(db, district_plans(1, seed=9, size=WorkshopSize(12, 40, 3))[0], state="Texas")
    return plans
