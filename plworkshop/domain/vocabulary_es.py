"""Spanish names for the fixed vocabulary (stages, priorities, statuses, pack terms), shared by GUI and reports.

Plain Python, no Qt: the reports use it as well as the interface. Every lookup falls back to the
English label it is given, so a state's own stakeholder group or lever (added in a user pack)
still shows, in English, rather than disappearing.
"""

from __future__ import annotations

from plworkshop.domain.vocabulary import PRIORITY_LABELS, STATUS_LABELS
from plworkshop.framework.model import ASSESSMENT_STAGE_NAMES

STAGE_NAMES_ES = {0: "Aún no iniciado", 1: "Exploración", 2: "Replicación", 3: "Transformación estatal"}
SHORT_STAGE_NAMES_ES = {0: "Aún no", 1: "Exploración", 2: "Replicación", 3: "Estatal"}

PRIORITY_LABELS_ES = {"high": "Alta", "medium": "Media", "low": "Baja"}
STATUS_LABELS_ES = {"planned": "Planificada", "in_progress": "En curso", "done": "Completada",
                    "blocked": "Bloqueada"}

# Labels of the terms in the shipped pack, by kind and key (the keys never change with the wording).
TERM_LABELS_ES: dict[str, dict[str, str]] = {
    "strategies": {
        "building-capacity": "Desarrollo de capacidades",
        "empowering-student-learning": "Empoderamiento del aprendizaje estudiantil",
        "cultivating-system-change": "Impulso del cambio sistémico",
        "ensuring-quality": "Garantía de calidad",
    },
    "stakeholder_groups": {
        "policymakers": "Responsables de políticas",
        "state-agency": "Agencias estatales",
        "district-leaders": "Líderes de distrito",
        "school-leaders": "Directivos escolares",
        "teachers-and-unions": "Docentes y sus sindicatos",
        "families": "Familias",
        "students": "Estudiantes",
        "community-organizations": "Organizaciones comunitarias",
        "advocacy-groups": "Grupos de defensa",
        "business-and-workforce": "Empresas y sector laboral",
        "higher-education": "Educación superior",
        "other": "Otros",
    },
    "policy_levers": {
        "statute": "Ley",
        "regulation": "Reglamento",
        "guidance": "Orientación",
        "funding": "Financiamiento",
        "pilot-or-innovation-zone": "Piloto o zona de innovación",
        "task-force-or-study": "Grupo de trabajo o estudio",
        "technical-assistance": "Asistencia técnica",
        "communication": "Comunicación",
    },
    "barriers": {
        "seat-time": "Normas de tiempo presencial",
        "graduation-requirements": "Requisitos de graduación",
        "licensure": "Requisitos de certificación docente",
        "funding-rules": "Normas de financiamiento",
        "curriculum-policies": "Políticas curriculares",
        "assessment-and-accountability": "Requisitos de evaluación y rendición de cuentas",
    },
}

# The English labels of the shipped terms, so a label renamed in a user pack is not mistranslated.
_SHIPPED_ENGLISH = {
    "policymakers": "Policymakers", "state-agency": "State agencies", "district-leaders": "District leaders",
    "school-leaders": "School leaders", "teachers-and-unions": "Teachers and their unions",
    "families": "Families", "students": "Students", "community-organizations": "Community organizations",
    "advocacy-groups": "Advocacy groups", "business-and-workforce": "Business and workforce",
    "higher-education": "Higher education", "other": "Other", "statute": "Statute",
    "regulation": "Regulation", "guidance": "Guidance", "funding": "Funding",
    "pilot-or-innovation-zone": "Pilot or innovation zone", "task-force-or-study": "Task force or study",
    "technical-assistance": "Technical assistance", "communication": "Communication",
    "building-capacity": "Building Capacity", "empowering-student-learning": "Empowering Student Learning",
    "cultivating-system-change": "Cultivating System Change", "ensuring-quality": "Ensuring Quality",
    "seat-time": "Seat-time rules", "graduation-requirements": "Graduation requirements",
    "licensure": "Licensure requirements", "funding-rules": "Funding rules",
    "curriculum-policies": "Curriculum policies",
    "assessment-and-accountability": "Assessment and accountability requirements",
}


def stage_name(number: int, lang: str = "en", *, short: bool = False) -> str:
    """A stage's name (0 = not yet started) in `lang`."""
    if lang == "es":
        return (SHORT_STAGE_NAMES_ES if short else STAGE_NAMES_ES).get(number, str(number))
    if short:
        return {0: "Not yet", 1: "Exploration", 2: "Replication", 3: "Statewide"}.get(number, str(number))
    return ASSESSMENT_STAGE_NAMES.get(number, str(number))


def stage_names(lang: str = "en") -> dict[int, str]:
    """Stages 1–3 by number, in `lang` (the shape of `STAGE_NAMES`)."""
    return {n: stage_name(n, lang) for n in (1, 2, 3)}


def priority_label(key: str, lang: str = "en") -> str:
    """"High"/"Alta"…; an unknown key is shown as it is."""
    table = PRIORITY_LABELS_ES if lang == "es" else PRIORITY_LABELS
    return table.get(key, key)


def status_label(key: str, lang: str = "en") -> str:
    """"In progress"/"En curso"…; an unknown key is shown as it is."""
    table = STATUS_LABELS_ES if lang == "es" else STATUS_LABELS
    return table.get(key, key)


def term_label(kind: str, key: str, english: str, lang: str = "en") -> str:
    """A pack term's label in `lang`; `english` when there is no translation or the label was renamed."""
    if lang != "es" or _SHIPPED_ENGLISH.get(key) != english:
        return english
    return TERM_LABELS_ES.get(kind, {}).get(key, english)

