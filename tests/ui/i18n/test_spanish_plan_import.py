"""The question before an edited action plan comes back in, in Spanish, on a 1024×768 screen."""

from __future__ import annotations

import openpyxl
from screen_fit import clipping_problems

from plworkshop.framework.loader import load_default_pack
from plworkshop.reports.exports import export_workshop
from plworkshop.roundtrip.plan_import import preview_plan_import
from plworkshop.services import action_items, workshops


def test_the_plan_import_question_is_spanish_and_fits(qtbot, spanish, db, workshop, tmp_path):
    from plworkshop.ui.home.plan_import_dialog import PlanImportDialog

    action_items.create_action_item(db.uow(), workshop.id, title="Convocar un consejo", owner="Junta")
    path = tmp_path / "plan.xlsx"
    export_workshop(workshops.snapshot(db.uow(), workshop.id), load_default_pack(), "xlsx", path, lang="es")
    book = openpyxl.load_workbook(path)
    ws = book.worksheets[0]
    headers = [c.value for c in ws[1]]
    ws.cell(2, headers.index("Estado") + 1).value = "En curso"
    for header, value in (
        ("Título", "Mapear el financiamiento"),
        ("Estado", "Planificada"),
        ("Prioridad", "Baja"),
    ):
        ws.cell(3, headers.index(header) + 1).value = value
    book.save(path)
    preview = preview_plan_import(db.uow(), path)

    dialog = PlanImportDialog(preview, other_workshop=True)
    qtbot.addWidget(dialog)
    dialog.resize(min(dialog.width(), 1024), min(dialog.height(), 768))
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Importar el plan de acción"
    assert dialog.apply_button.text() == "&Aplicar cambios" and dialog.cancel_button.text() == "Cancelar"
    summary = dialog.summary.toPlainText().replace("\u2068", "").replace("\u2069", "")
    assert "Acción 1 «Convocar un consejo»" in summary and "«En curso»" in summary
    assert "Acción nueva (fila 3) «Mapear el financiamiento»" in summary
    assert dialog.counts.text() == "Cambia 1 acción; 1 acción nueva. No se elimina nada."
    assert "otro taller" in dialog.elsewhere.text()
    assert dialog.width() <= 1024 and dialog.height() <= 768
    assert clipping_problems(dialog) == []
    assert dialog.grab().save(str(tmp_path / "plan-import-es.png"))


def test_a_refused_plan_is_explained_in_spanish(
    qtbot, spanish, i18n_ctx, db, workshop, tmp_path, monkeypatch
):
    """The sentences the import service words itself follow the interface's language."""
    from plworkshop.ui.home import plan_import_flow

    action_items.create_action_item(db.uow(), workshop.id, title="Convocar un consejo")
    path = tmp_path / "plan.xlsx"
    export_workshop(workshops.snapshot(db.uow(), workshop.id), load_default_pack(), "xlsx", path, lang="es")
    book = openpyxl.load_workbook(path)
    ws = book.worksheets[0]
    headers = [c.value for c in ws[1]]
    ws.cell(2, headers.index("Estado") + 1).value = "Terminado"
    book.save(path)
    shown = []
    monkeypatch.setattr(
        plan_import_flow.PlanImportProblems,
        "show",
        classmethod(lambda cls, parent, heading, problems: shown.append((heading, list(problems)))),
    )
    plan_import_flow.import_plans(i18n_ctx, None, [path], lambda result: shown.append("applied"))
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    heading, problems = shown[0]
    assert heading == "«plan.xlsx» no se importó y no se cambió nada:"
    assert problems == [
        "Fila 2 (acción 1): el estado «Terminado» no es uno de estos: "
        "Planificada, En curso, Completada, Bloqueada."
    ]
