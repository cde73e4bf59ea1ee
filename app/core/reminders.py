"""Reminders: a daily bedtime wind-down and work breaks, as slots on the local clock, and
what holds every reminder back ("not now").

Pure: the caller passes the local time in (a naive datetime on the wall clock of the time
zone in force). A slot fires at most once; `handled` keeps, for each kind, the latest slot
time already dealt with, so a restart, a change of time zone or a suspend cannot bring one
back, and "Skip today" is handled-through the end of the day. Work breaks counted by working
time rather than the clock are app/core/work_breaks.py's; the break slots here are its
fallback where nothing tells when the person is at the keyboard, and the bedtime's rule.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Collection, Iterator, Mapping
from datetime import date, datetime, time, timedelta
from enum import Enum
from typing import Any, NamedTuple

from . import validate
from .i18n import QT_TRANSLATE_NOOP, Text
from .profiles import BEDTIME_ID, WORK_ID

log = logging.getLogger(f"{__package__}.preferences")  # read with the preferences

LATER_MIN = 10  # "Later" asks again this many minutes on
LEAD_RANGE = (10, 120)  # minutes between the reminder and bedtime
AFTER_RANGE = (30, 180)  # minutes of work before a break is offered
# Offers of the pose a day. The pose is for once or twice a day (DOMAIN.md), hence 2 by
# default; up to 8 for someone who takes it as a short rest, about one an hour of a work day.
MAX_PER_DAY_RANGE = (1, 8)
BREAK_MIN_RANGE = (2, 30)  # minutes away that count as a break: a coffee, up to a lunch
# A break reminder missed (asleep, not running) or held back (a call, a presentation) by
# longer is passed over. Half an hour: the person sat through the wait as well, so the break
# is still worth it after a usual call; a longer wait was something else, not desk work.
BREAK_GRACE = timedelta(minutes=30)
WEEKDAYS = frozenset(range(5))  # Monday to Friday, as date.weekday() counts
# The furthest ahead the app itself marks a slot handled is the end of today, or about a day
# more after travelling west. A later mark (a clock that once ran far ahead, an edited file)
# counts as this far ahead: taken as it is, it would silence its kind until then, and the
# search for a bedtime slot after "9999-12-31" would run off the end of the calendar.
HANDLED_AHEAD = timedelta(days=2)


class Kind(Enum):
    BEDTIME = "bedtime"
    BREAK = "break"


class Condition(Enum):
    """What the desktop reports that holds every reminder back ("not now"); in the order the
    tray names the reason when more than one holds."""

    LOCKED = "locked"  # nobody is there to see it (and, for work breaks, time away)
    CALL = "call"  # the microphone or camera is in use
    FULL_SCREEN = "full_screen"  # the focused window: a presentation, a video, a game
    DO_NOT_DISTURB = "do_not_disturb"


# "Wait while": the person's switches, each on by default. A locked screen always holds a
# reminder back: nobody would see it.
WAITABLE = (Condition.FULL_SCREEN, Condition.DO_NOT_DISTURB, Condition.CALL)

PROFILE_FOR = {Kind.BEDTIME: BEDTIME_ID, Kind.BREAK: WORK_ID}

TITLES: dict[Kind, Text] = {
    Kind.BEDTIME: QT_TRANSLATE_NOOP("reminder", "Time to wind down"),
    Kind.BREAK: QT_TRANSLATE_NOOP("reminder", "Time for a break"),
}
MESSAGES: dict[Kind, Text] = {
    Kind.BEDTIME: QT_TRANSLATE_NOOP(
        "reminder", "Bedtime is getting close. Legs up the wall, dim and quiet, before sleep?"
    ),
    Kind.BREAK: QT_TRANSLATE_NOOP(
        "reminder", "A few minutes away from the desk, with your legs up the wall?"
    ),
}
WAITING: dict[Condition, Text] = {
    Condition.LOCKED: QT_TRANSLATE_NOOP("reminder", "Waiting: the screen is locked"),
    Condition.CALL: QT_TRANSLATE_NOOP("reminder", "Waiting: a call is on"),
    Condition.FULL_SCREEN: QT_TRANSLATE_NOOP("reminder", "Waiting: a window is full screen"),
    Condition.DO_NOT_DISTURB: QT_TRANSLATE_NOOP("reminder", "Waiting: do not disturb is on"),
}


class BedtimeReminder(NamedTuple):
    on: bool = False
    bedtime: time = time(22, 30)
    lead_min: int = 45

    def slots(self, first_day: date) -> Iterator[datetime]:
        day = first_day
        while True:
            yield datetime.combine(day, self.bedtime) - timedelta(minutes=self.lead_min)
            day += timedelta(days=1)

    def grace(self) -> timedelta:
        # Missed (the computer slept, the app was not running) or held back (a call): still
        # worth it before bedtime.
        return timedelta(minutes=self.lead_min)


class BreakReminder(NamedTuple):
    """Work breaks: their settings, and the clock slots they fall back to."""

    on: bool = False
    after_min: int = 90  # minutes of active work before a break is offered
    max_per_day: int = 2  # offers a day, the sessions done that day counted among them
    break_min: int = 5  # minutes away that count as a break: the count starts again
    start: time = time(9, 0)
    end: time = time(17, 0)
    days: frozenset[int] = WEEKDAYS

    def slots(self, first_day: date) -> Iterator[datetime]:
        """Where nothing tells when the person is at the keyboard: start + after, start + 2 *
        after, ... while before the end, at most max_per_day of them, on working days. A
        reminder at the end of the day would only be the end of the day."""
        day = first_day
        step = timedelta(minutes=self.after_min)
        for _ in range(8):  # a week, so an empty set of days cannot loop for ever
            hours = self.hours(day)
            if hours is not None:
                at, end = hours[0] + step, hours[1]
                for _ in range(self.max_per_day):
                    if at >= end:
                        break
                    yield at
                    at += step
            day += timedelta(days=1)

    def grace(self) -> timedelta:
        # At most half the interval, so the fallback's next slot is the next offer.
        return min(BREAK_GRACE, timedelta(minutes=self.after_min / 2))

    def hours(self, day: date) -> tuple[datetime, datetime] | None:
        """The working hours on `day` on the wall clock, from and until; None on a day off."""
        if day.weekday() not in self.days:
            return None
        return datetime.combine(day, self.start), datetime.combine(day, self.end)

    def working(self, wall: datetime) -> bool:
        hours = self.hours(wall.date())
        return hours is not None and hours[0] <= wall < hours[1]


class ReminderSettings(NamedTuple):
    bedtime: BedtimeReminder = BedtimeReminder()
    breaks: BreakReminder = BreakReminder()
    wait_while: frozenset[Condition] = frozenset(WAITABLE)  # "not now", for every reminder

    def of(self, kind: Kind) -> BedtimeReminder | BreakReminder:
        return self.bedtime if kind is Kind.BEDTIME else self.breaks


class Reminder(NamedTuple):
    kind: Kind
    at: datetime  # the slot, local wall time

    @property
    def profile_id(self) -> str:
        return PROFILE_FOR[self.kind]


Handled = dict[Kind, datetime]


def next_reminder(
    settings: ReminderSettings, handled: Mapping[Kind, datetime], now: datetime
) -> Reminder | None:
    """The earliest slot not yet handled and not too stale to show: at or before `now` means
    show it now. None when no reminder is on."""
    found: Reminder | None = None
    for kind in Kind:
        plan = settings.of(kind)
        if not plan.on:
            continue
        done = min(handled.get(kind, datetime.min), now + HANDLED_AHEAD)
        for at in plan.slots(now.date() - timedelta(days=1)):
            if at > done and fresh(settings, Reminder(kind, at), now):
                if found is None or at < found.at:
                    found = Reminder(kind, at)
                break
    return found


def fresh(settings: ReminderSettings, reminder: Reminder, now: datetime) -> bool:
    """Still worth offering: no older than its kind's grace. A reminder missed, put off
    ("Later") or held back ("not now") is offered when that ends only while it is fresh."""
    return now - reminder.at <= settings.of(reminder.kind).grace()


def held_back(conditions: Collection[Condition], settings: ReminderSettings) -> Condition | None:
    """What makes any reminder, bedtime too, wait now; None: offer it."""
    for condition in Condition:
        if condition in conditions and (
            condition is Condition.LOCKED or condition in settings.wait_while
        ):
            return condition
    return None


def skip_day(reminder: Reminder) -> datetime:
    """`handled` for "Skip today": every slot of this kind on the slot's day."""
    return datetime.combine(reminder.at.date(), time.max)


def after_session(settings: ReminderSettings, handled: Handled, ended: datetime) -> None:
    """A session just ended: what came due during it is passed over, and so is a break
    slot within half an interval, which would only interrupt the work it led back to."""
    for kind in Kind:
        through = ended
        if kind is Kind.BREAK:
            through += timedelta(minutes=settings.breaks.after_min / 2)
        handled[kind] = max(handled.get(kind, datetime.min), through)


# --- preferences JSON --------------------------------------------------------------------------


def _clock_time(text: Any, default: time, where: str) -> time:
    """Exactly "HH:MM". Not time.fromisoformat(): it takes "1230Z" for a time with a zone,
    which cannot be compared with the naive wall-clock times the slots are made of."""
    if text is None:
        return default
    found = (
        re.fullmatch(r"([01]\d|2[0-3]):([0-5]\d)", text, re.ASCII)
        if isinstance(text, str)
        else None
    )
    if found is None:
        log.warning(
            "preferences: %s=%.40r is not a time like 22:30; using %s", where, text, default
        )
        return default
    return time(int(found[1]), int(found[2]))


def to_json(settings: ReminderSettings) -> dict[str, Any]:
    b, w = settings.bedtime, settings.breaks
    return {
        "bedtime": {"on": b.on, "bedtime": b.bedtime.strftime("%H:%M"), "lead_min": b.lead_min},
        "breaks": {
            "on": w.on,
            "after_min": w.after_min,
            "max_per_day": w.max_per_day,
            "break_min": w.break_min,
            "start": w.start.strftime("%H:%M"),
            "end": w.end.strftime("%H:%M"),
            "days": sorted(w.days),
        },
        "wait_while": {c.value: c in settings.wait_while for c in WAITABLE},
    }


def from_json(data: Any) -> ReminderSettings:
    data = validate.mapping(data, "reminders", "") or {}
    b = validate.mapping(data.get("bedtime"), "bedtime", "reminders.") or {}
    bd = BedtimeReminder()
    lead = validate.number(b, "lead_min", *LEAD_RANGE, bd.lead_min, "reminders.bedtime.", 1)
    bedtime = BedtimeReminder(
        on=validate.switch(b, "on", bd.on, "reminders.bedtime."),
        bedtime=_clock_time(b.get("bedtime"), bd.bedtime, "reminders.bedtime.bedtime"),
        lead_min=int(lead),
    )
    wait = validate.mapping(data.get("wait_while"), "wait_while", "reminders.") or {}
    on = ReminderSettings().wait_while
    wait_while = frozenset(
        c for c in WAITABLE if validate.switch(wait, c.value, c in on, "reminders.wait_while.")
    )
    return ReminderSettings(bedtime, _breaks_from_json(data.get("breaks")), wait_while)


def _breaks_from_json(data: Any) -> BreakReminder:
    w = validate.mapping(data, "breaks", "reminders.") or {}
    wd, where = BreakReminder(), "reminders.breaks."
    start = _clock_time(w.get("start"), wd.start, "reminders.breaks.start")
    end = _clock_time(w.get("end"), wd.end, "reminders.breaks.end")
    if end <= start:
        log.warning(
            "preferences: working hours %s to %s end before they start; using defaults", start, end
        )
        start, end = wd.start, wd.end
    days = w.get("days", sorted(wd.days))
    if not isinstance(days, list) or not all(
        isinstance(d, int) and not isinstance(d, bool) and 0 <= d < 7 for d in days
    ):
        log.warning("preferences: reminders.breaks.days=%.40r is not days 0-6; weekdays", days)
        days = sorted(wd.days)
    return BreakReminder(
        on=validate.switch(w, "on", wd.on, where),
        after_min=int(validate.number(w, "after_min", *AFTER_RANGE, wd.after_min, where, 5)),
        max_per_day=int(
            validate.number(w, "max_per_day", *MAX_PER_DAY_RANGE, wd.max_per_day, where, 1)
        ),
        break_min=int(validate.number(w, "break_min", *BREAK_MIN_RANGE, wd.break_min, where, 1)),
        start=start,
        end=end,
        days=frozenset(days),
    )


def handled_to_json(handled: Mapping[Kind, datetime]) -> dict[str, str]:
    return {k.value: at.isoformat(timespec="seconds") for k, at in handled.items()}


def handled_from_json(data: Any) -> Handled:
    out: Handled = {}
    if not isinstance(data, dict):
        return out
    for kind in Kind:
        text = data.get(kind.value)
        try:
            at = datetime.fromisoformat(text) if isinstance(text, str) else None
        except ValueError:
            at = None
        if at is not None and at.tzinfo is None:
            out[kind] = at
        elif text is not None:
            log.warning(
                "preferences: reminded.%s=%.40r is not a local time; forgotten", kind.value, text
            )
    return out
