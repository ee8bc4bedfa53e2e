"""Reading a roster pasted from a spreadsheet: which column is which, who may be named, which group.

The rules live here, below the window, so they are the same wherever a roster is read. Headers are
recognised the way people write them in English and Spanish ("OK to name?", "Consentimiento"…); a
column that is not understood is reported, never guessed, and a person is never taken as "may be
named" unless a consent cell says so plainly. Group names are matched loosely ("Teachers", "Parent",
"Familias") and anything unrecognised is offered as Other for the facilitator to check.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass, field

from plworkshop.domain import vocabulary_es
from plworkshop.framework.model import FrameworkPack

FIELDS = ("name", "role", "organization", "group", "named", "anonymous")
"""What a column can hold; "anonymous" is consent said the other way round (yes = not named)."""
POSITIONAL = ("name", "role", "organization", "group", "named")

_HEADERS = {
    "name": (
        "name",
        "full name",
        "participant",
        "participant name",
        "person",
        "attendee",
        "nombre",
        "nombre completo",
        "participante",
        "asistente",
    ),
    "role": ("role", "title", "position", "job title", "job", "cargo", "puesto", "rol", "funcion"),
    "organization": (
        "organization",
        "organisation",
        "org",
        "agency",
        "employer",
        "affiliation",
        "organizacion",
        "institucion",
        "entidad",
        "empresa",
        "agencia",
    ),
    "group": (
        "group",
        "stakeholder group",
        "stakeholder",
        "sector",
        "constituency",
        "grupo",
        "grupo de interes",
        "grupo de actores",
        "sector representado",
    ),
}
# consent headers are recognised by the words in them, as people phrase them many ways
_CONSENT_WORDS = (
    "consent",
    "consentimiento",
    "ok to name",
    "okay to name",
    "may be named",
    "can be named",
    "may name",
    "can name",
    "name in report",
    "names in report",
    "publish name",
    "permission to name",
    "use name",
    "use my name",
    "named",
    "se puede nombrar",
    "puede nombrar",
    "nombrar",
    "autoriza nombre",
    "autoriza su nombre",
    "autoriza el nombre",
    "autoriza",
    "publicar nombre",
    "mencionar",
    "citar",
)
_ANONYMOUS_WORDS = (
    "anonymous",
    "anonymity",
    "anonimo",
    "anonima",
    "anonimato",
    "do not name",
    "dont name",
    "no nombrar",
)

YES = {
    "yes",
    "y",
    "true",
    "1",
    "x",
    "✓",
    "✔",
    "☑",
    "si",
    "s",
    "ok",
    "okay",
    "agree",
    "agreed",
    "yes please",
    "named",
    "may be named",
    "acepto",
    "autorizo",
    "de acuerdo",
    "claro",
    "verdadero",
}
NO = {
    "no",
    "n",
    "false",
    "0",
    "✗",
    "✘",
    "☐",
    "anonymous",
    "anonimo",
    "anonima",
    "no acepto",
    "no autorizo",
    "decline",
    "declined",
    "falso",
    "not named",
    "do not name",
}

# loose names for the default pack's groups (only used for keys the pack has)
_GROUP_WORDS = {
    "policymakers": (
        "policymaker",
        "policy maker",
        "legislator",
        "lawmaker",
        "legislature",
        "legislador",
        "legisladora",
        "senator",
        "representative",
        "board member",
        "state board",
    ),
    "state-agency": (
        "state agency",
        "sea",
        "department of education",
        "state department",
        "agencia",
        "agencia estatal",
        "departamento de educacion",
    ),
    "district-leaders": ("district", "district leader", "superintendent", "distrito", "superintendente"),
    "school-leaders": (
        "school leader",
        "principal",
        "school principal",
        "director escolar",
        "directora",
        "director",
        "directivo",
    ),
    "teachers-and-unions": (
        "teacher",
        "teachers",
        "union",
        "unions",
        "educator",
        "educators",
        "docente",
        "docentes",
        "maestro",
        "maestra",
        "maestros",
        "profesor",
        "profesores",
        "sindicato",
    ),
    "families": (
        "family",
        "families",
        "parent",
        "parents",
        "caregiver",
        "guardian",
        "familia",
        "familias",
        "padre",
        "padres",
        "madre",
        "madres",
    ),
    "students": (
        "student",
        "students",
        "youth",
        "learner",
        "estudiante",
        "estudiantes",
        "alumno",
        "alumnos",
        "jovenes",
    ),
    "community-organizations": (
        "community",
        "community organization",
        "nonprofit",
        "non-profit",
        "cbo",
        "comunidad",
        "organizacion comunitaria",
        "ong",
    ),
    "advocacy-groups": ("advocacy", "advocate", "advocates", "defensa", "grupo de defensa"),
    "business-and-workforce": (
        "business",
        "employer",
        "workforce",
        "industry",
        "chamber",
        "empresa",
        "empresas",
        "sector laboral",
    ),
    "higher-education": (
        "higher ed",
        "higher education",
        "university",
        "college",
        "universidad",
        "educacion superior",
    ),
    "other": ("other", "others", "otro", "otros", "otra"),
}


def plain(text: str) -> str:
    """Lower case, accents and punctuation gone, spaces single: how headers and cells are compared."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = re.sub(r"[^\w✓✔☑✗✘☐]+", " ", folded)
    return " ".join(folded.replace("_", " ").split())


def recognise_header(header: str) -> str | None:
    """The field a header names, or None when it is not understood."""
    text = plain(header)
    if not text:
        return None
    for words, name in (
        (_HEADERS["name"], "name"),
        (_HEADERS["role"], "role"),
        (_HEADERS["organization"], "organization"),
        (_HEADERS["group"], "group"),
    ):
        if text in words:
            return name
    padded = f" {text} "
    if any(f" {w} " in padded for w in _ANONYMOUS_WORDS):
        return "anonymous"
    if any(f" {w} " in padded for w in _CONSENT_WORDS):
        return "named"
    return None


def read_consent(value: str) -> bool | None:
    """True for a plain yes, False for a plain no, None when the cell does not say (or is empty)."""
    text = plain(value)
    if text in YES:
        return True
    if text in NO:
        return False
    return None


class GroupMatcher:
    """Finds a pack's stakeholder group from what a spreadsheet says ("Teachers", "Parent", "Familias")."""

    def __init__(self, pack: FrameworkPack) -> None:
        self.keys = [t.key for t in pack.stakeholder_groups]
        self.names: dict[str, str] = {}
        self.exact_names: set[str] = set()
        for term in pack.stakeholder_groups:
            spanish = vocabulary_es.term_label("stakeholder_groups", term.key, term.label, "es")
            self.exact_names.update(plain(t) for t in (term.key, term.label, spanish))
            for text in (
                term.key,
                term.key.replace("-", " "),
                term.label,
                spanish,
                *_GROUP_WORDS.get(term.key, ()),
            ):
                self.names.setdefault(plain(text), term.key)

    def exact(self, text: str) -> bool:
        """True when `text` is a group's key or label as the pack (or its Spanish labels) writes it."""
        return plain(text) in self.exact_names

    def match(self, text: str) -> str | None:
        wanted = plain(text)
        if not wanted:
            return None
        if wanted in self.names:
            return self.names[wanted]
        singular = " ".join(w[:-1] if len(w) > 3 and w.endswith("s") else w for w in wanted.split())
        if singular in self.names:
            return self.names[singular]
        starts = [key for name, key in self.names.items() if len(wanted) >= 3 and name.startswith(wanted)]
        if len(set(starts)) == 1:
            return starts[0]
        close = difflib.get_close_matches(wanted, list(self.names), n=1, cutoff=0.82)
        return self.names[close[0]] if close else None


@dataclass
class PastedRow:
    """One pasted person as read; `group` None = not recognised, `named` None = consent not given plainly."""

    line: int
    name: str
    role: str = ""
    organization: str = ""
    group_text: str = ""
    group: str | None = None
    named_text: str = ""
    named: bool | None = None
    group_exact: bool = True
    """False when the group was matched loosely or not at all: worth a look before importing."""


@dataclass
class RosterPaste:
    headers: list[str]
    columns: list[str | None]
    """The field of each column (None: not used), as recognised or as the facilitator mapped it."""
    has_header: bool
    rows: list[PastedRow] = field(default_factory=list)

    @property
    def unknown_columns(self) -> list[int]:
        return [i for i, f in enumerate(self.columns) if f is None]

    @property
    def has_consent(self) -> bool:
        return any(f in ("named", "anonymous") for f in self.columns)


def _cells(line: str) -> list[str]:
    return [cell.strip().strip('"').strip() for cell in line.split("\t")]


def _lines(text: str) -> list[str]:
    return [line for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if line.strip()]


def read_roster_paste(
    text: str, pack: FrameworkPack, *, columns: list[str | None] | None = None, default_group: str = "other"
) -> RosterPaste:
    """Read tab-separated rows. With a header row (one cell names the name column) columns follow the
    headers; without one they are name, role, organization, group, may be named. `columns` overrides
    the reading of each column (the facilitator's mapping)."""
    lines = _lines(text)
    if not lines:
        return RosterPaste([], [], False)
    first = _cells(lines[0])
    recognised = [recognise_header(c) for c in first]
    has_header = "name" in recognised
    width = max(len(_cells(line)) for line in lines)
    if has_header:
        headers = first + [""] * (width - len(first))
        found = recognised + [None] * (width - len(recognised))
        seen: set[str] = set()
        for i, name in enumerate(found):  # a field is read from its first column only
            if name in seen:
                found[i] = None
            elif name:
                seen.add(name)
    else:
        headers = [""] * width
        found = [POSITIONAL[i] if i < len(POSITIONAL) else None for i in range(width)]
    if columns is not None:
        found = (list(columns) + [None] * width)[:width]
    result = RosterPaste(headers, found, has_header)
    matcher = GroupMatcher(pack)
    for number, line in enumerate(lines[1:] if has_header else lines, start=2 if has_header else 1):
        cells = _cells(line)
        values = {f: cells[i] for i, f in enumerate(found) if f and i < len(cells)}
        row = PastedRow(
            line=number,
            name=values.get("name", ""),
            role=values.get("role", ""),
            organization=values.get("organization", ""),
            group_text=values.get("group", ""),
        )
        row.group = matcher.match(row.group_text) if row.group_text else default_group
        row.group_exact = not row.group_text or matcher.exact(row.group_text)
        if "named" in values:
            row.named_text = values["named"]
            row.named = read_consent(row.named_text)
        elif "anonymous" in values:
            row.named_text = values["anonymous"]
            said = read_consent(row.named_text)
            row.named = None if said is None else not said
        result.rows.append(row)
    return result
