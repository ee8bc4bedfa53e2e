"""Fixtures for the translation tests: the Spanish interface installed for one test, then English again."""

from __future__ import annotations

import pytest


@pytest.fixture
def spanish(qapp):
    from plworkshop.ui.i18n import install_language

    assert install_language(qapp, "es"), "plworkshop_es.qm did not load"
    yield qapp
    install_language(qapp, "en")


@pytest.fixture
def i18n_ctx(qapp, db, app_paths):
    from PySide6.QtCore import QSettings

    from plworkshop.app import build_context

    settings = QSettings(str(app_paths.data_dir / "settings.ini"), QSettings.Format.IniFormat)
    context = build_context(app_paths, db=db, settings=settings)
    yield context
    context.undo_stack.clear()


@pytest.fixture
def one_district(db):
    """One generated Colorado district with input, placements and action items (for the State view)."""
    from bench.workloads.district_samples import district_plans, generate_district
    from bench.workloads.large_workshop import WorkshopSize

    plan = district_plans(1, seed=5, size=WorkshopSize(participants=12, responses=40, action_items=4))[0]
    generate_district(db, plan, state="Colorado")
    return plan
