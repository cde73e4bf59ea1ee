"""The progressive hold plan as a pure function over a history."""

from datetime import datetime, timedelta

import pytest

from app.core.clock import FakeClock
from app.core.hold_plan import suggest
from app.core.past_sessions import Comfort, SessionRecord
from app.core.session import Ending, Session, SessionConfig

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


def test_too_long_brings_the_next_hold_down_a_little():
    plan = suggest(history((15, DONE, LONG)), 20)
    assert (plan.minutes, plan.reason, plan.last_min) == (12, "too_long", 15)
    assert suggest(history((10, DONE, LONG)), 15).minutes == 8
    assert suggest(history((5, DONE, LONG)), 15).minutes == 4
    assert suggest(history((2, DONE, LONG)), 15).minutes == 1


def test_no_rating_keeps_the_same_hold():
    assert suggest(history((8, DONE, None)), 15).reason == "unrated"
    assert suggest(history((8, DONE, None)), 15).minutes == 8


def test_tingling_drops_to_two_thirds_of_the_hold_that_tingled():
    """The review's case: a comfortable 15 min before it must not lift the suggestion."""
    plan = suggest(history((15, DONE, RIGHT), (4, TINGLING, None)), 20)
    assert (plan.minutes, plan.reason, plan.last_min) == (2, "tingling", 4)
    plan = suggest(history((9, DONE, RIGHT), (12, DONE, LONG), (8, TINGLING, None)), 15)
    assert plan.minutes == 5  # two-thirds of 8, rounded down


@pytest.mark.parametrize("tingled_s", [100, 120, 150, 181, 240, 300, 479, 600, 900, 1200, 3600])
@pytest.mark.parametrize(
    "before", [(), ((20, DONE, RIGHT),), ((20, DONE, SHORT), (25, DONE, None))]
)
def test_after_tingling_the_next_hold_is_always_shorter(tingled_s, before):
    records = history(*before, (tingled_s / 60, TINGLING, None))
    assert suggest(records, 20).hold_s < tingled_s


def test_a_hold_that_tingled_within_its_first_minute_gets_the_floor():
    assert suggest(history((0.5, TINGLING, None)), 15).minutes == 1


def test_after_tingling_the_plan_climbs_back_only_through_comfortable_holds():
    sessions = [(15, DONE, RIGHT), (6, TINGLING, None)]
    steps = []
    for comfort in (RIGHT, RIGHT, None, SHORT):
        plan = suggest(history(*sessions), 15)
        steps.append(plan.minutes)
        sessions.append((plan.minutes, DONE, comfort))
    assert steps == [4, 5, 6, 6]
    assert suggest(history(*sessions), 15).minutes == 8


def test_a_real_session_that_tingled_is_followed_by_a_shorter_hold():
    """The core session, driven by the fake clock: tingling 4 minutes into a planned 15."""
    clock = FakeClock()
    session = Session(SessionConfig(hold_s=15 * 60, settle_s=45, pause_s=30), clock.now())
    clock.advance(45)
    session.update(clock.now())
    clock.advance(4 * 60)
    assert session.tingling(clock.now())
    summary = session.summary(clock.now())
    plan = suggest(
        history((15, DONE, RIGHT), (summary.time_in_pose / 60, summary.ending, None)), 20
    )
    assert summary.ending is TINGLING
    assert (plan.minutes, plan.reason, plan.last_min) == (2, "tingling", 4)


def test_interrupted_and_open_sessions_say_nothing():
    records = history((5, DONE, RIGHT), (1, Ending.INTERRUPTED, None), (0, None, None))
    assert suggest(records, 15).minutes == 6


@pytest.mark.parametrize("target", [5, 15, 20])
def test_a_suggestion_never_passes_the_target(target):
    for held in range(1, 25):
        for comfort in (RIGHT, SHORT, LONG, None):
            assert suggest(history((held, DONE, comfort)), target).minutes <= target


def test_the_plan_is_on_for_new_users_and_off_for_a_file_from_before_it():
    from app.core.preferences import Preferences, from_json

    assert Preferences().progressive, "no file yet: a new user"
    assert not from_json({"schema": 2}).progressive, "holds chosen before the plan existed"
    saved = from_json(Preferences(plan_target_min=12).to_json())
    assert saved.progressive and saved.plan_target_min == 12
    assert from_json({"schema": 2, "plan_target_min": 45}).plan_target_min == 20
