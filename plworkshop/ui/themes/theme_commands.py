"""Every change to themes as an undoable step: group ideas, move them, rename, dissolve, vote, and make
an action item from a theme. A step that undoes another puts back exactly what was there."""

from __future__ import annotations

from plworkshop.domain.errors import VoteBudgetExceeded
from plworkshop.domain.grouping_models import ThemeView
from plworkshop.services import action_items, responses, themes
from plworkshop.ui import undo
from plworkshop.ui.context import UiContext
from plworkshop.ui.i18n import translate


class ThemeEditor:
    """Pushes undo commands for one workshop's themes; `changed(workshop_id, "themes")` follows each."""

    def __init__(self, ctx: UiContext, workshop_id: str, widget) -> None:
        self.ctx = ctx
        self.workshop_id = workshop_id
        self.widget = widget

    def _push(self, text: str, do, undo_fn, what: str = "themes") -> undo.CallbackCommand:
        return undo.push(
            self.ctx, text, do, undo_fn, workshop_id=self.workshop_id, what=what, parent_widget=self.widget
        )

    def _membership(self, condition: str) -> dict[str, str]:
        """idea id -> theme id, for putting ideas back where they were."""
        return {
            rid: t.id
            for t in self.ctx.call(themes.list_themes, self.workshop_id, condition)
            for rid in t.response_ids
        }

    def _put_back(self, before: dict[str, str], ideas: tuple[str, ...]) -> None:
        self.ctx.call(themes.ungroup, self.workshop_id, ideas)
        by_theme: dict[str, list[str]] = {}
        for rid in ideas:
            if rid in before:
                by_theme.setdefault(before[rid], []).append(rid)
        for theme_id, ids in by_theme.items():
            self.ctx.call(themes.add_to_theme, self.workshop_id, theme_id, tuple(ids))

    def new_theme(self, condition: str, name: str, ideas: tuple[str, ...]) -> str | None:
        """A new theme holding `ideas`; returns its id (kept the same across undo and redo)."""
        before = self._membership(condition)
        made: dict[str, str] = {}

        def do():
            view = self.ctx.call(
                themes.create_theme,
                self.workshop_id,
                condition=condition,
                name=name,
                response_ids=ideas,
                theme_id=made.get("id"),
            )
            made["id"] = view.id
            return view

        def undo_fn():
            self.ctx.call(themes.delete_theme, self.workshop_id, made["id"])
            self._put_back(before, ideas)

        command = self._push(translate("ThemeCommands", "Group into a new theme"), do, undo_fn)
        return None if command.failed else made.get("id")

    def group(self, condition: str, theme_id: str, ideas: tuple[str, ...]) -> bool:
        before = self._membership(condition)
        return not self._push(
            translate("ThemeCommands", "Group into a theme"),
            lambda: self.ctx.call(themes.add_to_theme, self.workshop_id, theme_id, ideas),
            lambda: self._put_back(before, ideas),
        ).failed

    def ungroup(self, condition: str, ideas: tuple[str, ...]) -> bool:
        before = self._membership(condition)
        return not self._push(
            translate("ThemeCommands", "Take out of its theme"),
            lambda: self.ctx.call(themes.ungroup, self.workshop_id, ideas),
            lambda: self._put_back(before, ideas),
        ).failed

    def rename(self, theme: ThemeView, name: str) -> bool:
        return not self._push(
            translate("ThemeCommands", "Rename a theme"),
            lambda: self.ctx.call(themes.rename_theme, self.workshop_id, theme.id, name),
            lambda: self.ctx.call(themes.rename_theme, self.workshop_id, theme.id, theme.name),
        ).failed

    def dissolve(self, theme: ThemeView) -> bool:
        def undo_fn():
            self.ctx.call(
                themes.create_theme,
                self.workshop_id,
                condition=theme.condition,
                name=theme.name,
                response_ids=theme.response_ids,
                theme_id=theme.id,
            )
            self.ctx.call(themes.set_theme_votes, self.workshop_id, theme.id, theme.votes)

        return not self._push(
            translate("ThemeCommands", "Dissolve a theme"),
            lambda: self.ctx.call(themes.delete_theme, self.workshop_id, theme.id),
            undo_fn,
        ).failed

    def vote(self, theme: ThemeView, delta: int) -> bool:
        """Raises VoteBudgetExceeded (nothing pushed) when the condition's votes are all placed."""
        if delta > 0:
            budget = self.ctx.call(responses.vote_budget, self.workshop_id, theme.condition)
            if budget is not None and budget[0] + delta > budget[1]:
                raise VoteBudgetExceeded(
                    translate(
                        "ThemeCommands",
                        "All {value} votes for this condition have been placed; take one back "
                        "first, or raise the votes per person in Setup.",
                    ).format(value=budget[1])
                )
        return not self._push(
            translate("ThemeCommands", "Vote on a theme")
            if delta > 0
            else translate("ThemeCommands", "Take back a vote on a theme"),
            lambda: self.ctx.call(themes.vote_theme, self.workshop_id, theme.id, delta),
            lambda: self.ctx.call(themes.set_theme_votes, self.workshop_id, theme.id, theme.votes),
        ).failed

    def make_action_item(self, theme: ThemeView) -> str | None:
        made: dict[str, str] = {}

        def do():
            item = self.ctx.call(themes.action_item_from_theme, self.workshop_id, theme.id)
            made["id"] = item.id
            return item

        command = self._push(
            translate("ThemeCommands", "Make an action item from a theme"),
            do,
            lambda: self.ctx.call(action_items.delete_action_item, self.workshop_id, made["id"]),
            what="action_items",
        )
        return None if command.failed else made.get("id")
