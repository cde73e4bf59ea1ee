"""Reminders that know when you are at the desk (issue 23): the real scheduler with a fake
wall clock, the harness's fake session clock, and a scripted desk standing in for the
desktop's detectors (their own tests run them on a real Xvfb, openbox and PulseAudio)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection
from datetime import datetime

import pytest
from PySide6.QtCore import QTimer

from app.__main__ import add_reminder_offers, add_tray
from app.core.reminders import BedtimeReminder, BreakReminder, Kind, ReminderSettings
from app.core.session import Stage
from app.platform.activity import CannotTell, Concern, Desk, Look, Polled
from app.ui.reminders.scheduler import ReminderScheduler

from .test_reminders import BEDTIME, FakeWall, at

WORK = ReminderSettings(breaks=BreakReminder(on=True, after_min=90, max_per_day=2, break_min=5))


class ScriptedDesk:
    """What the desktop says, set by the test. `told`: the concerns it tells of changes in;
    a change of one of those calls the scheduler back, as the Desk's watches do."""

    def __init__(self, idle_s: float | None = 0.0, told: Collection[Concern] = ()) -> None:
        self.idle_s = idle_s
        self.on: set[Concern] = set()
        self.told = frozenset(told)
        self.changed: Callable[[], None] | None = None
        self.looks = 0

    def look(self, concerns: frozenset[Concern] = frozenset(Concern)) -> Look:
        self.looks += 1
        if Concern.LOCKED in self.on:  # as the Desk: nothing else is asked while locked
            return Look(None, frozenset({Concern.LOCKED}), frozenset())
        return Look(self.idle_s, frozenset(self.on), frozenset())

    def watch(self, changed: Callable[[], None], idle_after_s: float) -> frozenset[Concern]:
        self.changed = changed
        return self.told

    def unwatch(self) -> None:
        self.changed = None

    def set(self, concern: Concern, on: bool) -> None:
        (self.on.add if on else self.on.discard)(concern)
        if self.changed is not None and concern in self.told:
            self.changed()


class DeskRig:
    def __init__(
        self, harness, settings: ReminderSettings, start: datetime, desk, sessions: int = 0
    ) -> None:
        self.h = harness
        harness.store.prefs.reminders = settings
        self.wall = FakeWall(start)
        self.desk = desk
        self.scheduler = ReminderScheduler(
            harness.store,
            self.wall,
            desk=desk,
            clock=harness.clock,
            sessions_on=lambda _day: sessions,
            parent=harness.window,
        )
        self.scheduler.follow(harness.controller)
        self.offered: list = []
        self.scheduler.due.connect(self.offered.append)
        self.scheduler.check()

    def armed_in(self) -> float | None:
        """Seconds until the one timer fires, None when none is armed."""
        timers = [t for t in self.h.window.findChildren(QTimer) if t.isActive()]
        assert sum(t.parent() is self.scheduler for t in timers) <= 1
        return self.scheduler.timer.interval() / 1000 if self.scheduler.timer.isActive() else None

    def run(self, minutes: float) -> None:
        """Time passes; the timer fires whenever it is due, as the event loop would."""
        left = minutes * 60
        while self.scheduler.timer.isActive() and self.scheduler.timer.interval() / 1000 <= left:
            step = self.scheduler.timer.interval() / 1000
            self._advance(step)
            left -= step
            self.scheduler.timer.stop()
            self.scheduler.timer.timeout.emit()
        self._advance(left)

    def _advance(self, seconds: float) -> None:
        self.wall.advance(seconds=seconds)
        self.h.clock.advance(seconds)
        if isinstance(self.desk, ScriptedDesk) and self.desk.idle_s:
            self.desk.idle_s += seconds  # away: the time since the last input grows


@pytest.fixture
def desk_rig(harness):
    rigs: list[DeskRig] = []

    def make(settings, start, desk=None, sessions=0):
        rigs.append(DeskRig(harness, settings, start, desk or ScriptedDesk(), sessions))
        return rigs[-1]

    yield make
    for r in rigs:
        r.scheduler.timer.stop()


WAITING = {
    Concern.FULL_SCREEN: "Waiting: a window is full screen",
    Concern.DO_NOT_DISTURB: "Waiting: do not disturb is on",
    Concern.CALL: "Waiting: a call is on",
    Concern.LOCKED: "Waiting: the screen is locked",
}


@pytest.mark.parametrize("concern", list(WAITING), ids=lambda c: c.name.lower())
def test_a_due_bedtime_reminder_waits_while_a_condition_holds_and_comes_when_it_ends(
    desk_rig, concern
):
    rig = desk_rig(BEDTIME, at("21:40"))
    rig.desk.set(concern, True)
    rig.run(minutes=10)  # 21:45 passes
    assert rig.offered == []
    assert rig.scheduler.state == WAITING[concern]
    assert rig.armed_in() is not None and rig.armed_in() <= 60, "asked again within a minute"
    rig.desk.set(concern, False)
    rig.run(minutes=1)
    assert [(r.kind, r.at) for r in rig.offered] == [(Kind.BEDTIME, at("21:45"))]


def test_a_watched_condition_ending_offers_at_once(desk_rig):
    rig = desk_rig(BEDTIME, at("21:44"), ScriptedDesk(told={Concern.DO_NOT_DISTURB}))
    rig.desk.set(Concern.DO_NOT_DISTURB, True)
    rig.run(minutes=2)
    assert rig.offered == []
    rig.desk.set(Concern.DO_NOT_DISTURB, False)  # the desktop's signal, no timer
    assert [r.kind for r in rig.offered] == [Kind.BEDTIME]


def test_a_condition_the_person_does_not_wait_for_holds_nothing_back(desk_rig):
    settings = BEDTIME._replace(wait_while=frozenset())
    rig = desk_rig(settings, at("21:44"))
    rig.desk.set(Concern.FULL_SCREEN, True)
    rig.run(minutes=2)
    assert [r.kind for r in rig.offered] == [Kind.BEDTIME]


def test_a_reminder_held_back_past_its_freshness_is_passed_over(desk_rig):
    rig = desk_rig(BEDTIME, at("21:40"))
    rig.desk.set(Concern.CALL, True)
    rig.run(minutes=55)  # 22:35: after bedtime, the 45 min of grace gone
    rig.desk.set(Concern.CALL, False)
    rig.run(minutes=2)
    assert rig.offered == []


def test_a_break_comes_after_ninety_minutes_of_work_and_the_tray_counts_down(desk_rig):
    rig = desk_rig(WORK, at("09:00"))
    offers = add_reminder_offers(rig.h.ui, rig.scheduler, lambda: True)
    tray = add_tray(rig.h.ui, offers, available=lambda: True)
    assert rig.scheduler.state == "Break after 90 more min of work"
    rig.run(minutes=78)
    assert rig.offered == []
    assert tray.icon.toolTip().endswith("Break after 12 more min of work")
    tray.menu.aboutToShow.emit()
    assert tray.menu.actions()[0].text() == "Break after 12 more min of work"
    assert not tray.menu.actions()[0].isEnabled(), "a line to read"
    rig.run(minutes=12)
    assert [(r.kind, r.at) for r in rig.offered] == [(Kind.BREAK, at("10:30"))]
    tray.menu.aboutToShow.emit()
    assert tray.menu.actions()[0].text() == "Time for a break", "the offer heads the menu"


def test_a_natural_break_starts_the_count_again(desk_rig):
    rig = desk_rig(WORK, at("09:00"))
    rig.run(minutes=60)
    rig.desk.idle_s = 1.0  # up from the desk
    rig.run(minutes=7)
    assert rig.scheduler.state.startswith("Away: break after")
    rig.desk.idle_s = 0.0  # back
    rig.run(minutes=1)
    assert rig.scheduler.state == "Break after 90 more min of work", "the count started again"
    rig.run(minutes=60)
    assert rig.offered == []


def test_a_locked_screen_is_time_away_and_wakes_nothing_when_the_lock_is_watched(desk_rig):
    rig = desk_rig(WORK, at("09:00"), ScriptedDesk(told={Concern.LOCKED}))
    rig.run(minutes=80)
    rig.desk.set(Concern.LOCKED, True)
    assert rig.armed_in() is None, "no wake-ups behind a lock the desktop tells of"
    assert rig.scheduler.state == "Away: break after 10 more min of work"
    rig.run(minutes=30)
    rig.desk.set(Concern.LOCKED, False)
    assert rig.scheduler.state == "Break after 90 more min of work", "the lock was a break"
    assert rig.offered == []


def test_a_due_break_waits_for_the_call_to_end(desk_rig):
    rig = desk_rig(WORK, at("09:00"))
    rig.run(minutes=85)
    rig.desk.set(Concern.CALL, True)
    rig.run(minutes=20)
    assert rig.offered == []
    assert rig.scheduler.state == "Waiting: a call is on"
    rig.desk.set(Concern.CALL, False)
    rig.run(minutes=1)
    assert [r.kind for r in rig.offered] == [Kind.BREAK]


def test_later_and_skip_today_work_on_the_work_count(desk_rig):
    rig = desk_rig(WORK, at("09:00"))
    rig.run(minutes=90)
    rig.scheduler.ask_later(rig.offered[-1])
    assert rig.scheduler.state == "Asking about a break again in 10 min"
    rig.run(minutes=10)
    assert len(rig.offered) == 2
    rig.scheduler.skip_today(rig.offered[-1])
    assert rig.scheduler.state == "No more breaks offered today"
    rig.run(minutes=200)
    assert len(rig.offered) == 2


def test_at_most_two_a_day_with_the_sessions_done_counted(desk_rig):
    rig = desk_rig(WORK, at("09:00"), sessions=1)
    rig.run(minutes=90)
    assert len(rig.offered) == 1
    rig.run(minutes=180)
    assert len(rig.offered) == 1
    assert rig.scheduler.state == "No more breaks offered today"


def test_a_session_is_the_break_and_nothing_counts_during_it(desk_rig):
    rig = desk_rig(WORK, at("09:00"))
    rig.run(minutes=80)
    rig.h.flow.quick_start(300.0)
    rig.h.flow.begin()
    assert rig.armed_in() is None
    rig.h.advance_to_stage(Stage.DONE)  # the seated pause over
    assert rig.scheduler.state == "Break after 90 more min of work"


def test_without_an_idle_source_breaks_come_by_the_clock_and_the_tray_says_when(desk_rig):
    rig = desk_rig(WORK, at("09:00"), ScriptedDesk(idle_s=None))
    assert rig.scheduler.state == "Next break at 10:30"
    rig.run(minutes=91)
    assert [(r.kind, r.at) for r in rig.offered] == [(Kind.BREAK, at("10:30"))]


def test_nothing_is_asked_or_armed_while_reminders_are_off(desk_rig):
    rig = desk_rig(ReminderSettings(), at("09:00"))
    rig.run(minutes=300)
    assert rig.desk.looks == 0
    assert rig.desk.changed is None, "nothing watched"
    assert rig.armed_in() is None
    assert rig.scheduler.state == ""


class Broken(Polled):
    def __init__(self, concern: Concern, fault: Exception) -> None:
        self.concern, self.way, self.fault = concern, f"broken {concern.value}", fault

    def read(self) -> float | bool:
        raise self.fault


class Answers(Polled):
    def __init__(self, concern: Concern, answer: float | bool) -> None:
        self.concern, self.way, self.answer = concern, f"scripted {concern.value}", answer

    def read(self) -> float | bool:
        return self.answer


def test_a_detector_that_fails_is_logged_once_and_the_reminders_go_on(desk_rig, caplog):
    """A real Desk: one way raises a bug, one cannot tell (a D-Bus timeout, pactl garbage)."""
    desk = Desk(
        [
            Broken(Concern.FULL_SCREEN, RuntimeError("a bug")),
            Broken(Concern.CALL, CannotTell("pactl answered garbage")),
            Answers(Concern.IDLE, 0.0),
        ]
    )
    with caplog.at_level(logging.WARNING):
        rig = desk_rig(WORK, at("09:00"), desk)
        rig.run(minutes=90)
    assert [r.kind for r in rig.offered] == [Kind.BREAK]
    failures = [r for r in caplog.records if "cannot tell" in r.getMessage()]
    assert len(failures) == 2


def test_a_desk_that_raises_is_logged_once_and_bedtime_still_comes(desk_rig, caplog):
    class Raising(ScriptedDesk):
        def look(self, concerns: frozenset[Concern] = frozenset(Concern)) -> Look:
            raise OSError("the display went away")

    with caplog.at_level(logging.WARNING):
        rig = desk_rig(BEDTIME, at("21:40"), Raising())
        rig.run(minutes=10)
        rig.scheduler.check()
    assert [r.kind for r in rig.offered] == [Kind.BEDTIME]
    assert sum("could not be asked" in r.getMessage() for r in caplog.records) == 1


def test_bedtime_alone_arms_one_timer_for_its_slot_and_wakes_for_nothing_else(desk_rig):
    rig = desk_rig(ReminderSettings(bedtime=BedtimeReminder(on=True)), at("20:00"))
    assert rig.armed_in() == pytest.approx(105 * 60)
    assert rig.desk.looks == 1
    rig.run(minutes=106)
    assert rig.desk.looks == 2
    assert [r.at for r in rig.offered] == [at("21:45")]
