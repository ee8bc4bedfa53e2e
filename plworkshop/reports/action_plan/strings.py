"""Every fixed string the action-plan report prints, by language (a translation table drops in here).

English and Spanish (Latin-American, as used in US education policy). A key missing from a table
falls back to English; a few keys are empty in English because that edition prints nothing there
(e.g. the translation notes, which only a translated edition needs). Dates use a month table of
their own, so the report never depends on the machine's locale.
"""

from __future__ import annotations

import datetime as dt
from types import MappingProxyType
from typing import Mapping

from plworkshop.domain import vocabulary_es
from plworkshop.reports.action_plan import facilitation_strings

EN: Mapping[str, str] = MappingProxyType({
    "report_kind": "Action plan",
    "subject": "Action plan from a convening on the State Policy Framework for Personalized Learning",
    "cover_date": "Date",
    "cover_place": "Place",
    "cover_state": "State",
    "cover_district": "District",
    "cover_facilitator": "Facilitator",
    "cover_participation": "Who took part",
    "cover_group": "Stakeholder group",
    "cover_people": "People",
    "cover_total": "Total",
    "cover_nobody": "No participants were recorded.",
    "cover_anonymous": "This edition names no one: input is attributed to stakeholder groups only.",
    "contents": "Contents",
    "summary": "Summary",
    "conditions_covered": "Conditions covered",
    "minutes": "{n} min",
    "no_conditions": "No conditions were on the agenda.",
    "placements": "Where the room placed the state",
    "placements_intro": ("Each chart shows how many participants placed the state at each stage; "
                         "the highlighted bar is the room’s consensus."),
    "consensus": "Consensus",
    "no_consensus": "No consensus recorded",
    "placements_count": "{n} individual placements",
    "top_priorities": "Top priorities by votes",
    "no_priorities": "No input received votes.",
    "rank": "#",
    "input": "Input",
    "votes": "Votes",
    "condition": "Condition",
    "action_status": "Action items by status",
    "status": "Status",
    "count": "Count",
    "no_action_items": "No action items were recorded.",
    "official_text": "Official text",
    "adapted_text": "Adapted text",
    "adapted_note": "Adapted for facilitation; not the publisher’s official wording.",
    "stages": "The stages in brief",
    "stage_n": "Stage {n}",
    "placement": "Where the room placed the state",
    "placed_at": "The room placed the state at {stage}.",
    "not_placed": "The room did not record a consensus placement.",
    "why": "Why",
    "input_heading": "Input to the strategic questions",
    "no_input": "No input was recorded for this condition.",
    "unattributed": "Unattributed",
    "anonymous": "Anonymous",
    "vote_1": "1 vote",
    "vote_n": "{n} votes",
    "condition_actions": "Action items for this condition",
    "no_condition_actions": "No action items were recorded for this condition.",
    "owner": "Owner",
    "partners": "Partners",
    "due": "Due",
    "priority": "Priority",
    "policy_lever": "Policy lever",
    "measure": "Measure of success",
    "action": "Action",
    "description": "Description",
    "no_due": "—",
    "action_plan": "Consolidated action plan",
    "action_plan_intro": ("All action items by condition, each under the stage goal it works toward; sorted "
                          "by due date (items without a date come last)."),
    "by_owner": "Action items by owner",
    "by_lever": "Action items by policy lever",
    "no_owner": "No owner named",
    "no_lever": "No policy lever chosen",
    "appendix_roster": "Appendix: participants",
    "roster_intro": "Participants who agreed to be named in this report.",
    "roster_name": "Name",
    "roster_role": "Role",
    "roster_org": "Organization",
    "roster_group": "Stakeholder group",
    "roster_unnamed_1": "One further participant asked not to be named.",
    "roster_unnamed_n": "{n} further participants asked not to be named.",
    "roster_anonymous": "This edition of the report names no participants.",
    "roster_empty": "No participant agreed to be named.",
    "name_withheld": "[name withheld]",
    "page_of": "Page {page} of {pages}",
    "edition_summary": "summary edition, top {n} ideas",
    "edition_full": "full record",
    "summary_edition_note": ("Summary edition: the {n} most-voted ideas of each question. The full record "
                             "prints every input."),
    "more_ideas": "{n} more ideas are in the full record.",
    "more_idea_1": "1 more idea is in the full record.",
    "serves_stage": "Works toward stage {n}, {name}:",
    "no_condition": "Not tied to a condition",
    "framework_title.kw-state-policy-pl-2019": "",  # the pack's own title
    "generated": "Prepared with plworkshop on {date}.",
    "months": "January February March April May June July August September October November December",
    "date_format": "{month} {day}, {year}",
    "months_short": "Jan. Feb. Mar. Apr. May June July Aug. Sept. Oct. Nov. Dec.",
    "wording": "Wording",
    "time": "Time",
    "people_took_part": "{n} people took part.",
    "short_date_format": "{month} {day}, {year}",
    "official_in_english": "",
    "unofficial_translation": "",
    "partly_translated": "",
    "english_text": "",
    "framework_notice": "",
    "translation_notice": "",
})

ES: Mapping[str, str] = MappingProxyType({
    "report_kind": "Plan de acción",
    "subject": "Plan de acción de una convocatoria sobre el Marco de Políticas Estatales para el Aprendizaje "
               "Personalizado",
    "cover_date": "Fecha",
    "cover_place": "Lugar",
    "cover_state": "Estado",
    "cover_district": "Distrito",
    "cover_facilitator": "Facilitación",
    "cover_participation": "Quiénes participaron",
    "cover_group": "Grupo de partes interesadas",
    "cover_people": "Personas",
    "cover_total": "Total",
    "cover_nobody": "No se registraron participantes.",
    "cover_anonymous": "Esta edición no nombra a nadie: los aportes se atribuyen solo a grupos de partes "
                       "interesadas.",
    "contents": "Contenido",
    "summary": "Resumen",
    "conditions_covered": "Condiciones tratadas",
    "minutes": "{n} min",
    "no_conditions": "No había condiciones en la agenda.",
    "placements": "Dónde ubicó la sala al estado",
    "placements_intro": ("Cada gráfico muestra cuántas personas ubicaron al estado en cada etapa; "
                         "la barra resaltada es el consenso de la sala."),
    "consensus": "Consenso",
    "no_consensus": "Sin consenso registrado",
    "placements_count": "{n} ubicaciones individuales",
    "top_priorities": "Prioridades principales por votos",
    "no_priorities": "Ningún aporte recibió votos.",
    "rank": "N.º",
    "input": "Aporte",
    "votes": "Votos",
    "condition": "Condición",
    "action_status": "Acciones por estado",
    "status": "Estado",
    "count": "Cantidad",
    "no_action_items": "No se registraron acciones.",
    "official_text": "Texto oficial",
    "adapted_text": "Texto adaptado",
    "adapted_note": "Adaptado para la facilitación; no es la redacción oficial del editor.",
    "official_in_english": "Se muestra en inglés, con la redacción oficial del editor.",
    "unofficial_translation": "Traducción no oficial al español; en caso de duda, prevalece el texto en inglés.",
    "partly_translated": "Traducción no oficial en parte; lo demás se muestra en inglés, tal como está escrito.",
    "english_text": "Texto en inglés (sin traducción).",
    "stages": "Las etapas en síntesis",
    "stage_n": "Etapa {n}",
    "placement": "Dónde ubicó la sala al estado",
    "placed_at": "La sala ubicó al estado en {stage}.",
    "not_placed": "La sala no registró una ubicación por consenso.",
    "why": "Por qué",
    "input_heading": "Aportes a las preguntas estratégicas",
    "no_input": "No se registraron aportes para esta condición.",
    "unattributed": "Sin atribuir",
    "anonymous": "Anónimo",
    "vote_1": "1 voto",
    "vote_n": "{n} votos",
    "condition_actions": "Acciones para esta condición",
    "no_condition_actions": "No se registraron acciones para esta condición.",
    "owner": "Responsable",
    "partners": "Colaboradores",
    "due": "Fecha límite",
    "priority": "Prioridad",
    "policy_lever": "Palanca de política",
    "measure": "Medida de éxito",
    "action": "Acción",
    "description": "Descripción",
    "no_due": "—",
    "action_plan": "Plan de acción consolidado",
    "action_plan_intro": ("Todas las acciones por condición, cada una bajo la meta de etapa a la que apunta; "
                          "ordenadas por fecha límite (las que no tienen fecha van al final)."),
    "by_owner": "Acciones por responsable",
    "by_lever": "Acciones por palanca de política",
    "no_owner": "Sin responsable asignado",
    "no_lever": "Sin palanca de política elegida",
    "appendix_roster": "Anexo: participantes",
    "roster_intro": "Participantes que aceptaron ser nombrados en este informe.",
    "roster_name": "Nombre",
    "roster_role": "Cargo",
    "roster_org": "Organización",
    "roster_group": "Grupo de partes interesadas",
    "roster_unnamed_1": "Otra persona participante pidió no ser nombrada.",
    "roster_unnamed_n": "Otras {n} personas participantes pidieron no ser nombradas.",
    "roster_anonymous": "Esta edición del informe no nombra a ningún participante.",
    "roster_empty": "Ningún participante aceptó ser nombrado.",
    "name_withheld": "[nombre omitido]",
    "page_of": "Página {page} de {pages}",
    "edition_summary": "edición resumida, {n} ideas principales",
    "edition_full": "registro completo",
    "summary_edition_note": ("Edición resumida: las {n} ideas más votadas de cada pregunta. El registro "
                             "completo incluye todos los aportes."),
    "more_ideas": "Hay {n} ideas más en el registro completo.",
    "more_idea_1": "Hay 1 idea más en el registro completo.",
    "serves_stage": "Apunta a la etapa {n}, {name}:",
    "no_condition": "Sin condición asignada",
    "framework_title.kw-state-policy-pl-2019": ("Marco de Políticas Estatales para el Aprendizaje "
                                                "Personalizado"),
    "generated": "Preparado con plworkshop el {date}.",
    "months": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "date_format": "{day} de {month} de {year}",
    "months_short": "ene feb mar abr may jun jul ago sep oct nov dic",
    "short_date_format": "{day} {month} {year}",
    "wording": "Redacción",
    "time": "Tiempo",
    "people_took_part": "Participaron {n} personas.",
    "framework_notice": ("Liderazgo colaborativo se reproduce con la redacción publicada por KnowledgeWorks "
                         "(en inglés); las metas, acciones, preguntas estratégicas y resúmenes de las demás "
                         "condiciones fueron adaptados por el proyecto plworkshop para la facilitación y no "
                         "son la redacción oficial."),
    "translation_notice": ("Los textos del marco en español son una traducción no oficial del proyecto "
                           "plworkshop; en caso de duda, prevalece el texto en inglés."),
})

EN = MappingProxyType({**EN, **facilitation_strings.EN})  # themes, parking lot, the day's agenda
ES = MappingProxyType({**ES, **facilitation_strings.ES})

TABLES: dict[str, Mapping[str, str]] = {"en": EN, "es": ES}


class Strings:
    """Look-ups in one language, English for anything the table lacks."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in ("en", "es") else "en"
        self._table = TABLES.get(self.lang, EN)

    def __getitem__(self, key: str) -> str:
        value = self._table.get(key)
        return value if value is not None else EN[key]

    def fmt(self, key: str, **values: object) -> str:
        return self[key].format(**values)

    def framework_title(self, pack_id: str, title: str) -> str:
        """The framework's title as this edition prints it (a known pack's title in translation)."""
        return self._table.get(f"framework_title.{pack_id}") or title

    def votes(self, n: int) -> str:
        return self["vote_1"] if n == 1 else self.fmt("vote_n", n=self.number(n))

    def date(self, value: dt.date | None) -> str:
        if value is None:
            return ""
        month = self["months"].split()[value.month - 1]
        return self.fmt("date_format", month=month, day=value.day, year=value.year)

    def short_date(self, value: dt.date | None) -> str:
        """A date for narrow table columns ("Mar. 13, 2027")."""
        if value is None:
            return ""
        month = self["months_short"].split()[value.month - 1]
        return self.fmt("short_date_format", month=month, day=value.day, year=value.year)

    def stage(self, number: int, *, short: bool = False) -> str:
        """A stage's name (0 = not yet started), from the vocabulary the GUI and exports share."""
        return vocabulary_es.stage_name(number, self.lang, short=short)

    def number(self, value: int) -> str:
        """An integer grouped the way the edition's readers write it.

        US Spanish (CLDR es-US, which the interface's QLocale also uses) groups thousands with a comma,
        as US English does, so both editions print 12,345; the decimal-comma form of Spain would look
        wrong to the families and officials these reports are written for.
        """
        return f"{value:,}"


def strings(lang: str) -> Strings:
    return Strings(lang)
