"""While the room votes, the facilitator's vote line shows each device's own dots, live; when voting
closes, the shared pool comes back."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from room_http import post

from plworkshop.services import roster


def _open_room_window(window, room, qtbot):
    from plworkshop.ui.room.room_window import RoomWindow

    panel = RoomWindow(window.ctx, room, window)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    panel.voting_open.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.voting_open)
    return panel


def test_room_voting_shows_per_device_budgets_live_and_the_pool_returns(started, qtbot, db, workshop):
    window, facilitation, room, base = started
    pool, line = facilitation.responses.budget, facilitation.responses.room_budget
    assert pool.text().startswith("Votes left:") and pool.isVisible() and not line.isVisible()

    families = post(f"{base}/join", {"participant": None, "stakeholder_group": "families"})["device"]
    anonymous = post(f"{base}/join", {})["device"]
    named = next(p for p in roster.list_participants(db.uow(), workshop.id) if p.name == "Ana Ruiz")
    ana_phone = post(f"{base}/join", {"participant": named.id})["device"]
    ana_laptop = post(f"{base}/join", {"participant": named.id})["device"]  # one person, one budget
    idea = str(uuid.uuid4())
    post(f"{base}/responses", {"id": idea, "text": "Shared planning time"}, families)

    panel = _open_room_window(window, room, qtbot)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # voting opens
    assert room.server.session.voting_open is True
    qtbot.waitUntil(lambda: line.text() == "Room voting: 3 devices, 3 dots each; 0 of 9 dots spent")
    assert line.isVisible() and not pool.isVisible()  # in place of the shared pool

    for token in (families, families, ana_phone, ana_laptop):
        post(f"{base}/votes", {"response": idea, "delta": 1}, token)
    qtbot.waitUntil(lambda: line.text() == "Room voting: 3 devices, 3 dots each; 4 of 9 dots spent")
    details = line.toolTip().splitlines()
    assert details[0] == "3 of 3 still have dots to place."
    assert "Ana Ruiz (2 devices): 2 spent, 1 left" in details
    assert "A member of: Families: 2 spent, 1 left" in details
    assert "Anonymous device 1: 0 spent, 3 left" in details
    assert line.accessibleDescription() == line.toolTip()

    post(f"{base}/join", {"participant": None, "stakeholder_group": "policymakers"})
    qtbot.waitUntil(lambda: line.text() == "Room voting: 4 devices, 3 dots each; 4 of 12 dots spent")
    post(f"{base}/votes", {"response": idea, "delta": 1}, anonymous)
    qtbot.waitUntil(lambda: line.text() == "Room voting: 4 devices, 3 dots each; 5 of 12 dots spent")

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # voting closes
    assert room.server.session.voting_open is False
    qtbot.waitUntil(lambda: pool.isVisible() and not line.isVisible())
    assert pool.text().startswith("Votes left:")
    panel.close()


def test_one_device_then_the_session_ends_and_the_pool_returns(started, qtbot, db, workshop):
    _window, facilitation, room, base = started
    declined = next(p for p in roster.list_participants(db.uow(), workshop.id) if not p.named_in_report)
    room.set_controls(voting_open=True)
    # a person who declined cannot join by name; their group is what the room's line can show
    post(f"{base}/join", {"participant": None, "stakeholder_group": declined.stakeholder_group})
    pool, line = facilitation.responses.budget, facilitation.responses.room_budget
    qtbot.waitUntil(lambda: line.text() == "Room voting: 1 device, 3 dots each; 0 of 3 dots spent")
    assert declined.name not in line.toolTip()
    room.end()
    qtbot.waitUntil(lambda: pool.isVisible() and not line.isVisible())
    assert pool.text().startswith("Votes left:")
