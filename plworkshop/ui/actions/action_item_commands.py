"""Undoable edits of action items: create, change one field, link input, delete.

Undoing a delete creates the item again under a new id; commands keep the id they first saw and
look up the current one, so later edits in the undo history still apply.
"""

from __future__ import annotations

from plworkshop.domain.read_models import ActionItemView
from plworkshop.services import action_items
from plworkshop.ui import undo
from plworkshop.ui.context import UiContext
from plworkshop.ui.i18n import translate

WHAT = "action_items"


class ActionItemEditor:
    """Pushes one undo command per change for one workshop's action items."""

    def __init__(self, ctx: UiContext, workshop_id: str, widget) -> None:
        self.ctx = ctx
        self.workshop_id = workshop_id
        self.widget = widget
        self._current: dict[str, str] = {}
        self._origin: dict[str, str] = {}

    def current_id(self, item_id: str) -> str:
        origin = self._origin.get(item_id, item_id)
        return self._current.get(origin, item_id)

    def _remember(self, origin: str, new_id: str) -> None:
        self._current[origin] = new_id
        self._origin[new_id] = origin

    def _push(self, text: str, do, undo_fn) -> undo.CallbackCommand:
        return undo.push(
            self.ctx, text, do, undo_fn, workshop_id=self.workshop_id, what=WHAT, parent_widget=self.widget
        )

    def create(self, **values) -> str | None:
        made: dict[str, str] = {}

        def do():
            item = self.ctx.call(action_items.create_action_item, self.workshop_id, **values)
            made.setdefault("id", item.id)
            self._remember(made["id"], item.id)

        def undo_fn():
            self.ctx.call(action_items.delete_action_item, self.workshop_id, self.current_id(made["id"]))

        return (
            None
            if self._push(translate("ActionItemCommands", "New action item"), do, undo_fn).failed
            else made.get("id")
        )

    def change(self, item: ActionItemView, field: str, value) -> bool:
        old = getattr(item, field)
        label = (
            translate("ActionItemCommands", "Link input")
            if field == "response_ids"
            else translate("ActionItemCommands", "Edit action item {replace}").format(
                replace=field.replace("_", " ")
            )
        )
        return not self._push(
            label,
            lambda: self.ctx.call(
                action_items.update_action_item, self.workshop_id, self.current_id(item.id), **{field: value}
            ),
            lambda: self.ctx.call(
                action_items.update_action_item, self.workshop_id, self.current_id(item.id), **{field: old}
            ),
        ).failed

    def delete(self, item: ActionItemView) -> bool:
        values = {name: getattr(item, name) for name in action_items.EDITABLE_FIELDS}

        def do():
            self.ctx.call(action_items.delete_action_item, self.workshop_id, self.current_id(item.id))

        def undo_fn():
            again = self.ctx.call(
                action_items.create_action_item, self.workshop_id, restore_number=item.number, **values
            )
            self._remember(self._origin.get(item.id, item.id), again.id)

        return not self._push(translate("ActionItemCommands", "Delete action item"), do, undo_fn).failed
