"""What the history view works out: minutes per day, the streak, the total, sessions a day."""

from datetime import date, datetime, timedelta, timezone

from app.core import past_sessions as history
from app.core.past_sessions import SessionRecord
from app.core.session import Ending

TODAY = date(2026, 11, 21)
ZONE = timezone(timedelta(hours=1))


def rec(days_ago: int, minutes: float | None, ending: Ending | None = Ending.COMPLETED, i=0):
    day = TODAY - timedelta(days=days_ago)
    return SessionRecord(
        id=i,
        started_at=datetime(day.year, day.month, day.day, 12, i % 60, tzinfo=ZONE),
        profile_id="work",
        profile_name="Work break",
        planned_s=600,
        held_s=None if minutes is None else minutes * 60,
        ending=ending,
        pattern="4-0-6-0",
    )


def test_minutes_per_day_covers_four_weeks_oldest_first_with_empty_days():
    days = history.minutes_per_day([rec(0, 10), rec(0, 5, i=1), rec(3, 7), rec(40, 9)], TODAY)
    assert len(days) == 28
    assert days[0][0] == TODAY - timedelta(days=27) and days[-1][0] == TODAY
    assert days[-1][1] == 15 and days[-4][1] == 7
    assert sum(m for _, m in days) == 22, "older than four weeks is left out"


def test_the_streak_counts_days_in_a_row_and_today_not_yet_practised_does_not_break_it():
    assert history.streak([rec(0, 5), rec(1, 5), rec(2, 5), rec(4, 5)], TODAY) == 3
    assert history.streak([rec(1, 5), rec(2, 5)], TODAY) == 2
    assert history.streak([rec(2, 5)], TODAY) == 0
    assert history.streak([rec(0, None, Ending.INTERRUPTED)], TODAY) == 0
    assert history.streak([], TODAY) == 0


def test_total_and_sessions_today():
    records = [rec(0, 10), rec(0, None, Ending.INTERRUPTED, i=1), rec(0, 3, i=2), rec(1, 4)]
    assert history.total_s(records) == 17 * 60
    assert history.sessions_on(records, TODAY) == 2, "an interrupted one is not counted"
