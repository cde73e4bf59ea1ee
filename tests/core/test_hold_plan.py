"""The progressive hold plan as a pure function over a history."""

from datetime import datetime, timedelta

import pytest

from app.core.history import Comfort, SessionRecord
from app.core.hold_plan import suggest
from app.core.session import Ending

START = datetime(2026, 11, 1, 18, 0)


def history(*sessions: tuple[float, Ending | None, Comfort | None]) -> list[SessionRecord]:
    """(minutes held, how it ended, comfort) one a day, oldest first."""
    return [
        SessionRecord(
            id=i,
            started_at=START + timedelta(days=i),
            profile_id="work",
            profile_name="Work break",
            planned_s=held * 60,
            held_s=held * 60,
            ending=ending,
            pattern="4-0-6-0",
            comfort=comfort,
        )
        for i, (held, ending, comfort) in enumerate(sessions)
    ]


DONE, TINGLING = Ending.COMPLETED, Ending.TINGLING
RIGHT, SHORT, LONG = Comfort.JUST_RIGHT, Comfort.TOO_SHORT, Comfort.TOO_LONG


def test_a_new_user_starts_at_three_minutes():
    plan = suggest([], 15)
    assert (plan.minutes, plan.reason, plan.hold_s) == (3, "first", 180.0)


def test_just_right_grows_a_minute_and_too_short_two():
    assert suggest(history((3, DONE, RIGHT)), 15).minutes == 4
    assert suggest(history((3, DONE, SHORT)), 15).minutes == 5
    assert suggest(history((3, DONE, SHORT)), 15).last_min == 3


def test_growth_stops_at_the_target():
    plan = suggest(history((14, DONE, SHORT)), 15)
    assert (plan.minutes, plan.reason) == (15, "target")
    assert suggest(history((20, DONE, RIGHT)), 20).minutes == 20


def test_too_long_stays_where_it_is_and_so_does_no_rating():
    assert (suggest(history((8, DONE, LONG)), 15).minutes, "too_long") == (8, "too_long")
    assert suggest(history((8, DONE, None)), 15).reason == "unrated"
    assert suggest(history((8, DONE, None)), 15).minutes == 8


def test_tingling_drops_to_two_thirds_of_the_last_comfortable_hold():
    plan = suggest(history((9, DONE, RIGHT), (12, DONE, LONG), (8, TINGLING, None)), 15)
    assert plan.minutes == 6  # two-thirds of 9, the last hold neither too long nor tingling
    assert (plan.reason, plan.last_min) == ("tingling", 8)


def test_tingling_with_no_comfortable_hold_before_uses_the_tingling_hold():
    assert suggest(history((6, TINGLING, None)), 15).minutes == 4
    assert suggest(history((2, TINGLING, None)), 15).minutes == 2, "never below two minutes"


def test_interrupted_and_open_sessions_say_nothing():
    records = history((5, DONE, RIGHT), (1, Ending.INTERRUPTED, None), (0, None, None))
    assert suggest(records, 15).minutes == 6


@pytest.mark.parametrize("target", [5, 15, 20])
def test_a_suggestion_never_passes_the_target(target):
    for held in range(1, 25):
        for comfort in (RIGHT, SHORT, LONG, None):
            assert suggest(history((held, DONE, comfort)), target).minutes <= target


def test_the_plan_is_on_for_new_users_and_off_for_a_file_from_before_it():
    from app.core.prefs import Preferences, from_json

    assert Preferences().progressive, "no file yet: a new user"
    assert not from_json({"schema": 2}).progressive, "holds chosen before the plan existed"
    saved = from_json(Preferences(plan_target_min=12).to_json())
    assert saved.progressive and saved.plan_target_min == 12
    assert from_json({"schema": 2, "plan_target_min": 45}).plan_target_min == 20
