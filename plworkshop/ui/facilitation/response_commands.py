"""Every change to recorded input as an undoable step: record, edit, withdraw, restore, vote, and
turning a response into an action item.

Undoing "record" deletes the response, and redoing it records it again under a new id; commands
name responses by the id they first saw and look up the current one in `ids`, so a vote made
after a redone "record" still finds its response.
"""

from __future__ import annotations

from collections.abc import Callable

from plworkshop.domain.errors import VoteBudgetExceeded
from plworkshop.services import action_items, responses
from plworkshop.ui import undo
from plworkshop.ui.context import UiContext
from plworkshop.ui.facilitation.response_entry import Attribution
from plworkshop.ui.i18n import translate


class ResponseEditor:
    """Pushes undo commands for one workshop's responses.

    After each step `touched(condition, question, view, removed_id)` gets the changed response (or
    the id of one that is gone), so the list updates that one row instead of reading them all.
    """

    def __init__(self, ctx: UiContext, workshop_id: str, widget, touched: Callable[..., None]) -> None:
        self.ctx = ctx
        self.workshop_id = workshop_id
        self.widget = widget
        self._touched = touched
        self._ids: dict[str, str] = {}
        self._origin: dict[str, str] = {}

    def current_id(self, response_id: str) -> str:
        """The id a response has now, given any id it ever had."""
        origin = self._origin.get(response_id, response_id)
        return self._ids.get(origin, response_id)

    def _push(self, text: str, do, undo_fn, what: str = "responses") -> undo.CallbackCommand:
        return undo.push(
            self.ctx, text, do, undo_fn, workshop_id=self.workshop_id, what=what, parent_widget=self.widget
        )

    def record(self, condition: str, stage: int, question: str, text: str, who: Attribution) -> str | None:
        """Record input; returns the new response id, or None when it was refused."""
        first: dict[str, str] = {}

        def do():
            view = self.ctx.call(
                responses.record_response,
                self.workshop_id,
                condition=condition,
                stage=stage,
                question=question,
                text=text,
                participant_id=who.participant_id,
                stakeholder_group=who.stakeholder_group,
            )
            first.setdefault("id", view.id)
            self._ids[first["id"]] = view.id
            self._origin[view.id] = first["id"]
            self._touched(condition, question, view, None)
            return view

        def undo_fn():
            gone = self.current_id(first["id"])
            self.ctx.call(responses.discard_response, self.workshop_id, gone)
            self._touched(condition, question, None, gone)

        command = self._push(translate("ResponseCommands", "Record input"), do, undo_fn)
        return None if command.failed else first.get("id")

    def edit(self, response_id: str, old: str, new: str, where: tuple[str, str]) -> bool:
        return self._simple(
            translate("ResponseCommands", "Edit input"),
            where,
            lambda: self.ctx.call(
                responses.edit_response, self.workshop_id, self.current_id(response_id), new
            ),
            lambda: self.ctx.call(
                responses.edit_response, self.workshop_id, self.current_id(response_id), old
            ),
        )

    def withdraw(self, response_id: str, where: tuple[str, str]) -> bool:
        return self._simple(
            translate("ResponseCommands", "Withdraw input"),
            where,
            lambda: self.ctx.call(
                responses.withdraw_response, self.workshop_id, self.current_id(response_id)
            ),
            lambda: self.ctx.call(responses.restore_response, self.workshop_id, self.current_id(response_id)),
        )

    def restore(self, response_id: str, where: tuple[str, str]) -> bool:
        return self._simple(
            translate("ResponseCommands", "Restore input"),
            where,
            lambda: self.ctx.call(responses.restore_response, self.workshop_id, self.current_id(response_id)),
            lambda: self.ctx.call(
                responses.withdraw_response, self.workshop_id, self.current_id(response_id)
            ),
        )

    def reattribute(
        self, response_id: str, old: Attribution, new: Attribution, where: tuple[str, str]
    ) -> bool:
        """Say that someone else said it. `old` carries the group stored with the words, so undo puts
        back exactly what was there (a person's group at the time, or a group alone)."""

        def attribute(who: Attribution):
            return lambda: self.ctx.call(
                responses.attribute_response,
                self.workshop_id,
                self.current_id(response_id),
                participant_id=who.participant_id,
                stakeholder_group=who.stakeholder_group,
            )

        return self._simple(
            translate("ResponseCommands", "Change who said it"), where, attribute(new), attribute(old)
        )

    def vote(self, response_id: str, delta: int, old_votes: int, where: tuple[str, str]) -> bool:
        """Add or take back a vote. Raises VoteBudgetExceeded (nothing pushed) when over budget."""
        rid = self.current_id(response_id)
        if delta > 0:
            budget = self.ctx.call(responses.vote_budget, self.workshop_id, where[0])
            if budget is not None and budget[0] + delta > budget[1]:
                raise VoteBudgetExceeded(
                    translate(
                        "ResponseCommands",
                        "All {value} votes for this condition have been placed; take one back first, or "
                        "raise the votes per person in Setup.",
                    ).format(value=budget[1])
                )
        return self._simple(
            translate("ResponseCommands", "Add a vote")
            if delta > 0
            else translate("ResponseCommands", "Take back a vote"),
            where,
            lambda: self.ctx.call(responses.vote, self.workshop_id, self.current_id(rid), delta),
            lambda: self.ctx.call(responses.set_votes, self.workshop_id, self.current_id(rid), old_votes),
        )

    def set_votes(self, response_id: str, old_votes: int, new_votes: int, where: tuple[str, str]) -> bool:
        """Set the votes counted for one idea (a tally from the wall). Raises VoteBudgetExceeded
        (nothing pushed) when the condition's budget would be passed."""
        rid = self.current_id(response_id)
        budget = self.ctx.call(responses.vote_budget, self.workshop_id, where[0])
        if budget is not None and budget[0] - old_votes + new_votes > budget[1]:
            raise VoteBudgetExceeded(
                translate(
                    "ResponseCommands",
                    "That would place {total} of the {value} votes for this condition; "
                    "{left} are left for this idea.",
                ).format(
                    total=budget[0] - old_votes + new_votes,
                    value=budget[1],
                    left=budget[1] - budget[0] + old_votes,
                )
            )
        return self._simple(
            translate("ResponseCommands", "Set votes to {n}").format(n=new_votes),
            where,
            lambda: self.ctx.call(responses.set_votes, self.workshop_id, self.current_id(rid), new_votes),
            lambda: self.ctx.call(responses.set_votes, self.workshop_id, self.current_id(rid), old_votes),
        )

    def make_action_item(self, response_id: str) -> str | None:
        """Create an action item from a response; returns its id (changes after undo/redo)."""
        made: dict[str, str] = {}

        def do():
            item = self.ctx.call(
                action_items.create_from_response, self.workshop_id, self.current_id(response_id)
            )
            made["id"] = item.id
            return item

        def undo_fn():
            self.ctx.call(action_items.delete_action_item, self.workshop_id, made["id"])

        command = self._push(
            translate("ResponseCommands", "Make action item"), do, undo_fn, what="action_items"
        )
        return None if command.failed else made.get("id")

    def _simple(self, label: str, where: tuple[str, str], do, undo_fn) -> bool:
        def forward():
            result = do()
            self._touched(*where, result, None)
            return result

        def backward():
            self._touched(*where, undo_fn(), None)

        return not self._push(label, forward, backward).failed
