"""The words the exports print around the user's text (sheet names, headers, vocabularies), by language.

The English is written here; other languages come from the gettext catalogue (`plworkshop.i18n`).
"""

from __future__ import annotations

from plworkshop.domain import vocabulary_es
from plworkshop.i18n import LANGUAGES, translate

_EN = {
    "sheet.workshop": "Workshop", "sheet.action_items": "Action items", "sheet.responses": "Responses",
    "sheet.assessments": "Assessments", "sheet.participants": "Participants",
    "col.title": "Title", "col.description": "Description", "col.condition": "Condition",
    "col.owner": "Owner", "col.partners": "Partners", "col.due": "Due date", "col.priority": "Priority",
    "col.status": "Status", "col.policy_lever": "Policy lever", "col.measure": "Measure of success",
    "col.linked_input": "Linked input", "col.created": "Created", "col.updated": "Updated",
    "col.stage": "Stage", "col.stage_number": "Stage number", "col.question": "Question",
    "col.wording": "Framework wording", "col.response": "Response", "col.attributed_to": "Attributed to",
    "col.group": "Stakeholder group", "col.votes": "Votes", "col.recorded": "Recorded",
    "col.assessed_by": "Assessed by", "col.note": "Note", "col.name": "Name", "col.role": "Role",
    "col.organization": "Organization", "col.named": "Named in this export",
    "col.field": "Field", "col.value": "Value",
    "col.number": "No.", "col.start": "Start date", "col.blocked_reason": "Reason blocked",
    "col.overdue": "Overdue", "col.resources": "Resources or funding", "col.baseline": "Baseline",
    "col.target": "Target", "col.progress": "Latest progress note", "col.as_of": "As of",
    "col.item_id": "Item id (do not edit)",
    "xlsx.pick_from_list": "Choose a value from the list.",
    "xlsx.date_only": "Type a date, such as 2027-03-01.",
    "detail.title": "Title", "detail.date": "Date", "detail.location": "Location", "detail.state": "State",
    "detail.district": "District", "detail.facilitator": "Facilitator", "detail.framework": "Framework",
    "detail.votes": "Votes per person", "detail.exported": "Exported", "detail.naming": "Names",
    "detail.notes": "Notes", "detail.long_text": "Long text",
    "naming.anonymous": "Anonymous export: no one is named; input is attributed to stakeholder "
                        "groups.",
    "naming.consent": "Only people who agreed to be named are named; others' input is attributed to "
                      "their stakeholder group.",
    "long_text.rule": "A text longer than 32,767 characters (a spreadsheet cell's limit) continues in the "
                      "columns headed \"… (part 2)\", \"… (part 3)\"; join the parts in order to recover it.",
    "wording.official": "Official", "wording.adapted": "Adapted", "wording.custom": "Custom",
    "yes": "Yes", "no": "No", "anonymous": "Anonymous", "consensus": "Room consensus",
    "part": "part", "not_named": "(not named)", "name_withheld": "[name withheld]",
    "doc.title": "Action plan", "doc.details": "Workshop details",
    "doc.placement": "Where the room placed the state",
    "doc.no_placement": "The room did not record a stage for this condition.",
    "doc.distribution": "Individual placements", "doc.top_input": "Top input by votes",
    "doc.no_input": "No input was recorded for this condition.",
    "doc.condition_actions": "Action items", "doc.no_actions": "No action items yet.",
    "doc.plan": "Consolidated action plan", "doc.plan_intro": "All action items, sorted by due date.",
    "doc.roster": "Participants", "doc.roster_none": "No one is named in this document.",
    "doc.roster_unnamed": "{n} more took part without being named.",
    "doc.adapted": "adapted", "doc.custom": "custom",
    "doc.adapted_note": "The goals and questions of this condition are adapted from the framework, not its "
                        "official wording.",
    "doc.votes": "{n} votes", "doc.vote": "1 vote",
    "doc.more": "…and {n} more (all input is in the XLSX and CSV exports).", "doc.no_due": "no due date",
}

_ES = {
    "sheet.workshop": "Taller", "sheet.action_items": "Acciones", "sheet.responses": "Aportes",
    "sheet.assessments": "Evaluaciones", "sheet.participants": "Participantes",
    "col.title": "Título", "col.description": "Descripción", "col.condition": "Condición",
    "col.owner": "Responsable", "col.partners": "Colaboradores", "col.due": "Fecha límite",
    "col.priority": "Prioridad", "col.status": "Estado", "col.policy_lever": "Palanca de política",
    "col.measure": "Medida de éxito", "col.linked_input": "Aportes vinculados", "col.created": "Creado",
    "col.updated": "Actualizado", "col.stage": "Etapa", "col.stage_number": "Número de etapa",
    "col.question": "Pregunta", "col.wording": "Redacción del marco", "col.response": "Aporte",
    "col.attributed_to": "Atribuido a", "col.group": "Grupo de interés", "col.votes": "Votos",
    "col.recorded": "Registrado", "col.assessed_by": "Evaluado por", "col.note": "Nota",
    "col.name": "Nombre", "col.role": "Cargo", "col.organization": "Organización",
    "col.named": "Nombrado en esta exportación", "col.field": "Campo", "col.value": "Valor",
    "col.number": "N.º", "col.start": "Fecha de inicio", "col.blocked_reason": "Motivo del bloqueo",
    "col.overdue": "Vencida", "col.resources": "Recursos o financiación", "col.baseline": "Línea de base",
    "col.target": "Meta", "col.progress": "Última nota de avance", "col.as_of": "Fecha de la nota",
    "col.item_id": "Id. de la acción (no editar)",
    "xlsx.pick_from_list": "Elija un valor de la lista.",
    "xlsx.date_only": "Escriba una fecha, como 2027-03-01.",
    "detail.title": "Título", "detail.date": "Fecha", "detail.location": "Lugar", "detail.state": "Estado",
    "detail.district": "Distrito", "detail.facilitator": "Facilitador/a", "detail.framework": "Marco",
    "detail.votes": "Votos por persona", "detail.exported": "Exportado", "detail.naming": "Nombres",
    "detail.notes": "Notas", "detail.long_text": "Textos largos",
    "naming.anonymous": "Exportación anónima: no se nombra a nadie; los aportes se atribuyen a grupos "
                        "de interés.",
    "naming.consent": "Solo se nombra a quienes lo aceptaron; los aportes de los demás se atribuyen a su "
                      "grupo de interés.",
    "long_text.rule": "Un texto de más de 32.767 caracteres (el límite de una celda) continúa en las "
                      "columnas \"… (parte 2)\", \"… (parte 3)\"; una las partes en orden para recuperarlo.",
    "wording.official": "Oficial", "wording.adapted": "Adaptada", "wording.custom": "Propia",
    "yes": "Sí", "no": "No", "anonymous": "Anónimo", "consensus": "Consenso de la sala",
    "part": "parte", "not_named": "(sin nombre)", "name_withheld": "[nombre omitido]",
    "doc.title": "Plan de acción", "doc.details": "Datos del taller",
    "doc.placement": "Dónde ubicó la sala al estado",
    "doc.no_placement": "La sala no registró una etapa para esta condición.",
    "doc.distribution": "Ubicaciones individuales", "doc.top_input": "Aportes más votados",
    "doc.no_input": "No se registraron aportes para esta condición.",
    "doc.condition_actions": "Acciones", "doc.no_actions": "Aún no hay acciones.",
    "doc.plan": "Plan de acción consolidado", "doc.plan_intro": "Todas las acciones, por fecha límite.",
    "doc.roster": "Participantes", "doc.roster_none": "No se nombra a nadie en este documento.",
    "doc.roster_unnamed": "{n} personas más participaron sin ser nombradas.",
    "doc.adapted": "adaptada", "doc.custom": "propia",
    "doc.adapted_note": "Las metas y preguntas de esta condición están adaptadas del marco, no son su "
                        "redacción oficial.",
    "doc.votes": "{n} votos", "doc.vote": "1 voto",
    "doc.more": "…y {n} más (todos los aportes están en las exportaciones XLSX y CSV).", "doc.no_due": "sin fecha límite",
}

class Labels:
    """Lookup of fixed words for one language; unknown languages fall back to English."""

    def __init__(self, lang: str = "en") -> None:
        self.lang = lang if lang in LANGUAGES else "en"

    def __call__(self, key: str, **values: object) -> str:
        text = translate(self.lang, "export", _EN[key])
        return text.format(**values) if values else text

    # the fixed vocabularies: the same module as the GUI and the PDF, so every output agrees
    def status(self, key: str) -> str:
        return vocabulary_es.status_label(key, self.lang)

    def priority(self, key: str) -> str:
        return vocabulary_es.priority_label(key, self.lang)

    def stage(self, number: int | None) -> str:
        if number is None:
            return ""
        return vocabulary_es.stage_name(number, self.lang)

    def term(self, kind: str, key: str, english: str) -> str:
        """A pack term (stakeholder group, policy lever…) in this language; `english` if renamed."""
        return vocabulary_es.term_label(kind, key, english, self.lang)

    def votes(self, n: int) -> str:
        return self("doc.vote") if n == 1 else self("doc.votes", n=n)
