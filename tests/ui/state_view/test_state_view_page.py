"""The State view: heat maps with colour and "fewer than 5", lists, the state filter, saving."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from plworkshop.domain.rollup.colours import SUPPRESSED
from plworkshop.ui.state_view import StateViewPage
from plworkshop.ui.state_view import state_view_page as page_module
from plworkshop.ui.state_view.heat_map_model import HeatMapModel


@pytest.fixture
def page(qtbot, ctx, districts):
    widget = StateViewPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    with qtbot.waitSignal(widget.refreshed, timeout=20000):
        widget.show()
    return widget


def test_heat_maps_show_districts_colours_and_small_groups(page, qtmodeltester):
    model = page.districts
    qtmodeltester.check(model)
    labels = [model.row_label(r) for r in range(model.rowCount())]
    assert labels[-1] == "Statewide" and len(labels) == 5  # 4 districts (both states) + statewide
    pilot = labels.index("Eagle School District (Colorado)")
    assert model.index(pilot, 0).data().startswith("fewer than 5")
    assert model.index(pilot, 0).data(Qt.ItemDataRole.BackgroundRole) == QColor(SUPPRESSED)
    first = model.index(0, 0)
    assert "n = " in first.data() and first.data(Qt.ItemDataRole.BackgroundRole) != QColor(SUPPRESSED)
    assert "(adapted)" in model.headerData(0, Qt.Orientation.Horizontal)
    assert page.groups.rowCount() > 3 and page.actions.rowCount() > 0 and page.ideas.rowCount() > 0
    assert "4 workshops" in page.summary.text()


def test_filter_by_state(page, qtbot):
    assert [page.state_box.itemText(i) for i in range(page.state_box.count())] == [
        "All states",
        "Colorado",
        "Texas",
    ]
    with qtbot.waitSignal(page.refreshed, timeout=20000):
        page.state_box.setCurrentText("Texas")
    assert page.districts.rowCount() == 2 and "Texas: 1 workshop" in page.summary.text()


def test_save_pdf_and_xlsx(page, qtbot, tmp_path, monkeypatch):
    for suffix in (".pdf", ".xlsx"):
        target = tmp_path / f"state{suffix}"
        monkeypatch.setattr(page_module.SaveRollupFile, "ask", classmethod(lambda cls, *a: target))
        page.save(suffix)
        qtbot.waitUntil(lambda: target.exists() and "Saved" in page.summary.text(), timeout=20000)
    assert (tmp_path / "state.pdf").read_bytes().startswith(b"%PDF")
    book = openpyxl.load_workbook(tmp_path / "state.xlsx")
    assert book.sheetnames[0] == "Summary" and book["Action items"]["E1"].value == "Status"


def test_empty_model_is_valid(qtmodeltester):
    qtmodeltester.check(HeatMapModel())


def test_screenshot_for_the_docs(page, tmp_path):
    """Rendered offscreen; looked at by a person while building (docs/screenshots keeps a copy)."""
    image = page.grab()
    assert image.width() >= 1000
    assert image.save(str(tmp_path / "state-view.png"))
