"""The agenda time boxes, driven by a fake clock: start on entry, pause on leaving, warnings, extend."""

from plworkshop.ui.facilitation.agenda_timer import (
    FINAL,
    NORMAL,
    OVER,
    SOON,
    AgendaTimer,
    AgendaTimers,
    format_seconds,
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_timer_counts_down_and_warns_at_five_and_one_minute():
    clock = FakeClock()
    timer = AgendaTimer(10 * 60, clock)
    timer.start()
    assert timer.level() == NORMAL
    clock.now += 5 * 60 - 1
    assert timer.level() == NORMAL
    clock.now += 1
    assert timer.level() == SOON
    clock.now += 4 * 60
    assert timer.level() == FINAL
    clock.now += 60
    assert timer.level() == OVER
    clock.now += 42
    assert format_seconds(timer.remaining()) == "+0:42"


def test_pause_keeps_time_and_extend_adds_five_minutes():
    clock = FakeClock()
    timer = AgendaTimer(60, clock)
    timer.start()
    clock.now += 20
    timer.pause()
    clock.now += 500
    assert timer.remaining() == 40
    timer.extend()
    assert timer.remaining() == 340
    timer.start()
    clock.now += 40
    assert timer.remaining() == 300


def test_timers_start_on_first_entry_and_keep_their_own_time():
    clock = FakeClock()
    timers = AgendaTimers(clock)
    timers.configure({"a": 45, "b": 30})
    assert not timers.timer("a").started
    timers.enter("a")
    clock.now += 600
    timers.enter("b")
    clock.now += 300
    assert timers.timer("a").remaining() == 45 * 60 - 600
    assert timers.timer("b").remaining() == 30 * 60 - 300
    timers.enter("a")
    clock.now += 60
    assert timers.timer("a").remaining() == 45 * 60 - 660


def test_a_timer_paused_by_hand_stays_paused_when_coming_back():
    clock = FakeClock()
    timers = AgendaTimers(clock)
    timers.configure({"a": 10, "b": 10})
    timers.enter("a")
    assert timers.toggle_pause() is False
    timers.enter("b")
    timers.enter("a")
    clock.now += 100
    assert timers.timer("a").remaining() == 600
    assert timers.toggle_pause() is True


def test_format_rounds_up_like_a_kitchen_timer():
    assert format_seconds(600) == "10:00"
    assert format_seconds(59.2) == "1:00"
    assert format_seconds(0.2) == "0:01"
    assert format_seconds(0) == "0:00"
