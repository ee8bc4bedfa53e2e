"""The statewide rollup as an accessible (tagged) PDF."""

from __future__ import annotations

import pytest
from pdf_ua_check import pdf_ua_problems
from statewide_constants import TODAY

from plworkshop.reports.rollup import rollup_pdf
from plworkshop.services.rollup import build_rollup


@pytest.mark.parametrize("any_db_url", ["sqlite"], indirect=True)
def test_the_rollup_meets_the_checkable_pdf_ua_conditions(statewide, tmp_path):
    path = tmp_path / "rollup.pdf"
    path.write_bytes(rollup_pdf(build_rollup(statewide.db.uow(), state="Colorado", today=TODAY)))
    assert pdf_ua_problems(path) == []
