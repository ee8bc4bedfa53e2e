"""A busy room and the facilitator's list: writes reach the window in groups, and votes from the room
reorder the list in place, leaving the facilitator's selection and keyboard where they were."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from room_http import post


def test_a_burst_of_room_writes_reaches_the_window_grouped(qtbot, ctx):
    from plworkshop.ui.room.room_controller import RoomController

    room = RoomController(ctx.database_url)
    heard: list[list] = []
    room.room_input.connect(heard.append)
    for kind in ("response", "vote", "response", "placement", "vote"):
        room._relay.emit([kind])  # what the server's writer thread sends after each commit
    assert heard == [["response"]]  # the first at once
    qtbot.waitUntil(lambda: len(heard) == 2)
    assert sorted(heard[1]) == ["placement", "response", "vote"]  # the rest together, each kind once
    qtbot.wait(2 * 250 + 50)
    assert len(heard) == 2  # nothing more to say


def _ids_in_view(panel) -> list[str]:
    return [r.id for r in panel.visible_responses()]


def test_room_votes_reorder_the_list_and_the_selection_stays(started, qtbot):
    _window, facilitation, room, base = started
    panel = facilitation.responses
    device = post(f"{base}/join", {"participant": None, "stakeholder_group": "families"})["device"]
    ideas = [str(uuid.uuid4()) for _ in range(3)]
    for n, rid in enumerate(ideas):
        post(f"{base}/responses", {"id": rid, "text": f"Idea {n + 1} from the room"}, device)
    qtbot.waitUntil(lambda: sorted(_ids_in_view(panel)) == sorted(ideas), timeout=15_000)
    assert panel.sort_box.currentIndex() == 0  # most votes first

    panel.entry.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.entry)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # to the list
    assert QApplication.focusWidget() is panel.table
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    chosen = panel.selected()
    assert chosen is not None and chosen.id == _ids_in_view(panel)[-1]  # the last row

    room.set_controls(voting_open=True)
    other = _ids_in_view(panel)[1]
    post(f"{base}/votes", {"response": other, "delta": 1}, device)
    post(f"{base}/votes", {"response": other, "delta": 1}, device)
    qtbot.waitUntil(lambda: _ids_in_view(panel)[0] == other, timeout=15_000)  # moved to the top
    assert next(r.votes for r in panel.visible_responses() if r.id == other) == 2
    assert panel.selected() is not None and panel.selected().id == chosen.id  # still the chosen idea
    assert QApplication.focusWidget() is panel.table
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Plus)  # and the keyboard still acts on it
    qtbot.waitUntil(
        lambda: next(r.votes for r in panel.visible_responses() if r.id == chosen.id) == 1, timeout=15_000
    )
