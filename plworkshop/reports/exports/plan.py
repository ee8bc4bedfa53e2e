"""The action plan as the document exports (DOCX, Markdown) print it: the PDF report's data, read in
the export's words.

There is one assembly: `plworkshop.reports.action_plan.data.build_action_plan` decides what is
printed, in which order, with which names withheld and in which language (condition titles and
questions from the translation overlay, marked as unofficial translations). This module only adds
what a document prints around it — the details list, "adapted" tags, stage names, the five most voted
inputs per question — so the PDF, the DOCX and the Markdown can never disagree about content.
"""

from __future__ import annotations

from dataclasses import dataclass

from plworkshop.domain.read_models import WorkshopSnapshot
from plworkshop.framework.model import FrameworkPack
from plworkshop.reports.action_plan.data import (
    ActionPlanData,
    ConditionSection,
    QuestionInput,
    ReportOptions,
    ResponseLine,
    build_action_plan,
)
from plworkshop.reports.action_plan.strings import Strings, strings
from plworkshop.reports.exports.labels import Labels

TOP_INPUT_PER_QUESTION = 5

__all__ = ["TOP_INPUT_PER_QUESTION", "ActionPlan", "DocumentQuestion", "DocumentSection", "build_plan"]


@dataclass(frozen=True)
class DocumentQuestion:
    """One strategic question (`source.question`) with its most voted input (all of it is in the XLSX
    and CSV)."""

    source: QuestionInput
    words: Labels

    @property
    def stage(self) -> str:
        return self.words.stage(self.source.stage)

    @property
    def top(self) -> tuple[ResponseLine, ...]:
        return self.source.ranked()[:TOP_INPUT_PER_QUESTION]

    @property
    def total(self) -> int:
        return sum(len(group.responses) for group in self.source.groups)


@dataclass(frozen=True)
class DocumentSection:
    """One agenda condition: the PDF's section (`source`: title, action items…) with the labels a
    document prints."""

    source: ConditionSection
    words: Labels
    strings: Strings

    @property
    def wording(self) -> str:
        """ "" when the text is official, else "adapted" or "custom" (printed after the title)."""
        if self.source.official:
            return ""
        return self.words("doc.custom" if self.source.custom else "doc.adapted")

    @property
    def language_note(self) -> str:
        """In a translated edition, the PDF's note on the language of this condition's framework text."""
        s = self.strings
        if s.lang == "en":
            return ""
        key = {s.lang: "unofficial_translation", "mixed": "partly_translated"}.get(self.source.language)
        return s[key or ("official_in_english" if self.source.official else "english_text")]

    @property
    def consensus(self) -> str:
        """The stage the room agreed on, "" if none was recorded."""
        stage = self.source.placement.consensus
        return "" if stage is None else self.words.stage(stage)

    @property
    def consensus_note(self) -> str:
        return self.source.placement.note if self.source.placement.consensus is not None else ""

    @property
    def distribution(self) -> tuple[tuple[str, int], ...]:
        """(stage name, people) for each stage someone placed the state at, in stage order."""
        return tuple(
            (self.words.stage(stage), n) for stage, n in enumerate(self.source.placement.distribution) if n
        )

    @property
    def questions(self) -> tuple[DocumentQuestion, ...]:
        return tuple(DocumentQuestion(q, self.words) for q in self.source.questions)


@dataclass(frozen=True)
class ActionPlan:
    """The report data (`data`: title, action items by due date, roster…) and the export's words:
    everything the DOCX and Markdown writers print."""

    data: ActionPlanData
    words: Labels

    @property
    def details(self) -> tuple[tuple[str, str], ...]:
        """The workshop details that have a value (no facilitator in an anonymous plan)."""
        d, w = self.data, self.words
        pairs = [
            (w("detail.date"), d.date.isoformat() if d.date else ""),
            (w("detail.location"), d.location),
            (w("detail.district"), d.district),
            (w("detail.state"), d.state),
            (w("detail.facilitator"), d.facilitator),
            (w("detail.framework"), d.framework_title),
        ]
        return tuple((label, value) for label, value in pairs if value)

    @property
    def sections(self) -> tuple[DocumentSection, ...]:
        s = strings(self.data.lang)
        return tuple(DocumentSection(c, self.words, s) for c in self.data.conditions)


def build_plan(
    snapshot: WorkshopSnapshot, pack: FrameworkPack, *, anonymous: bool = False, lang: str = "en"
) -> ActionPlan:
    """The action plan of one workshop, assembled exactly as the PDF report assembles it."""
    words = Labels(lang)
    return ActionPlan(
        build_action_plan(snapshot, pack, ReportOptions(anonymous=anonymous, lang=words.lang)), words
    )
