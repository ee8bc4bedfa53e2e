"""The room session from the projector: a Start button that never takes the keyboard from the desk, the
join address and a QR code on the wall while the session runs, and End (after a question)."""

from __future__ import annotations

import socket

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from plworkshop.ui.room.room_dialogs import StartRoomDialog
from plworkshop.ui.shell.pages import FACILITATE


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _answer_when_shown(qtbot, kind, answer) -> list:
    """Run `answer(dialog)` once a modal `kind` is up (the click that opens it waits in its exec)."""
    seen = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            seen.append(dialog)
            answer(dialog)
        elif len(seen) == 0:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    return seen


def _start_on_loopback(dialog: StartRoomDialog) -> None:
    dialog.address.setCurrentIndex(dialog.address.findData("127.0.0.1"))
    dialog.port.setValue(_free_port())
    focused = QApplication.focusWidget()
    target = focused if focused is not None and focused.window() is dialog else dialog
    QTest_key(target, Qt.Key.Key_Return)


def QTest_key(widget, key) -> None:  # noqa: N802 - reads like the call it wraps
    from PySide6.QtTest import QTest

    QTest.keyClick(widget, key)


def test_start_and_end_the_room_from_the_projector_keeps_the_keyboard_at_the_desk(
    qtbot, window, workshop, db, tmp_path
):
    window.open_workshop(workshop.id, page=FACILITATE)
    page = window.page(FACILITATE)
    page.step(1)
    page.responses.entry.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.responses.entry)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F5)
    projector = window.projector
    assert projector is not None and projector.isVisible()
    assert QApplication.focusWidget() is page.responses.entry  # F5 still leaves the keyboard here
    button = projector.room_button
    assert button.isVisible() and button.text() == "Start room session"
    assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert not projector.room_qr.isVisible()

    started = _answer_when_shown(qtbot, StartRoomDialog, _start_on_loopback)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert started, "the projector's Start opened the start dialog"
    room = window.room
    assert room is not None and room.running and room.workshop_id == workshop.id
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.responses.entry)  # back at the desk
    qtbot.waitUntil(lambda: projector.room_qr.isVisible() and not projector.room_qr.pixmap().isNull())
    assert room.url in projector.room_address.text()
    assert projector.room_qr.pixmap().width() >= 96
    assert button.text() == "End room session"
    projector.grab().save(str(tmp_path / "projector-room.png"))
    # the facilitator keeps typing while the room joins
    qtbot.keyClicks(QApplication.focusWidget(), "typed at the desk")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    # End asks first; keeping it running changes nothing
    kept = _answer_when_shown(qtbot, QMessageBox, lambda box: QTest_key(box, Qt.Key.Key_Escape))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert kept and room.running
    ended = _answer_when_shown(qtbot, QMessageBox, lambda box: QTest_key(box, Qt.Key.Key_E))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert ended and not room.running
    qtbot.waitUntil(lambda: button.text() == "Start room session" and not projector.room_qr.isVisible())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.responses.entry)
    from plworkshop.services import responses

    assert [r.text for r in responses.list_responses(db.uow(), workshop.id)] == ["typed at the desk"]
