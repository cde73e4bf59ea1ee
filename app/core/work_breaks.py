"""Work breaks by working time, not clock time (issue 23).

A break is offered after `after_min` minutes of active use (keyboard or pointer input) within
the working hours and days, at most `max_per_day` a day with the sessions done that day counted
among them. Time away resets the count once it lasts `break_min` minutes (a natural break), and
so does a finished session; a shorter absence only pauses it. A locked screen or a suspended
computer is time away. Time in a session never counts, and idle logic is off during one: the
person is lying still on purpose. With no idle source at all, breaks come at the clock slots of
app/core/reminders.py instead.

Pure, like the rest of the core. The caller observes at least every OBSERVE_EVERY_S while the
app runs, and on the desktop's events (idle, back, lock, a condition starting or ending), and
passes in `now` on the session clock (app/core/clock.py: it counts suspend, so a suspend shows
as a gap), the local wall time (working hours, and the day's count, which starts again at
midnight), the idle source's seconds since the last input (None: there is none) and the
"not now" conditions. Each observation or event returns a new WorkTime.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping
from datetime import date, datetime, timedelta
from enum import Enum
from typing import NamedTuple

from .i18n import QT_TRANSLATE_NOOP, Text
from .reminders import (
    LATER_MIN,
    TITLES,
    WAITING,
    BreakReminder,
    Condition,
    Kind,
    ReminderSettings,
    held_back,
    next_reminder,
)

OBSERVE_EVERY_S = 60.0  # the caller observes at least this often
# A longer gap between observations went unseen: the computer was suspended (the session clock
# counts that) or the app was stopped. Either way nobody was working with it: time away.
UNSEEN_GAP_S = 2 * OBSERVE_EVERY_S
# Input within the last minute is work: reading, thinking between keys. After that the time
# without input is away, from the last input on. The first minute of an absence, counted as
# work while it could still have been reading, stays counted: never more than a minute.
AWAY_AFTER_S = 60.0


class WorkTime(NamedTuple):
    """What has been counted. Times are on the session clock, in seconds."""

    active_s: float = 0.0  # work since the last break, session or offer
    seen: float | None = None  # the last observation
    away_since: float | None = None  # the absence under way began then; None: at the desk
    idle_source: bool = False  # the last observation had one; without, the clock slots
    in_session: bool = False
    due_since: float | None = None  # the break came due then, and waits to be offered
    later_until: float | None = None  # "Later": the offer made is asked again then
    day: date | None = None  # the local day the offers below were made on
    passed: int = 0  # offers that day that no session followed
    offer_open: bool = False  # the last offer that day, no session since
    skipped: bool = False  # "Skip today" that day


def observe(
    state: WorkTime,
    now: float,
    wall: datetime,
    idle_s: float | None,
    conditions: Collection[Condition],
    breaks: BreakReminder,
) -> WorkTime:
    """Count the work since the last observation. `idle_s`: seconds since the last keyboard
    or pointer input, or None without an idle source."""
    state = _on_day(state, wall.date())._replace(idle_source=idle_s is not None)
    # now == seen too: an event (back, unlocked) changes what the same moment means.
    if state.seen is not None and now >= state.seen and not state.in_session and idle_s is not None:
        locked = Condition.LOCKED in conditions
        state = _count(state, now, wall, max(idle_s, 0.0), locked, breaks)
    if state.in_session or idle_s is None:
        state = state._replace(away_since=None)
    return _come_due(state._replace(seen=now), now, breaks)


def _count(
    state: WorkTime, now: float, wall: datetime, idle_s: float, locked: bool, breaks: BreakReminder
) -> WorkTime:
    """Split the time since the last observation into work and time away."""
    seen = state.seen if state.seen is not None else now
    last_input = now - idle_s
    start = state.away_since
    if start is None and now - seen > UNSEEN_GAP_S:
        start = seen  # suspended, or not running: away since it was last seen
    # Locked is away whatever the input: typing the password is not yet coming back.
    away_now = locked or idle_s >= AWAY_AFTER_S
    if start is None and away_now:
        start = last_input
    if start is None:
        work, away_s = (seen, now), 0.0
    elif away_now:
        work, away_s = (seen, max(seen, start)), now - start
    else:  # back: the absence ended with the first input, at the latest the last one
        end = max(last_input, start)
        work, away_s = (end, now), end - start
    counted = _in_hours(breaks, wall, now, *work)
    away = start if away_now else None
    if away_s >= breaks.break_min * 60:  # a natural break: the count starts again
        return state._replace(active_s=counted, away_since=away, due_since=None, later_until=None)
    return state._replace(active_s=state.active_s + counted, away_since=away)


def _in_hours(breaks: BreakReminder, wall: datetime, now: float, a: float, b: float) -> float:
    """Seconds of (a, b] on the session clock that fall in the working hours. Both clocks
    move together between observations: `wall` is the local time at `now`."""
    hi = wall - timedelta(seconds=now - b)
    lo = hi - timedelta(seconds=max(0.0, b - a))
    hours = breaks.hours(hi.date())
    if hours is None:
        return 0.0
    return max(0.0, (min(hi, hours[1]) - max(lo, hours[0])).total_seconds())


def _come_due(state: WorkTime, now: float, breaks: BreakReminder) -> WorkTime:
    """Due once the work reaches after_min, or "Later" runs out; dropped once stale."""
    if state.due_since is None and state.later_until is not None:
        if now >= state.later_until:
            state = state._replace(due_since=state.later_until)
    elif state.due_since is None and state.active_s >= breaks.after_min * 60:
        state = state._replace(due_since=now)
    if state.due_since is not None and now - state.due_since > breaks.grace().total_seconds():
        # Held back (a call, a presentation) past its freshness: passed over, and the count
        # starts again.
        state = state._replace(active_s=0.0, due_since=None, later_until=None)
    return state


def _on_day(state: WorkTime, today: date) -> WorkTime:
    """The day's offers start again at local midnight, and so does the count."""
    if state.day == today:
        return state
    if state.day is None:
        return state._replace(day=today)
    return state._replace(
        day=today,
        active_s=0.0,
        due_since=None,
        later_until=None,
        passed=0,
        offer_open=False,
        skipped=False,
    )


# --- what the person and the app did ------------------------------------------------------------


def offered(state: WorkTime) -> WorkTime:
    """The break was offered: one of the day's offers (the same one again after "Later"), and
    the count starts again."""
    again = state.later_until is not None
    return state._replace(
        active_s=0.0,
        due_since=None,
        later_until=None,
        passed=state.passed + (state.offer_open and not again),
        offer_open=True,
    )


def later(state: WorkTime, now: float) -> WorkTime:
    """ "Later": the offer is asked again LATER_MIN minutes on, if still fresh then."""
    return state._replace(due_since=None, later_until=now + LATER_MIN * 60)


def skip_today(state: WorkTime, wall: datetime) -> WorkTime:
    return _on_day(state, wall.date())._replace(skipped=True, due_since=None, later_until=None)


def session_started(state: WorkTime, now: float) -> WorkTime:
    """Observe first: the work up to the start counts, nothing after it."""
    return state._replace(in_session=True, seen=now, away_since=None)


def session_ended(state: WorkTime, now: float) -> WorkTime:
    """A finished session is the break: the count starts again, and the offer it answered is
    counted as the session (the caller's sessions_today) rather than as an offer passed."""
    return state._replace(
        in_session=False,
        seen=now,
        active_s=0.0,
        due_since=None,
        later_until=None,
        offer_open=False,
    )


# --- what is due, and what the tray says --------------------------------------------------------


class Phase(Enum):
    OFF = "off"
    SESSION = "session"
    DONE_TODAY = "done_today"  # max_per_day reached (sessions done counted), or skipped
    OUTSIDE_HOURS = "outside_hours"
    CLOCK_SLOTS = "clock_slots"  # no idle source: the next clock slot is `at`
    LATER = "later"  # asked again in `minutes`
    WAITING = "waiting"  # due, held back by `condition`
    DUE = "due"  # offer it now, then call offered()
    PAUSED = "paused"  # away for a while: `minutes` of work left, not counting
    COUNTING = "counting"  # `minutes` of work left


# The tray's tooltip and menu line for each phase. %1 is the Status's `minutes`, or for the
# clock slots its `at` as a local time.
LINES: dict[Phase, Text] = {
    Phase.OFF: QT_TRANSLATE_NOOP("reminder", "Break reminders are off"),
    Phase.SESSION: QT_TRANSLATE_NOOP("reminder", "Reminders wait until the session is over"),
    Phase.DONE_TODAY: QT_TRANSLATE_NOOP("reminder", "No more breaks offered today"),
    Phase.OUTSIDE_HOURS: QT_TRANSLATE_NOOP("reminder", "No breaks outside working hours"),
    Phase.CLOCK_SLOTS: QT_TRANSLATE_NOOP("reminder", "Next break at %1"),
    Phase.LATER: QT_TRANSLATE_NOOP("reminder", "Asking about a break again in %1 min"),
    Phase.DUE: TITLES[Kind.BREAK],
    Phase.PAUSED: QT_TRANSLATE_NOOP("reminder", "Away: break after %1 more min of work"),
    Phase.COUNTING: QT_TRANSLATE_NOOP("reminder", "Break after %1 more min of work"),
}
# The preferences' one line where there is no idle source; %1 is after_min.
CLOCK_SLOTS_NOTE = QT_TRANSLATE_NOOP(
    "reminder",
    "This desktop does not say when you are at the keyboard, so breaks come by the clock "
    "instead: every %1 min from the start of working hours.",
)


class Status(NamedTuple):
    phase: Phase
    minutes: int = 0  # COUNTING and PAUSED: work left; LATER: until asked again
    condition: Condition | None = None  # WAITING: what it waits for
    at: datetime | None = None  # CLOCK_SLOTS: the next slot, local wall time

    @property
    def text(self) -> Text:
        if self.phase is Phase.WAITING and self.condition is not None:
            return WAITING[self.condition]
        return LINES[self.phase]


def status(
    state: WorkTime,
    now: float,
    wall: datetime,
    conditions: Collection[Condition],
    settings: ReminderSettings,
    sessions_today: int,
    handled: Mapping[Kind, datetime],
) -> Status:
    """Where the work break stands. `sessions_today`: sessions done on the local day of
    `wall`, from the history; `handled`: the reminders already dealt with (the clock slots)."""
    breaks = settings.breaks
    state = _on_day(state, wall.date())
    if not breaks.on:
        return Status(Phase.OFF)
    if state.in_session:
        return Status(Phase.SESSION)
    if state.skipped:
        return Status(Phase.DONE_TODAY)
    if not breaks.working(wall):
        return Status(Phase.OUTSIDE_HOURS)
    if state.later_until is not None:  # an offer made, so counted already: it comes back
        if now < state.later_until:
            return Status(Phase.LATER, minutes=_minutes(state.later_until - now))
        return _due(conditions, settings)
    if sessions_today + state.passed + state.offer_open >= breaks.max_per_day:
        return Status(Phase.DONE_TODAY)
    if state.due_since is not None:
        return _due(conditions, settings)
    if not state.idle_source:
        return _clock_slot(wall, conditions, settings, handled)
    left = _minutes(breaks.after_min * 60 - state.active_s)
    return Status(Phase.PAUSED if state.away_since is not None else Phase.COUNTING, left)


def _clock_slot(
    wall: datetime,
    conditions: Collection[Condition],
    settings: ReminderSettings,
    handled: Mapping[Kind, datetime],
) -> Status:
    slot = next_reminder(ReminderSettings(breaks=settings.breaks), handled, wall)
    if slot is None or slot.at.date() != wall.date():
        return Status(Phase.DONE_TODAY)
    if slot.at > wall:
        return Status(Phase.CLOCK_SLOTS, at=slot.at)
    return _due(conditions, settings)


def _due(conditions: Collection[Condition], settings: ReminderSettings) -> Status:
    condition = held_back(conditions, settings)
    return Status(Phase.DUE) if condition is None else Status(Phase.WAITING, condition=condition)


def _minutes(seconds: float) -> int:
    return max(1, math.ceil(seconds / 60))
