"""Past sessions as data, and what is worked out from them: minutes per day, the streak,
the total. Pure: the caller passes today's date in."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum

from .i18n import QT_TRANSLATE_NOOP, Text
from .session import Ending

CHART_DAYS = 28  # the history chart: the last four weeks
USUAL_PER_DAY = 2  # "once or twice a day": a third session gets a gentle note


class Comfort(Enum):
    TOO_SHORT = "too_short"
    JUST_RIGHT = "just_right"
    TOO_LONG = "too_long"


COMFORT_NAMES: dict[Comfort, Text] = {
    Comfort.TOO_SHORT: QT_TRANSLATE_NOOP("history", "Too short"),
    Comfort.JUST_RIGHT: QT_TRANSLATE_NOOP("history", "Just right"),
    Comfort.TOO_LONG: QT_TRANSLATE_NOOP("history", "Too long"),
}

ENDING_NAMES: dict[Ending | None, Text] = {
    Ending.COMPLETED: QT_TRANSLATE_NOOP("history", "Completed"),
    Ending.CAME_DOWN_EARLY: QT_TRANSLATE_NOOP("history", "Came down early"),
    Ending.TINGLING: QT_TRANSLATE_NOOP("history", "Tingling or numbness"),
    Ending.INTERRUPTED: QT_TRANSLATE_NOOP("history", "Interrupted"),
    None: QT_TRANSLATE_NOOP("history", "In progress"),
}


@dataclass(frozen=True)
class SessionRecord:
    id: int
    started_at: datetime  # local time with its UTC offset, when the hold began
    profile_id: str
    profile_name: str
    planned_s: float
    held_s: float | None  # the real time in the pose; None while open or if unknown
    ending: Ending | None  # None: open (the hold has not ended yet)
    pattern: str  # "4-0-6-0": in, hold, out, hold, in seconds
    comfort: Comfort | None = None
    reported: bool = False  # the early end was told afterwards, not seen by the app

    @property
    def day(self) -> date:
        return self.started_at.date()

    @property
    def minutes(self) -> float:
        return (self.held_s or 0.0) / 60


def minutes_per_day(
    records: Iterable[SessionRecord], today: date, days: int = CHART_DAYS
) -> list[tuple[date, float]]:
    """Oldest first, one entry for each of the last `days` days, today included."""
    first = today - timedelta(days=days - 1)
    totals = {first + timedelta(days=i): 0.0 for i in range(days)}
    for r in records:
        if r.day in totals:
            totals[r.day] += r.minutes
    return list(totals.items())


def practised_days(records: Iterable[SessionRecord]) -> set[date]:
    return {r.day for r in records if (r.held_s or 0) > 0}


def streak(records: Iterable[SessionRecord], today: date) -> int:
    """Days in a row with a session, up to today; a day not yet practised today does not
    break yesterday's streak."""
    days = practised_days(records)
    day = today if today in days else today - timedelta(days=1)
    count = 0
    while day in days:
        count += 1
        day -= timedelta(days=1)
    return count


def total_s(records: Iterable[SessionRecord]) -> float:
    return sum(r.held_s or 0.0 for r in records)


def sessions_on(records: Sequence[SessionRecord], day: date) -> int:
    return sum(1 for r in records if r.day == day and r.ending is not Ending.INTERRUPTED)
