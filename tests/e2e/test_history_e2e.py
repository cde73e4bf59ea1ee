"""The history file that real runs of the installed app leave behind (SQLite, in the run's
own XDG data directory): one row per session, completed, with the real hold."""

from __future__ import annotations

import pytest

from app.core.session import Ending
from app.history.database import HistoryDB

pytestmark = pytest.mark.e2e


def records(rec):
    return HistoryDB(rec.folder / "data" / "viparita" / "history.sqlite3").records()


def test_the_main_run_left_one_completed_session_with_its_real_hold(recorded_session):
    (row,) = records(recorded_session)
    assert (row.profile_id, row.ending, row.planned_s) == ("work", Ending.COMPLETED, 10.0)
    assert row.held_s == pytest.approx(10.0, abs=0.5)
    assert row.pattern == "4-0-6-0"
    assert row.started_at.tzinfo is not None, "a local time with its offset"


def test_the_bedtime_run_is_recorded_under_its_profile_and_breath(quiet_session):
    (row,) = records(quiet_session)
    assert (row.profile_id, row.ending, row.pattern) == ("bedtime", Ending.COMPLETED, "4-0-8-0")
    assert row.held_s == pytest.approx(20.0, abs=0.5)


def test_a_session_put_away_in_the_tray_and_paused_counts_its_real_time(tray_session):
    (row,) = records(tray_session)
    assert row.ending is Ending.COMPLETED
    assert row.held_s >= 20.0, "the paused time is time in the pose too"
