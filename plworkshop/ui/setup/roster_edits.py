"""Undoable roster edits: add (typed or pasted), change and remove participants.

Re-adding someone on redo (or bringing a removed person back on undo) gives them a new id, so later
commands on the stack that name the old id would miss. `IdAliases` remembers old id → new id and every
command resolves its ids through it at the moment it runs.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from plworkshop.domain.read_models import ParticipantView
from plworkshop.services import roster
from plworkshop.services.roster import NewParticipant
from plworkshop.ui.context import UiContext
from plworkshop.ui.i18n import translate
from plworkshop.ui.undo import CallbackCommand, push


class IdAliases:
    def __init__(self) -> None:
        self._next: dict[str, str] = {}

    def resolve(self, participant_id: str) -> str:
        seen = set()
        while participant_id in self._next and participant_id not in seen:
            seen.add(participant_id)
            participant_id = self._next[participant_id]
        return participant_id

    def link(self, old_ids: list[str], new_ids: list[str]) -> None:
        for old, new in zip(old_ids, new_ids):
            if old != new:
                self._next[old] = new


def as_new(p: ParticipantView) -> NewParticipant:
    return NewParticipant(
        name=p.name,
        stakeholder_group=p.stakeholder_group,
        role=p.role,
        organization=p.organization,
        named_in_report=p.named_in_report,
    )


class RosterEdits:
    """The roster changes of one workshop, each a command on the shared undo stack."""

    def __init__(
        self, ctx: UiContext, workshop_id: Callable[[], str | None], parent_widget: QWidget | None = None
    ) -> None:
        self.ctx = ctx
        self._workshop_id = workshop_id
        self.parent_widget = parent_widget
        self.aliases = IdAliases()

    @property
    def workshop_id(self) -> str:
        wid = self._workshop_id()
        if not wid:
            raise RuntimeError("no workshop is open")
        return wid

    def add(self, people: list[NewParticipant], text: str | None = None) -> CallbackCommand:
        """Add everyone or no one; undo takes them all off again."""
        ctx, wid, aliases = self.ctx, self.workshop_id, self.aliases
        first_ids: list[str] = []
        current: list[str] = []

        def do() -> list[ParticipantView]:
            added = ctx.call(roster.add_participants, wid, list(people))
            ids = [p.id for p in added]
            if first_ids:
                aliases.link(first_ids, ids)
            else:
                first_ids.extend(ids)
            current[:] = ids
            return added

        def undo() -> None:
            for pid in current:
                ctx.call(roster.remove_participant, wid, pid)

        label = text or (
            translate("RosterEdits", "Add {name}").format(name=people[0].name)
            if len(people) == 1
            else translate("RosterEdits", "Add {len} people").format(len=len(people))
        )
        return push(ctx, label, do, undo, workshop_id=wid, what="roster", parent_widget=self.parent_widget)

    def update(self, person: ParticipantView, **changes) -> CallbackCommand:
        ctx, wid, aliases = self.ctx, self.workshop_id, self.aliases
        before = {name: getattr(person, name) for name in changes}
        what = (
            translate("RosterEdits", "may be named")
            if "named_in_report" in changes
            else ("group" if "stakeholder_group" in changes else next(iter(changes)))
        )
        return push(
            ctx,
            translate("RosterEdits", "Change {what} of {name}").format(what=what, name=person.name),
            lambda: ctx.call(roster.update_participant, wid, aliases.resolve(person.id), **changes),
            lambda: ctx.call(roster.update_participant, wid, aliases.resolve(person.id), **before),
            workshop_id=wid,
            what="roster",
            parent_widget=self.parent_widget,
        )

    def remove(self, people: list[ParticipantView]) -> CallbackCommand:
        """Take people off the roster; undo puts them back in their places (with new ids)."""
        ctx, wid, aliases = self.ctx, self.workshop_id, self.aliases
        roster_now = ctx.call(roster.list_participants, wid)
        index_of = {p.id: i for i, p in enumerate(roster_now)}
        ordered = sorted(people, key=lambda p: index_of.get(p.id, len(index_of)))
        original_ids = [p.id for p in ordered]
        old_indexes = [index_of.get(p.id, len(index_of)) for p in ordered]

        def do() -> None:
            for pid in original_ids:
                ctx.call(roster.remove_participant, wid, aliases.resolve(pid))

        def undo() -> None:
            added = ctx.call(roster.add_participants, wid, [as_new(p) for p in ordered])
            aliases.link([aliases.resolve(pid) for pid in original_ids], [p.id for p in added])
            for index, new in zip(old_indexes, added):  # ascending: each lands where it was
                ctx.call(roster.move_participant, wid, new.id, index)

        label = (
            translate("RosterEdits", "Remove {name}").format(name=ordered[0].name)
            if len(ordered) == 1
            else translate("RosterEdits", "Remove {len} people").format(len=len(ordered))
        )
        return push(ctx, label, do, undo, workshop_id=wid, what="roster", parent_widget=self.parent_widget)
