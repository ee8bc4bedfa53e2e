"""The vote line while the room votes: each device's own dots, in place of the shared pool."""

from __future__ import annotations

from plworkshop.services.room.budgets import HolderBudget, RoomBudgets
from plworkshop.ui.i18n import translate

MAX_LISTED = 40
"""The tooltip lists this many budgets, fewest dots left first; the rest are counted."""


def holder_label(holder: HolderBudget, group_label) -> str:
    """Who holds a budget as the facilitator's panel names it (never a name that was declined)."""
    if holder.name:
        who = holder.name
    elif holder.group:
        who = translate("RoomBudget", "A member of: {group}").format(group=group_label(holder.group))
    else:
        who = translate("RoomBudget", "Anonymous device {n}").format(n=holder.number)
    if holder.devices > 1:
        who = translate("RoomBudget", "{who} ({n} devices)").format(who=who, n=holder.devices)
    return who


def room_budget_line(budgets: RoomBudgets) -> str:
    """One line: how many budgets, how many dots each, how many spent of all."""
    n = len(budgets.holders)
    if n == 0:
        return translate("RoomBudget", "Room voting: no device has joined yet")
    devices = (
        translate("RoomBudget", "1 device") if n == 1 else translate("RoomBudget", "{n} devices").format(n=n)
    )
    if budgets.per_person is None:
        return translate("RoomBudget", "Room voting: {devices}, no dot limit; {spent} dots placed").format(
            devices=devices, spent=budgets.spent
        )
    return translate(
        "RoomBudget", "Room voting: {devices}, {each} dots each; {spent} of {total} dots spent"
    ).format(devices=devices, each=budgets.per_person, spent=budgets.spent, total=budgets.total)


def room_budget_details(budgets: RoomBudgets, group_label) -> str:
    """Each budget's spent and left, one a line (plain text), fewest left first."""
    if not budgets.holders:
        return translate("RoomBudget", "Each device that joins gets its own dots.")
    lines = [
        translate("RoomBudget", "{left} of {n} still have dots to place.").format(
            left=budgets.with_dots_left, n=len(budgets.holders)
        )
    ]
    ordered = sorted(budgets.holders, key=lambda h: (h.left if h.left is not None else 1 << 30, -h.spent))
    for holder in ordered[:MAX_LISTED]:
        who = holder_label(holder, group_label)
        if holder.left is None:
            lines.append(translate("RoomBudget", "{who}: {spent} placed").format(who=who, spent=holder.spent))
        else:
            lines.append(
                translate("RoomBudget", "{who}: {spent} spent, {left} left").format(
                    who=who, spent=holder.spent, left=holder.left
                )
            )
    if len(ordered) > MAX_LISTED:
        lines.append(translate("RoomBudget", "and {n} more").format(n=len(ordered) - MAX_LISTED))
    return "\n".join(lines)
