"""Reminders: a daily bedtime wind-down and work breaks, as slots on the local clock.

Pure: the caller passes the local time in (a naive datetime on the wall clock of the time
zone in force). A slot fires at most once; `handled` keeps, for each kind, the latest slot
time already dealt with, so a restart, a change of time zone or a suspend cannot bring one
back, and "Skip today" is handled-through the end of the day.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Mapping
from datetime import date, datetime, time, timedelta
from enum import Enum
from typing import Any, NamedTuple

from . import validate
from .i18n import QT_TRANSLATE_NOOP, Text
from .profiles import BEDTIME_ID, WORK_ID

log = logging.getLogger(f"{__package__}.prefs")  # read with the preferences

LATER_MIN = 10  # "Later" asks again this many minutes on
LEAD_RANGE = (10, 120)  # minutes between the reminder and bedtime
EVERY_RANGE = (20, 240)  # minutes between work-break reminders
BREAK_GRACE = timedelta(minutes=10)  # a break reminder missed by longer is passed over
WEEKDAYS = frozenset(range(5))  # Monday to Friday, as date.weekday() counts
# The furthest ahead the app itself marks a slot handled is the end of today, or about a day
# more after travelling west. A later mark (a clock that once ran far ahead, an edited file)
# counts as this far ahead: taken as it is, it would silence its kind until then, and the
# search for a bedtime slot after "9999-12-31" would run off the end of the calendar.
HANDLED_AHEAD = timedelta(days=2)


class Kind(Enum):
    BEDTIME = "bedtime"
    BREAK = "break"


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
        # Missed (the computer slept, the app was not running): still worth it before bedtime.
        return timedelta(minutes=self.lead_min)


class BreakReminder(NamedTuple):
    on: bool = False
    every_min: int = 60
    start: time = time(9, 0)
    end: time = time(17, 0)
    days: frozenset[int] = WEEKDAYS

    def slots(self, first_day: date) -> Iterator[datetime]:
        """start + every, start + 2 * every, ... while before the end, on working days. A
        reminder at the end of the day would only be the end of the day."""
        day = first_day
        step = timedelta(minutes=self.every_min)
        for _ in range(8):  # a week, so an empty set of days cannot loop for ever
            if day.weekday() in self.days:
                at, end = datetime.combine(day, self.start) + step, datetime.combine(day, self.end)
                while at < end:
                    yield at
                    at += step
            day += timedelta(days=1)

    def grace(self) -> timedelta:
        return min(BREAK_GRACE, timedelta(minutes=self.every_min / 2))


class ReminderSettings(NamedTuple):
    bedtime: BedtimeReminder = BedtimeReminder()
    breaks: BreakReminder = BreakReminder()

    def of(self, kind: Kind) -> BedtimeReminder | BreakReminder:
        return self.bedtime if kind is Kind.BEDTIME else self.breaks

    @property
    def any_on(self) -> bool:
        return self.bedtime.on or self.breaks.on


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
        oldest = now - plan.grace()
        for at in plan.slots(now.date() - timedelta(days=1)):
            if at > done and at >= oldest:
                if found is None or at < found.at:
                    found = Reminder(kind, at)
                break
    return found


def skip_day(reminder: Reminder) -> datetime:
    """`handled` for "Skip today": every slot of this kind on the slot's day."""
    return datetime.combine(reminder.at.date(), time.max)


def after_session(settings: ReminderSettings, handled: Handled, ended: datetime) -> None:
    """A session just ended: what came due during it is passed over, and so is a break
    reminder within half an interval, which would only interrupt the work it led back to."""
    for kind in Kind:
        through = ended
        if kind is Kind.BREAK:
            through += timedelta(minutes=settings.breaks.every_min / 2)
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
            "every_min": w.every_min,
            "start": w.start.strftime("%H:%M"),
            "end": w.end.strftime("%H:%M"),
            "days": sorted(w.days),
        },
    }


def from_json(data: Any) -> ReminderSettings:
    data = validate.mapping(data, "reminders", "") or {}
    b = validate.mapping(data.get("bedtime"), "bedtime", "reminders.") or {}
    w = validate.mapping(data.get("breaks"), "breaks", "reminders.") or {}
    bd, wd = BedtimeReminder(), BreakReminder()
    lead = validate.number(b, "lead_min", *LEAD_RANGE, bd.lead_min, "reminders.bedtime.", 1)
    every = validate.number(w, "every_min", *EVERY_RANGE, wd.every_min, "reminders.breaks.", 5)
    bedtime = BedtimeReminder(
        on=validate.switch(b, "on", bd.on, "reminders.bedtime."),
        bedtime=_clock_time(b.get("bedtime"), bd.bedtime, "reminders.bedtime.bedtime"),
        lead_min=int(lead),
    )
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
    breaks = BreakReminder(
        on=validate.switch(w, "on", wd.on, "reminders.breaks."),
        every_min=int(every),
        start=start,
        end=end,
        days=frozenset(days),
    )
    return ReminderSettings(bedtime, breaks)


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
