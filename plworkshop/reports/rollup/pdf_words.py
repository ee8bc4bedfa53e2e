"""The rollup PDF's fixed wording in English and Spanish (the XLSX and the State view keep `wording`)."""

from __future__ import annotations

from plworkshop.domain import vocabulary_es
from plworkshop.domain.rollup.models import MIN_CELL_PEOPLE, ConditionColumn, MinorityView, Rollup
from plworkshop.reports.action_plan.strings import strings

EN = {
    "title": "Statewide rollup",
    "kicker": "STATEWIDE ROLLUP",
    "all_workshops": "All workshops",
    "all_states": "All states",
    "subtitle": "Across district convenings on the State Policy Framework for Personalized Learning",
    "scope": "Scope",
    "generated": "Generated",
    "participants": "Participants",
    "responses": "Responses",
    "action_items": "Action items",
    "overdue_n": "{n} overdue",
    "how_to_read": "How to read this report",
    "how_to_read_text": (
        "Stages: 0 not yet started, 1 Exploration, 2 Replication, 3 Statewide "
        "Transformation. A heat-map square shows the mean stage at which people placed "
        "the state, ± the spread (standard deviation), and how many people placed it; "
        "disagreements and minority views are listed rather than averaged away."
    ),
    "small_groups": "Small-group safety: any breakdown of fewer than {n} people is shown only as “{label}”.",
    "adapted_note": (
        "Conditions marked (adapted) use guiding text adapted for this tool; Collaborative "
        "Leadership is the framework’s official text."
    ),
    "adapted": "adapted",
    "fewer_than": "fewer than {n}",
    "contents": "Contents",
    "workshops": "Workshops in this rollup",
    "district": "District",
    "workshop": "Workshop",
    "date": "Date",
    "people": "People",
    "actions": "Actions",
    "districts_title": "Where each district placed the state",
    "groups_title": "Where each stakeholder group placed the state",
    "stakeholder_group": "Stakeholder group",
    "districts_intro": (
        "Each row is a district (its workshops together); each square is where its people "
        "placed the state on that condition. The last row is the whole state."
    ),
    "groups_intro": "Each row is a stakeholder group across all districts in this rollup.",
    "statewide": "Statewide",
    "legend": "Mean stage of individual placements:",
    "legend_hidden": "{label} people (numbers withheld)",
    "disagree": "Where stakeholder groups disagree most",
    "disagree_intro": (
        "Conditions ordered by the gap between the stakeholder groups that placed the "
        "state furthest along and least far along (groups of 5 or more people). Groups "
        "and districts far from the statewide mean are kept as minority views."
    ),
    "gap": "Gap {gap} stages: {high} {high_mean} vs {low} {low_mean}",
    "too_few": "Too few people per group to compare.",
    "statewide_line": "Statewide {mean} ± {spread}, n = {n}; people at each stage {dist}",
    "minority": (
        "Minority view: {label} ({kind}, {n} people): mean {mean}, {direction} than the statewide {overall}"
    ),
    "kind_group": "stakeholder group",
    "kind_district": "district",
    "further": "further along",
    "less_far": "less far along",
    "nobody_placed": "Nobody placed the state on any condition yet.",
    "ideas": "Most-voted ideas by strategic question",
    "stage_q": "Stage {n}: {question}",
    "responses_across": "{n} responses across the workshops",
    "no_votes": "No response to this question received votes.",
    "votes": "Votes",
    "idea": "Idea",
    "came_from": "Where it came from",
    "no_responses": "No responses were recorded.",
    "actions_title": "Action items across districts",
    "actions_intro": (
        "{n} action items, {overdue} overdue. Overdue items first, then by owner, policy lever and due date."
    ),
    "by_owner": "By owner",
    "owner": "Owner",
    "next_due": "Next due",
    "overdue": "Overdue",
    "all_actions": "All action items",
    "first_n": "The first {shown} of {total} are listed here; the XLSX rollup holds every one.",
    "overdue_tag": "OVERDUE",
    "policy_lever": "Policy lever",
    "due": "Due",
    "status": "Status",
    "action": "Action",
    "scope_line_1": "{where}: 1 workshop",
    "scope_line_n": "{where}: {n} workshops",
    "consensus": "consensus {stages}",
}

ES = {
    "title": "Resumen estatal",
    "kicker": "RESUMEN ESTATAL",
    "all_workshops": "Todos los talleres",
    "all_states": "Todos los estados",
    "subtitle": (
        "De las convocatorias de los distritos sobre el Marco de Políticas Estatales para el "
        "Aprendizaje Personalizado"
    ),
    "scope": "Alcance",
    "generated": "Preparado",
    "participants": "Participantes",
    "responses": "Aportes",
    "action_items": "Acciones",
    "overdue_n": "{n} vencidas",
    "how_to_read": "Cómo leer este informe",
    "how_to_read_text": (
        "Etapas: 0 aún no iniciada, 1 Exploración, 2 Replicación, 3 Transformación "
        "estatal. Cada casilla del mapa de calor muestra la etapa media en la que las "
        "personas ubicaron al estado, ± la dispersión (desviación estándar), y cuántas "
        "personas lo ubicaron; los desacuerdos y las opiniones minoritarias se listan en "
        "lugar de promediarse."
    ),
    "small_groups": (
        "Protección de grupos pequeños: todo desglose de menos de {n} personas se muestra solo "
        "como «{label}»."
    ),
    "adapted_note": (
        "Las condiciones marcadas (adaptada) usan textos guía adaptados para esta herramienta; "
        "Liderazgo colaborativo es el texto oficial del marco."
    ),
    "adapted": "adaptada",
    "fewer_than": "menos de {n}",
    "contents": "Contenido",
    "workshops": "Talleres de este resumen",
    "district": "Distrito",
    "workshop": "Taller",
    "date": "Fecha",
    "people": "Personas",
    "actions": "Acciones",
    "districts_title": "Dónde ubicó al estado cada distrito",
    "groups_title": "Dónde ubicó al estado cada grupo de interés",
    "stakeholder_group": "Grupo de interés",
    "districts_intro": (
        "Cada fila es un distrito (sus talleres en conjunto); cada casilla muestra dónde "
        "ubicaron sus participantes al estado en esa condición. La última fila es todo "
        "el estado."
    ),
    "groups_intro": "Cada fila es un grupo de interés en todos los distritos de este resumen.",
    "statewide": "Todo el estado",
    "legend": "Etapa media de las ubicaciones individuales:",
    "legend_hidden": "{label} personas (cifras reservadas)",
    "disagree": "Dónde más discrepan los grupos de interés",
    "disagree_intro": (
        "Condiciones ordenadas por la distancia entre los grupos que ubicaron al estado más "
        "adelante y más atrás (grupos de 5 personas o más). Los grupos y distritos alejados "
        "de la media estatal se conservan como opiniones minoritarias."
    ),
    "gap": "Distancia de {gap} etapas: {high} {high_mean} frente a {low} {low_mean}",
    "too_few": "Muy pocas personas por grupo para comparar.",
    "statewide_line": "Todo el estado {mean} ± {spread}, n = {n}; personas en cada etapa {dist}",
    "minority": (
        "Opinión minoritaria: {label} ({kind}, {n} personas): media {mean}, {direction} que la "
        "media estatal de {overall}"
    ),
    "kind_group": "grupo de interés",
    "kind_district": "distrito",
    "further": "más adelante",
    "less_far": "más atrás",
    "nobody_placed": "Nadie ha ubicado todavía al estado en ninguna condición.",
    "ideas": "Ideas más votadas por pregunta estratégica",
    "stage_q": "Etapa {n}: {question}",
    "responses_across": "{n} aportes en los talleres",
    "no_votes": "Ningún aporte a esta pregunta recibió votos.",
    "votes": "Votos",
    "idea": "Idea",
    "came_from": "De dónde viene",
    "no_responses": "No se registraron aportes.",
    "actions_title": "Acciones en todos los distritos",
    "actions_intro": (
        "{n} acciones, {overdue} vencidas. Primero las vencidas; luego por responsable, "
        "palanca de política y fecha límite."
    ),
    "by_owner": "Por responsable",
    "owner": "Responsable",
    "next_due": "Próximo vencimiento",
    "overdue": "Vencidas",
    "all_actions": "Todas las acciones",
    "first_n": "Se listan las primeras {shown} de {total}; el libro XLSX del resumen las incluye todas.",
    "overdue_tag": "VENCIDA",
    "policy_lever": "Palanca de política",
    "due": "Fecha límite",
    "status": "Estado",
    "action": "Acción",
    "scope_line_1": "{where}: 1 taller",
    "scope_line_n": "{where}: {n} talleres",
    "consensus": "consenso {stages}",
}


class RollupWords:
    """The rollup PDF's wording in one language (English for anything Spanish lacks)."""

    def __init__(self, lang: str) -> None:
        self.lang = "es" if lang == "es" else "en"
        self.table = ES if self.lang == "es" else EN
        self.report = strings(self.lang)  # dates and numbers as the action plan prints them

    def __getitem__(self, key: str) -> str:
        return self.table.get(key) or EN[key]

    def fmt(self, key: str, **values: object) -> str:
        return self[key].format(**values)

    def number(self, value: int) -> str:
        return self.report.number(value)

    def date(self, value) -> str:
        return self.report.date(value) if value else "—"

    def decimal(self, value: float) -> str:
        """One decimal, with the decimal comma Spanish readers expect."""
        text = f"{value:.1f}"
        return text.replace(".", ",") if self.lang == "es" else text

    @property
    def fewer_than(self) -> str:
        return self.fmt("fewer_than", n=MIN_CELL_PEOPLE)

    def where(self, rollup: Rollup, *, states: bool = False) -> str:
        if rollup.state and rollup.state.strip():
            return rollup.state.strip()
        return self["all_states"] if states else self["all_workshops"]

    def scope_line(self, rollup: Rollup) -> str:
        count = len(rollup.workshops)
        where = self.where(rollup, states=True)
        return (
            self.fmt("scope_line_1", where=where)
            if count == 1
            else self.fmt("scope_line_n", where=where, n=self.number(count))
        )

    def condition_heading(self, column: ConditionColumn) -> str:
        return column.title if column.official else f"{column.title} ({self['adapted']})"

    def minority(self, view: MinorityView) -> str:
        kind = self["kind_district"] if view.kind == "district" else self["kind_group"]
        direction = self["further"] if view.mean > view.statewide_mean else self["less_far"]
        return self.fmt(
            "minority",
            label=view.label,
            kind=kind,
            n=self.number(view.people),
            mean=self.decimal(view.mean),
            direction=direction,
            overall=self.decimal(view.statewide_mean),
        )

    def status(self, key: str) -> str:
        return vocabulary_es.status_label(key, self.lang)

    def priority(self, key: str) -> str:
        return vocabulary_es.priority_label(key, self.lang)
