"""Looking things up in a snapshot the way every export prints them: labels, order, attribution."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property

from plworkshop.domain import attribution
from plworkshop.domain.read_models import ActionItemView, ResponseView, WorkshopSnapshot
from plworkshop.framework.model import Condition, FrameworkPack
from plworkshop.reports.action_plan.localized import GroupNames
from plworkshop.reports.exports.labels import Labels


def local_time(value: dt.datetime | None) -> dt.datetime | None:
    """A stored UTC datetime as naive local time to the second (spreadsheets have no time zones)."""
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone().replace(tzinfo=None)
    return value.replace(microsecond=0)


@dataclass(frozen=True)
class Facts:
    """A snapshot, the pack and the export options, with the lookups the tables and documents share."""

    snapshot: WorkshopSnapshot
    pack: FrameworkPack
    words: Labels
    anonymous: bool

    # free text --------------------------------------------------------------------------------
    @cached_property
    def _redactor(self) -> attribution.Redactor:
        """The PDF report's rule: names that may not be printed are withheld in typed text too."""
        return attribution.withholding(
            self.snapshot, anonymous=self.anonymous, replacement=self.words("name_withheld")
        )

    def text(self, value: str) -> str:
        """Typed text as an export may print it: unchanged, except names that may not be printed."""
        return self._redactor(value)

    # conditions and questions -------------------------------------------------------------------
    def condition(self, key: str | None) -> Condition | None:
        if key is None:
            return None
        if key in self.snapshot.conditions:
            return self.snapshot.conditions[key]
        return self.pack.condition(key) if self.pack.has_condition(key) else None

    def condition_title(self, key: str | None) -> str:
        condition = self.condition(key)
        return condition.title if condition else (key or "")

    def wording(self, key: str | None) -> str:
        """Whether the condition's framework text is official, adapted by us, or the workshop's own."""
        condition = self.condition(key)
        if condition is None:
            return ""
        if condition.custom:
            return self.words("wording.custom")
        return self.words("wording.official" if condition.official else "wording.adapted")

    def question_text(self, condition_key: str, question_key: str) -> str:
        condition = self.condition(condition_key)
        question = condition.question(question_key) if condition else None
        return question.text if question else question_key

    def agenda_keys(self) -> tuple[str, ...]:
        return tuple(item.condition for item in self.snapshot.agenda)

    def condition_rank(self, key: str | None) -> int:
        keys = self.agenda_keys()
        if key in keys:
            return keys.index(key)
        order = [c.key for c in self.pack.conditions]
        return len(keys) + (order.index(key) if key in order else len(order))

    def _question_rank(self, condition_key: str, question_key: str) -> int:
        condition = self.condition(condition_key)
        keys = condition.question_keys() if condition else ()
        return keys.index(question_key) if question_key in keys else len(keys)

    # people -------------------------------------------------------------------------------------
    def group_label(self, key: str | None) -> str:
        return self.words.term("stakeholder_groups", key, self.pack.stakeholder_label(key)) if key else ""

    def response_group_label(self, response: ResponseView) -> str:
        return self.group_label(attribution.response_group(self.snapshot, response))

    def attributed_to(self, response: ResponseView) -> str:
        """'Ana Ruiz (Families)', 'Families' or 'Anonymous': the rule of `domain.attribution`."""
        label = attribution.attribution_label(
            self.snapshot, response, GroupNames(self.pack, self.words.lang), anonymous=self.anonymous
        )
        named = attribution.speaker_name(self.snapshot, response, anonymous=self.anonymous)
        if not named and not self.response_group_label(response):
            return self.words("anonymous")
        return label

    def person_label(self, participant_id: str | None) -> str:
        """A roster entry as printable: the name if allowed, else the group, else 'Anonymous'."""
        person = self.snapshot.participant(participant_id)
        if attribution.may_name(person, anonymous=self.anonymous):
            return person.name  # type: ignore[union-attr]
        group = self.group_label(person.stakeholder_group) if person else ""
        return group or self.words("anonymous")

    # ordered content ----------------------------------------------------------------------------
    def responses(self) -> list[ResponseView]:
        """The input that reports show (withdrawn input left out), in agenda and question order,
        the most voted first within a question."""
        visible = [r for r in self.snapshot.responses if not r.hidden]
        return sorted(
            visible,
            key=lambda r: (
                self.condition_rank(r.condition),
                r.stage,
                self._question_rank(r.condition, r.question),
                -r.votes,
                r.created_at,
            ),
        )

    def action_items(self) -> list[ActionItemView]:
        """Action items in the order people made them."""
        return list(self.snapshot.action_items)

    def action_items_by_due(self) -> list[ActionItemView]:
        """Sorted by due date, undated last; ties keep the order people made them."""
        return sorted(self.snapshot.action_items, key=lambda a: (a.due is None, a.due or dt.date.min))

    def lever_label(self, key: str | None) -> str:
        return self.words.term("policy_levers", key, self.pack.policy_lever_label(key)) if key else ""
