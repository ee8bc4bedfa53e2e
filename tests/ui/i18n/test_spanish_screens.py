"""With the Spanish translator installed, no visible interface text is left in English.

Framework content (condition titles, goals, questions: official text stays English, adapted text is
English unless the pack's overlay translates it) and data people typed (names, titles) are not
interface text; they are skipped by the allow-list below.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)

from plworkshop.ui.shell import pages as shell_pages

TS = Path(__file__).resolve().parents[3] / "resources" / "translations" / "plworkshop_es.ts"
# Labels that show framework content or typed data, by objectName (see content_panel.py, main_window.py).
CONTENT_LABELS = {
    "conditionTitle",
    "summary",
    "question",
    "body",
    "story",
    "OpenWorkshop",
    "condition",
    "inputs",
    "SectionTitle",
}
# Words that are the same in both languages or are names: never a sign of an untranslated text.
ALLOWED = {"plworkshop", "Total", "Ctrl", "min", "+5 min", "—", "#", "Agenda", "A&genda", "ES + EN", "Ctrl+L"}
ENGLISH_WORDS = re.compile(
    r"\b(the|and|of|with|your|this|from|for|is|are|has|been|what|who|add|"
    r"remove|open|show|votes?|stage|time|left|group|said|record|edit)\b",
    re.I,
)


def _english_sources() -> set[str]:
    found = set()
    for message in ET.parse(TS).getroot().iter("message"):
        source, translation = message.findtext("source"), message.find("translation").text or ""
        if translation.strip() and translation != source:
            found.add(source.replace("&", ""))
    return found


def _texts(top: QWidget, data: set[str]):
    """(where, text) for every visible piece of interface text in `top`."""
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.objectName() in CONTENT_LABELS:
            continue
        where = f"{type(widget).__name__}#{widget.objectName()}"
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield where, widget.text()
        if (
            isinstance(widget, (QLineEdit, QPlainTextEdit)) and not widget.toPlainText()
            if isinstance(widget, QPlainTextEdit)
            else isinstance(widget, QLineEdit) and not widget.text()
        ):
            yield where + ".placeholder", widget.placeholderText()
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                yield where + ".tab", widget.tabText(i)
        if isinstance(widget, QComboBox) and not widget.isEditable():
            for i in range(widget.count()):
                yield where + ".item", widget.itemText(i)
        if isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
            model = widget.model()
            for c in range(model.columnCount(QModelIndex())):
                yield where + ".header", str(model.headerData(c, Qt.Orientation.Horizontal) or "")
        if widget.accessibleName():
            yield where + ".name", widget.accessibleName()


def _english_left(top: QWidget, data: set[str]) -> list[str]:
    sources = _english_sources()
    left = []
    for where, text in _texts(top, data):
        plain = text.replace("&", "").strip()
        if not plain or plain in ALLOWED or any(d and d in plain for d in data):
            continue
        if plain in sources or ENGLISH_WORDS.search(re.sub(r"<[^>]+>", " ", plain)):
            left.append(f"{where}: {text!r}")
    return left


@pytest.fixture
def spanish_window(qtbot, spanish, i18n_ctx, workshop):
    from plworkshop.app import build_main_window

    window = build_main_window(i18n_ctx, first_run_demo=False)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.open_workshop(workshop.id)
    return window


def _data(workshop, db) -> set[str]:
    """Text people typed, and framework content: shown as written."""
    from plworkshop.framework.loader import load_default_pack
    from plworkshop.services import roster

    pack = load_default_pack()
    people = roster.list_participants(db.uow(), workshop.id)
    typed = {
        workshop.title,
        workshop.location or "",
        workshop.facilitator or "",
        workshop.state or "",
        *(p.name for p in people),
        *(p.organization or "" for p in people),
        *(p.role or "" for p in people),
    }
    content = {c.title for c in pack.conditions} | {pack.title}
    return {t for t in typed | content if t}


def test_menus_are_spanish(spanish_window):
    sources = _english_sources()
    left = []
    for menu_action in spanish_window.menuBar().actions():
        for action in [menu_action, *menu_action.menu().actions()]:
            text = action.text().replace("&", "")
            if text and (text in sources or ENGLISH_WORDS.search(text)):
                left.append(text)
    assert left == []
    assert spanish_window.menuBar().actions()[0].text() == "&Archivo"


@pytest.mark.parametrize(
    "screen", ["home", "details", "roster", "agenda", "question", "assessment", "actions"]
)
def test_each_screen_is_spanish(spanish_window, workshop, db, screen):
    from plworkshop.ui.facilitation.navigator_model import ASSESSMENT, QUESTION, Position

    window = spanish_window
    if screen == "home":
        window.show_page(shell_pages.HOME)
    elif screen in ("details", "roster", "agenda"):
        window.show_page(shell_pages.SETUP)
        window.setup.show_tab(("details", "roster", "agenda").index(screen))
    elif screen in ("question", "assessment"):
        window.show_page(shell_pages.FACILITATE)
        page = window.page(shell_pages.FACILITATE)
        page.go_to(
            Position(QUESTION, "collaborative-leadership", 1, "collaborative-leadership.s1.q1")
            if screen == "question"
            else Position(ASSESSMENT, "collaborative-leadership")
        )
    else:
        window.show_page(shell_pages.ACTIONS)
    assert _english_left(window, _data(workshop, db)) == []


def test_projector_preferences_and_dialogs_are_spanish(
    qtbot, spanish_window, workshop, db, i18n_ctx, app_paths
):
    from plworkshop.ui.backups.restore_dialog import RestoreBackupDialog
    from plworkshop.ui.content_editor import ContentEditor
    from plworkshop.ui.facilitation.navigator_model import QUESTION, Position
    from plworkshop.ui.preferences.preferences_dialog import PreferencesDialog

    window = spanish_window
    window.show_page(shell_pages.FACILITATE)
    window.page(shell_pages.FACILITATE).go_to(
        Position(QUESTION, "collaborative-leadership", 1, "collaborative-leadership.s1.q1")
    )
    window.open_projector()
    qtbot.addWidget(window.projector)
    others = [
        window.projector,
        PreferencesDialog(i18n_ctx.settings),
        RestoreBackupDialog(app_paths),
        ContentEditor(i18n_ctx),
    ]
    left = {}
    for widget in others:
        qtbot.addWidget(widget)
        widget.show()
        left[type(widget).__name__] = _english_left(widget, _data(workshop, db))
    assert {k: v for k, v in left.items() if v} == {}


def test_spanish_content_is_tagged_with_its_language(spanish_window):
    from plworkshop.ui.facilitation.navigator_model import QUESTION, Position

    window = spanish_window
    window.show_page(shell_pages.FACILITATE)
    page = window.page(shell_pages.FACILITATE)
    page.go_to(Position(QUESTION, "collaborative-leadership", 1, "collaborative-leadership.s1.q1"))
    tag = page.content.language_tag
    assert tag.isVisibleTo(window) and tag.text().startswith("EN")  # official text stays English
    page.go_to(Position(QUESTION, "balanced-assessments", 1, "balanced-assessments.s1.q1"))
    assert tag.text() == "ES · traducción no oficial"
    assert page.content.question.text().startswith("¿En qué ayuda")


@pytest.fixture
def report_pdf(workshop, db):
    from plworkshop.framework.loader import load_default_pack
    from plworkshop.reports.action_plan import ReportOptions, action_plan_pdf
    from plworkshop.services import workshops

    return action_plan_pdf(
        workshops.snapshot(db.uow(), workshop.id), load_default_pack(), ReportOptions(lang="es")
    )


def test_report_preview_and_export_dialogs_are_spanish(qtbot, spanish, report_pdf, workshop, db, tmp_path):
    from plworkshop.ui.reports.export_dialog import ExportDialog
    from plworkshop.ui.reports.report_preview_dialog import ReportPreviewDialog

    preview = ReportPreviewDialog(report_pdf, workshop.title, rebuild=lambda anonymous, lang: None)
    export = ExportDialog(None, workshop.title, tmp_path)
    left = {}
    for widget in (preview, export):
        qtbot.addWidget(widget)
        widget.show()
        left[type(widget).__name__] = _english_left(widget, _data(workshop, db))
        for action in widget.findChildren(QAction):
            text = action.text().replace("&", "")
            if text and (text in _english_sources() or ENGLISH_WORDS.search(text)):
                left[type(widget).__name__].append(f"action: {text!r}")
    assert {k: v for k, v in left.items() if v} == {}
    assert preview.windowTitle().startswith("Plan de acción — ")
    assert preview.pages_label.text().endswith(" páginas")
    assert export.format_box.itemText(0).startswith("Libro de Excel")


def test_report_and_export_default_to_the_interface_language(qtbot, spanish, report_pdf, i18n_ctx, tmp_path):
    from plworkshop.ui.i18n import install_language
    from plworkshop.ui.reports.export_dialog import ExportDialog, _remembered
    from plworkshop.ui.reports.report_preview import report_language
    from plworkshop.ui.reports.report_preview_dialog import ReportPreviewDialog

    export = ExportDialog(None, "W", tmp_path)
    preview = ReportPreviewDialog(report_pdf, "W")
    qtbot.addWidget(export)
    qtbot.addWidget(preview)
    assert export.lang_box.currentData() == "es" and export.choice().lang == "es"
    assert preview.lang == "es" and report_language(i18n_ctx) == "es"
    assert _remembered(i18n_ctx)[1].lang == "es"
    install_language(spanish, "en")
    assert ExportDialog(None, "W", tmp_path).lang_box.currentData() == "en"
    assert report_language(i18n_ctx) == "en"


def test_choosing_another_language_in_the_preview_rebuilds_in_it(qtbot, spanish, report_pdf):
    from plworkshop.ui.reports.report_preview_dialog import ReportPreviewDialog

    asked = []
    preview = ReportPreviewDialog(
        report_pdf, "W", rebuild=lambda anonymous, lang: asked.append((anonymous, lang))
    )
    qtbot.addWidget(preview)
    preview.lang_box.setCurrentIndex(preview.lang_box.findData("en"))
    assert asked == [(False, "en")] and not preview.lang_box.isEnabled()
    preview.show_pdf(report_pdf)
    assert preview.lang_box.isEnabled()


def test_navigator_and_breadcrumb_use_the_overlay_and_say_so(spanish_window):
    from plworkshop.ui.facilitation.navigator_model import ASSESSMENT, QUESTION, Position

    window = spanish_window
    window.show_page(shell_pages.FACILITATE)
    page = window.page(shell_pages.FACILITATE)
    model = page.navigator.nav_model
    titles = [model.item(row).text() for row in range(model.rowCount())]
    assert titles[0].startswith("1. Collaborative Leadership")  # official: English, as published
    assert titles[1].startswith("2. Evaluaciones equilibradas")
    question = model.itemFromIndex(
        model.find(Position(QUESTION, "balanced-assessments", 1, "balanced-assessments.s1.q1"))
    )
    assert question.text().startswith("P1  ¿En qué ayuda")
    assert question.toolTip().endswith("ES · traducción no oficial")
    english = model.itemFromIndex(
        model.find(Position(QUESTION, "collaborative-leadership", 1, "collaborative-leadership.s1.q1"))
    )
    assert english.toolTip().endswith("EN · texto en inglés")
    page.go_to(Position(ASSESSMENT, "balanced-assessments"))
    assert page.where_label.text().startswith("Evaluaciones equilibradas  ›  ")


def test_spanish_assessment_headers_fit(spanish_window):
    from PySide6.QtGui import QFontMetrics

    from plworkshop.ui.facilitation.navigator_model import ASSESSMENT, Position

    window = spanish_window
    window.show_page(shell_pages.FACILITATE)
    page = window.page(shell_pages.FACILITATE)
    page.go_to(Position(ASSESSMENT, "balanced-assessments"))
    table = page.assessment.table
    header, model = table.horizontalHeader(), table.model()
    metrics = QFontMetrics(header.font())
    clipped = []
    for column in range(1, model.columnCount()):
        text = str(model.headerData(column, Qt.Orientation.Horizontal))
        widest = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
        if widest > header.sectionSize(column) - 4:
            clipped.append((text, widest, header.sectionSize(column)))
    assert clipped == []
