"""The desktop app reacting to the room: real HTTP requests from 127.0.0.1 reach the lists and the grid."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from room_http import post as _post

from plworkshop.services import assessments, responses


def test_room_input_appears_in_the_response_list_live(started, qtbot, db, workshop):
    _window, facilitation, _room, base = started
    device = _post(f"{base}/join", {"participant": None, "stakeholder_group": "families"})["device"]
    rid = str(uuid.uuid4())
    _post(f"{base}/responses", {"id": rid, "text": "From a phone at table 3"}, device)
    model = facilitation.responses.model

    def listed():
        texts = [model.index(r, 0).data(Qt.ItemDataRole.DisplayRole) or "" for r in range(model.rowCount())]
        texts += [
            model.index(r, c).data() or ""
            for r in range(model.rowCount())
            for c in range(model.columnCount())
        ]
        return any("From a phone at table 3" in t for t in texts)

    qtbot.waitUntil(listed, timeout=10_000)
    row = next(
        r
        for r in range(model.rowCount())
        if "From a phone" in (model.index(r, 0).data() or "")
        or any("From a phone" in (model.index(r, c).data() or "") for c in range(model.columnCount()))
    )
    speakers = [model.index(row, c).data() or "" for c in range(model.columnCount())]
    assert any(s.endswith(" · from the room") and "Families" in s for s in speakers)
    saved = [r for r in responses.list_responses(db.uow(), workshop.id) if r.id == rid]
    assert saved and saved[0].stakeholder_group == "families"


def test_the_facilitator_moving_on_moves_the_room(started, qtbot):
    _window, facilitation, room, base = started
    device = _post(f"{base}/join", {})["device"]
    request = urllib.request.Request(f"{base}/state", headers={"Authorization": f"Bearer {device}"})
    before = json.loads(urllib.request.urlopen(request, timeout=20).read())["question"]["key"]
    facilitation.navigator.setFocus()
    facilitation.step(1)  # the next question, as the navigator's Down key does
    qtbot.waitUntil(lambda: room.server.session.position.question != before, timeout=10_000)
    after = json.loads(urllib.request.urlopen(request, timeout=20).read())["question"]["key"]
    assert after == facilitation.position.question != before


def test_placements_fill_the_self_assessment_grid(started, qtbot, db, workshop):
    window, _facilitation, room, base = started
    from plworkshop.services import roster

    named = next(p for p in roster.list_participants(db.uow(), workshop.id) if p.named_in_report)
    device = _post(f"{base}/join", {"participant": named.id})["device"]
    condition = room.server.session.position.condition
    seen = []
    window.ctx.data_changed.connect(lambda wid, what: seen.append(what))
    _post(f"{base}/placements/{condition}", {"stage": 2, "note": "from the room"}, device, method="PUT")
    qtbot.waitUntil(lambda: "assessments" in seen, timeout=10_000)
    placed = [
        a
        for a in assessments.list_assessments(db.uow(), workshop.id, condition)
        if a.participant_id == named.id
    ]
    assert [(a.stage, a.note) for a in placed] == [(2, "from the room")]


def test_room_window_switches_pause_and_open_voting_by_keyboard(started, qtbot):
    from plworkshop.ui.room.room_window import RoomWindow

    window, _facilitation, room, base = started
    panel = RoomWindow(window.ctx, room, window)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    panel.input_open.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.input_open)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert room.server.session.input_open is False
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.voting_open
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert room.server.session.voting_open is True
    device = _post(f"{base}/join", {})["device"]
    try:
        _post(f"{base}/responses", {"id": str(uuid.uuid4()), "text": "while paused"}, device)
        refused = None
    except urllib.error.HTTPError as exc:
        refused = exc.code
    assert refused == 409
    assert room.url in panel.join.address.text()


def test_the_projector_shows_the_join_address_and_a_large_qr(started, qtbot, tmp_path):
    from plworkshop.ui.room.room_window import RoomWindow

    window, _facilitation, room, _base = started
    panel = RoomWindow(window.ctx, room, window)
    qtbot.addWidget(panel)
    panel.show()
    panel.on_projector.setChecked(True)
    projector = window.projector
    qtbot.waitUntil(lambda: projector is not None and projector.isVisible())
    projector.resize(1280, 800)
    qtbot.waitUntil(
        lambda: projector.join is not None
        and projector.join.code.pixmap() is not None
        and projector.join.code.pixmap().width() >= 400
    )  # large enough to scan across a room
    assert projector.stack.currentWidget() is projector.join
    assert projector.join.address.text() == room.url
    projector.grab().save(str(tmp_path / "projector-join.png"))
    panel.on_projector.setChecked(False)
    assert projector.join is None
