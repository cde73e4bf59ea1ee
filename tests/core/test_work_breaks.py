"""Work breaks by working time (issue 23), with the fake clock: the session clock and the
local wall clock move together, and the desktop's idle time and conditions are told."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest

from app.core.clock import FakeClock
from app.core.reminders import (
    TITLES,
    WAITABLE,
    WAITING,
    BedtimeReminder,
    BreakReminder,
    Condition,
    Kind,
    Reminder,
    ReminderSettings,
    fresh,
    held_back,
    next_reminder,
)
from app.core.work_breaks import (
    CLOCK_SLOTS_NOTE,
    LINES,
    Phase,
    Status,
    WorkTime,
    later,
    observe,
    offered,
    session_ended,
    session_started,
    skip_today,
    status,
)

MON = datetime(2026, 11, 23)  # a Monday
ON = ReminderSettings(breaks=BreakReminder(on=True))


def at(hhmm: str, days: int = 0) -> datetime:
    return datetime.combine(MON.date() + timedelta(days=days), time.fromisoformat(hhmm))


class Desk:
    """A person at a computer: input, absences, a lock, a suspend, a session. Observed once a
    minute, as the app does, and on each event."""

    def __init__(self, start: datetime, settings: ReminderSettings = ON) -> None:
        self.clock = FakeClock()
        self.origin, self.start = self.clock.now(), start
        self.settings = settings
        self.idle: float | None = 0.0
        self.conditions: set[Condition] = set()
        self.sessions_today = 0
        self.handled: dict[Kind, datetime] = {}
        self.state = WorkTime()
        self.look()

    @property
    def wall(self) -> datetime:
        return self.start + timedelta(seconds=self.clock.now() - self.origin)

    def look(self) -> None:
        self.state = observe(
            self.state,
            self.clock.now(),
            self.wall,
            self.idle,
            frozenset(self.conditions),
            self.settings.breaks,
        )

    def minutes(self, count: int, idle_each: float | None = 0.0) -> None:
        """`count` minutes go by, observed each minute, the last input `idle_each` seconds
        before each look (None: there is no idle source)."""
        for _ in range(count):
            self.clock.advance(60)
            self.idle = idle_each
            self.look()

    def work(self, count: int) -> None:
        self.minutes(count, idle_each=5.0)

    def away(self, count: int) -> None:
        """No input for `count` minutes, observed each minute."""
        for _ in range(count):
            self.clock.advance(60)
            self.idle = (self.idle or 0.0) + 60
            self.look()

    def back(self) -> None:
        """Input again, seen at the idle source's event."""
        self.idle = 0.0
        self.look()

    def suspend(self, count: int) -> None:
        """Asleep: no observation; the session clock counts on. Woken by a key."""
        self.clock.advance(count * 60)
        self.back()

    def status(self) -> Status:
        return status(
            self.state,
            self.clock.now(),
            self.wall,
            frozenset(self.conditions),
            self.settings,
            self.sessions_today,
            self.handled,
        )

    def left(self) -> int:
        s = self.status()
        assert s.phase in (Phase.COUNTING, Phase.PAUSED), s
        return s.minutes

    def offer(self) -> None:
        assert self.status().phase is Phase.DUE
        self.state = offered(self.state)


# --- active time ---------------------------------------------------------------------------


def test_a_break_comes_after_90_minutes_of_work():
    desk = Desk(at("09:00"))
    desk.work(78)
    s = desk.status()
    assert s == Status(Phase.COUNTING, minutes=12)
    assert s.text.source == "Break after %1 more min of work"
    desk.work(11)
    assert desk.left() == 1
    desk.work(1)
    assert desk.status() == Status(Phase.DUE)
    assert desk.status().text == TITLES[Kind.BREAK]


def test_a_minute_without_input_is_still_work():
    desk = Desk(at("09:00"))
    desk.minutes(30, idle_each=55.0)  # reading: the mouse moved 55 s before each look
    assert desk.left() == 60


def test_observations_may_come_only_on_events():
    desk = Desk(at("09:00"))
    desk.clock.advance(100)  # less than two minutes unseen: the person was at it
    desk.back()
    assert desk.state.active_s == 100


# --- time away -----------------------------------------------------------------------------


def test_a_natural_break_resets_the_count():
    desk = Desk(at("09:00"))
    desk.work(60)
    desk.away(5)
    assert desk.status() == Status(Phase.PAUSED, minutes=90), "already a break"
    desk.back()
    desk.work(89)
    assert desk.left() == 1


def test_a_shorter_absence_pauses_the_count():
    desk = Desk(at("09:00"))
    desk.work(60)
    desk.away(4)
    s = desk.status()
    assert s == Status(Phase.PAUSED, minutes=30)
    assert s.text.source == "Away: break after %1 more min of work"
    desk.back()
    assert desk.status() == Status(Phase.COUNTING, minutes=30)
    desk.work(30)
    assert desk.status().phase is Phase.DUE


def test_an_absence_seen_late_counts_from_the_last_input():
    desk = Desk(at("09:00"))
    desk.work(60)
    desk.clock.advance(90)
    desk.idle = 90.0  # first seen 90 s into it
    desk.look()
    desk.away(4)  # 5.5 minutes in all
    desk.back()
    assert desk.left() == 90


def test_a_locked_screen_is_away_even_while_the_password_is_typed():
    desk = Desk(at("09:00"))
    desk.work(60)
    desk.conditions.add(Condition.LOCKED)
    desk.back()  # locked with a key: no input since
    desk.away(2)
    desk.back()  # the password: input, but still locked
    assert desk.status().phase is Phase.PAUSED
    desk.away(3)
    assert desk.left() == 90, "five minutes locked: a break"


def test_a_short_lock_pauses_the_count():
    desk = Desk(at("09:00"))
    desk.work(60)
    desk.conditions.add(Condition.LOCKED)
    desk.back()
    desk.away(2)
    desk.back()
    desk.conditions.discard(Condition.LOCKED)
    desk.back()
    assert desk.status() == Status(Phase.COUNTING, minutes=30)


def test_a_suspend_is_time_away():
    desk = Desk(at("09:00"))
    desk.work(60)
    desk.suspend(3)  # the clock counts suspend: a gap
    assert desk.left() == 30, "three minutes asleep: paused"
    desk.suspend(30)
    assert desk.left() == 90, "half an hour asleep: a break"


# --- a session -----------------------------------------------------------------------------


def test_time_in_a_session_never_counts_and_its_end_restarts_the_count():
    desk = Desk(at("09:00"))
    desk.work(80)
    desk.state = session_started(desk.state, desk.clock.now())
    desk.away(15)  # lying still on purpose: no idle logic
    assert desk.state.away_since is None
    s = desk.status()
    assert s.phase is Phase.SESSION
    assert s.text.source == "Reminders wait until the session is over"
    desk.state = session_ended(desk.state, desk.clock.now())
    desk.sessions_today = 1
    desk.back()
    assert desk.left() == 90


# --- working hours, midnight ---------------------------------------------------------------


def test_only_work_within_the_working_hours_counts():
    desk = Desk(at("08:30"))
    desk.work(45)
    assert desk.left() == 75, "from 9:00"
    late = Desk(at("16:00"))
    late.work(70)
    assert late.state.active_s == 60 * 60
    s = late.status()
    assert s.phase is Phase.OUTSIDE_HOURS
    assert s.text.source == "No breaks outside working hours"


def test_nothing_counts_on_a_day_off():
    saturday = Desk(at("10:00", days=5))
    saturday.work(120)
    assert saturday.state.active_s == 0
    assert saturday.status().phase is Phase.OUTSIDE_HOURS


def test_midnight_starts_the_count_and_the_days_offers_again():
    evening = ReminderSettings(breaks=BreakReminder(on=True, start=time(0, 0), end=time(23, 59)))
    desk = Desk(at("20:00"), evening)
    desk.work(90)
    desk.offer()
    desk.work(90)
    desk.offer()
    assert desk.status().phase is Phase.DONE_TODAY
    desk.work(60)  # past midnight: Tuesday, 00:00 on
    assert desk.wall == at("00:00", days=1)
    assert desk.status() == Status(Phase.COUNTING, minutes=90)
    desk.work(90)
    assert desk.status().phase is Phase.DUE


# --- at most two a day ---------------------------------------------------------------------


def test_at_most_two_offers_a_day():
    desk = Desk(at("09:00"))
    desk.work(90)
    desk.offer()
    assert desk.left() == 90, "the count starts again from the offer"
    desk.work(90)
    desk.offer()
    s = desk.status()
    assert s.phase is Phase.DONE_TODAY
    assert s.text.source == "No more breaks offered today"


def test_sessions_done_that_day_count_toward_the_two():
    desk = Desk(at("09:00"))
    desk.sessions_today = 2  # one before work, one at lunch
    desk.work(90)
    assert desk.status().phase is Phase.DONE_TODAY
    one = Desk(at("09:00"))
    one.sessions_today = 1
    one.work(90)
    one.offer()
    assert one.status().phase is Phase.DONE_TODAY


def test_an_offer_taken_counts_once():
    desk = Desk(at("09:00"))
    desk.work(90)
    desk.offer()
    desk.state = session_started(desk.state, desk.clock.now())
    desk.clock.advance(15 * 60)
    desk.state = session_ended(desk.state, desk.clock.now())
    desk.sessions_today = 1
    desk.back()
    desk.work(90)
    assert desk.status().phase is Phase.DUE, "the session was the first offer, not another"


def test_skip_today_ends_the_days_offers():
    desk = Desk(at("09:00"))
    desk.work(90)
    desk.offer()
    desk.state = skip_today(desk.state, desk.wall)
    desk.work(180)
    assert desk.status().phase is Phase.DONE_TODAY
    desk.minutes(24 * 60 - 270)
    assert desk.wall == at("09:00", days=1)
    assert desk.status().phase is Phase.COUNTING


def test_later_brings_the_same_offer_back_even_at_the_days_last():
    desk = Desk(at("09:00"))
    desk.work(90)
    desk.offer()
    desk.work(90)
    desk.offer()
    desk.state = later(desk.state, desk.clock.now())
    s = desk.status()
    assert s == Status(Phase.LATER, minutes=10)
    assert s.text.source == "Asking about a break again in %1 min"
    desk.work(10)
    desk.offer()
    assert desk.status().phase is Phase.DONE_TODAY
    assert desk.state.passed + desk.state.offer_open == 2, "two offers, not three"


# --- not now -------------------------------------------------------------------------------


@pytest.mark.parametrize("condition", WAITABLE)
def test_each_not_now_condition_holds_a_break_back_until_it_ends(condition):
    desk = Desk(at("09:00"))
    desk.conditions.add(condition)
    desk.work(90)
    s = desk.status()
    assert s == Status(Phase.WAITING, condition=condition)
    assert s.text == WAITING[condition]
    desk.work(10)
    desk.conditions.discard(condition)
    desk.back()
    assert desk.status().phase is Phase.DUE, "offered when it ends, still fresh"


@pytest.mark.parametrize("condition", WAITABLE)
def test_each_not_now_condition_holds_the_bedtime_reminder_back(condition):
    settings = ReminderSettings(bedtime=BedtimeReminder(on=True))
    assert held_back({condition}, settings) is condition
    assert held_back(set(), settings) is None
    switched_off = settings._replace(wait_while=frozenset(WAITABLE) - {condition})
    assert held_back({condition}, switched_off) is None


def test_a_locked_screen_holds_every_reminder_back_and_is_named_first():
    nothing = ReminderSettings(wait_while=frozenset())
    assert held_back({Condition.LOCKED}, nothing) is Condition.LOCKED
    assert held_back(set(Condition), ON) is Condition.LOCKED
    assert WAITING[Condition.CALL].source == "Waiting: a call is on"


def test_a_break_held_back_past_its_freshness_is_passed_over():
    desk = Desk(at("09:00"))
    desk.conditions.add(Condition.FULL_SCREEN)  # a presentation, with clicks
    desk.work(90 + 31)
    desk.conditions.clear()
    desk.back()
    assert desk.status() == Status(Phase.COUNTING, minutes=90), "stale: the count starts again"


def test_a_postponement_that_outlives_its_freshness_is_dropped():
    desk = Desk(at("09:00"))
    desk.work(90)
    desk.offer()
    desk.state = later(desk.state, desk.clock.now())
    desk.conditions.add(Condition.CALL)  # a call begins before "Later" runs out
    desk.work(10)
    assert desk.status() == Status(Phase.WAITING, condition=Condition.CALL)
    desk.work(31)  # half an hour after it came back due
    desk.conditions.clear()
    desk.back()
    assert desk.status().phase is Phase.COUNTING, "not offered after the call"
    assert desk.state.passed + desk.state.offer_open == 1


def test_a_bedtime_reminder_held_back_is_offered_when_that_ends_while_still_fresh():
    """The scheduler offers the next reminder only when nothing holds it back; a slot not
    offered is not handled, so it comes up again until its grace runs out."""
    settings = ReminderSettings(bedtime=BedtimeReminder(on=True, bedtime=time(22, 30)))
    slot = Reminder(Kind.BEDTIME, at("21:45"))
    assert held_back({Condition.FULL_SCREEN}, settings) is Condition.FULL_SCREEN  # a film
    assert next_reminder(settings, {}, at("22:20")) == slot, "the film ended at 22:20"
    assert next_reminder(settings, {}, at("22:31")) == Reminder(Kind.BEDTIME, at("21:45", 1))


def test_a_bedtime_reminder_put_off_past_bedtime_is_stale():
    settings = ReminderSettings(bedtime=BedtimeReminder(on=True, bedtime=time(22, 30)))
    reminder = Reminder(Kind.BEDTIME, at("21:45"))
    assert fresh(settings, reminder, at("22:30"))
    assert not fresh(settings, reminder, at("22:35")), "asked again after bedtime: dropped"


# --- no idle source ------------------------------------------------------------------------


def test_without_an_idle_source_breaks_come_at_the_clock_slots():
    desk = Desk(at("09:00"))
    desk.idle = None
    desk.minutes(60, idle_each=None)
    s = desk.status()
    assert s == Status(Phase.CLOCK_SLOTS, at=at("10:30"))
    assert s.text.source == "Next break at %1"
    assert "%1" in CLOCK_SLOTS_NOTE.source
    desk.minutes(30, idle_each=None)
    desk.offer()
    desk.handled[Kind.BREAK] = at("10:30")
    assert desk.status() == Status(Phase.CLOCK_SLOTS, at=at("12:00"))
    desk.conditions.add(Condition.CALL)
    desk.minutes(90, idle_each=None)
    assert desk.status() == Status(Phase.WAITING, condition=Condition.CALL)
    desk.conditions.clear()
    desk.offer()
    assert desk.status().phase is Phase.DONE_TODAY, "two a day here too"


def test_every_phase_has_a_line_for_the_tray():
    assert set(LINES) == set(Phase) - {Phase.WAITING}  # WAITING says what it waits for
    assert all(text.context == "reminder" for text in LINES.values())
    off = Status(Phase.OFF)
    assert off.text.source == "Break reminders are off"
    assert status(WorkTime(), 0.0, at("10:00"), (), ReminderSettings(), 0, {}) == off
