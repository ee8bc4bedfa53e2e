"""The State view in Spanish: its own buttons, tabs, headers and legend are translated.

The on-screen rollup's shared wording (the scope line, "fewer than 5", "consensus", "(adapted)") comes
from `plworkshop.domain.rollup.wording`, in English; it is allowed here. The PDF and the workbook the
page saves are written in the interface's language.
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


def test_the_state_view_saves_the_workbook_in_the_interface_language(
    qtbot, spanish, i18n_ctx, one_district, tmp_path, monkeypatch
):
    import openpyxl

    from plworkshop.ui.state_view import StateViewPage
    from plworkshop.ui.state_view import state_view_page as page_module

    page = StateViewPage(i18n_ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.refreshed, timeout=20000):
        page.show()
    target = tmp_path / "resumen.xlsx"
    monkeypatch.setattr(page_module.SaveRollupFile, "ask", classmethod(lambda cls, *a: target))
    page.save(".xlsx")
    qtbot.waitUntil(target.exists, timeout=20000)
    book = openpyxl.load_workbook(target)
    assert book.sheetnames[0] == "Resumen" and book["Acciones"]["E1"].value == "Estado"
