"""Time boxes survive a restart: the countdown (and five minutes added) carries on where it was."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from plworkshop.ui.facilitation.agenda_timer import format_seconds
from plworkshop.ui.facilitation.facilitation_page import FacilitationPage


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_time_boxes_carry_on_after_a_restart(qtbot, ctx, workshop, monkeypatch):
    clock = FakeClock()
    monkeypatch.setattr(FacilitationPage, "clock", staticmethod(clock))
    first = FacilitationPage(ctx)
    qtbot.addWidget(first)
    first.resize(1366, 768)
    first.show()
    first.show_workshop(workshop.id)
    first.step(1)
    first.responses.entry.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first.responses.entry)
    key = first.position.condition
    clock.now += 10 * 60  # ten minutes of the 45 pass
    qtbot.keyClick(
        QApplication.focusWidget(),
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )  # +5 min
    assert format_seconds(first.timers.timer(key).remaining()) == "40:00"
    first.close()  # quitting the app
    first.clear()
    first.deleteLater()

    clock.now += 3600  # the app was closed for an hour: that does not count
    again = FacilitationPage(ctx)
    qtbot.addWidget(again)
    again.resize(1366, 768)
    again.show()
    again.show_workshop(workshop.id)
    again.step(1)
    assert again.position.condition == key
    assert format_seconds(again.timers.timer(key).remaining()) == "40:00"
    assert again.timer.text() == "40:00"


def test_the_page_remembers_where_the_facilitator_was(qtbot, ctx, workshop):
    first = FacilitationPage(ctx)
    qtbot.addWidget(first)
    first.show_workshop(workshop.id)
    first.step(1)
    first.step(1)
    place = first.position
    first.clear()
    again = FacilitationPage(ctx)
    qtbot.addWidget(again)
    again.show_workshop(workshop.id)
    assert again.position is None  # opening a workshop by itself does not jump anywhere
    assert again.resume() and again.position == place
