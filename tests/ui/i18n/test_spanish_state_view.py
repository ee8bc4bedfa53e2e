"""The State view in Spanish: its own buttons, tabs, headers and legend are translated.

The rollup's shared wording (the scope line, "fewer than 5", "consensus", "(adapted)") comes from
`plworkshop.reports.rollup`, which is English for the PDF and XLSX as well; it is allowed here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_spanish_screens import _english_left


def test_state_view_is_spanish(qtbot, spanish, i18n_ctx, one_district):
    from plworkshop.framework.loader import load_default_pack
    from plworkshop.ui.state_view import StateViewPage

    page = StateViewPage(i18n_ctx)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    with qtbot.waitSignal(page.refreshed, timeout=20000):
        page.show()
    pack = load_default_pack()
    content = {c.title for c in pack.conditions} | {"Colorado"}
    left = []
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        left += _english_left(page, content)
    assert left == []
    assert page.tabs.tabText(0) == "Distritos" and page.state_box.itemText(0) == "Todos los estados"
    assert page.disagreements.headerData(0, Qt.Orientation.Horizontal) == "Condición"
    assert page.districts.row_label(page.districts.rowCount() - 1) == "Todo el estado"
    assert "participantes" in page.summary.text()
    assert page.selected_state() is None  # the translated "all states" is not taken for a state
