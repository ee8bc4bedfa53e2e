"""The report's fixed words for themes, the parking lot and the day's agenda (English and Spanish);
`strings` merges them into its tables."""

from __future__ import annotations

EN = {
    "themes": "Themes",
    "themes_intro": "Ideas the room grouped together, most voted theme first.",
    "theme_ideas_1": "1 idea",
    "theme_ideas_n": "{n} ideas",
    "theme_empty": "No ideas in this theme.",
    "parking_lot": "Parking lot",
    "parking_lot_intro": "Ideas kept aside because they belong to no strategic question; "
                         "where the room was when each was raised.",
    "parking_lot_empty": "Nothing was put in the parking lot.",
    "parked_while": "Raised during: {where}",
    "agenda_heading": "Appendix: the day's agenda",
    "agenda_intro": "The agenda as planned, with clock times where the day's start time was set.",
    "agenda_start": "Start",
    "agenda_end": "End",
    "agenda_item": "Item",
    "agenda_length": "Length",
    "agenda_total": "Total",
    "kind_welcome": "Welcome",
    "kind_break": "Break",
    "kind_lunch": "Lunch",
    "kind_report_out": "Report-out",
    "kind_custom": "Agenda item",
    "condition_item": "Condition",
    "agenda_title": "Agenda",
    "agenda_kind": "Kind",
    "theme_ideas": "Ideas",
    "agenda_question_boxes": "Strategic questions with a time box of their own",
}

ES = {
    "themes": "Temas",
    "themes_intro": "Ideas que la sala agrupó; primero el tema con más votos.",
    "theme_ideas_1": "1 idea",
    "theme_ideas_n": "{n} ideas",
    "theme_empty": "Este tema no tiene ideas.",
    "parking_lot": "Ideas en espera",
    "parking_lot_intro": "Ideas apartadas porque no responden a ninguna pregunta estratégica; "
                         "se indica dónde estaba la sala cuando surgieron.",
    "parking_lot_empty": "No se apartó ninguna idea.",
    "parked_while": "Surgió durante: {where}",
    "agenda_heading": "Anexo: la agenda del día",
    "agenda_intro": "La agenda prevista, con horas si se fijó la hora de inicio del día.",
    "agenda_start": "Inicio",
    "agenda_end": "Fin",
    "agenda_item": "Actividad",
    "agenda_length": "Duración",
    "agenda_total": "Total",
    "kind_welcome": "Bienvenida",
    "kind_break": "Pausa",
    "kind_lunch": "Almuerzo",
    "kind_report_out": "Puesta en común",
    "kind_custom": "Actividad",
    "condition_item": "Condición",
    "agenda_title": "Agenda",
    "agenda_kind": "Tipo",
    "theme_ideas": "Ideas",
    "agenda_question_boxes": "Preguntas estratégicas con tiempo propio",
}
