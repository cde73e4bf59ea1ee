import pytest

from app.core.breathing import BreathPattern, BreathPhase
from app.core.clock import FakeClock
from app.core.cues import Cue, CueSettings
from app.core.durations import PAUSE_MIN_S
from app.core.session import Session, SessionConfig, Stage
from app.core.steps import EXIT_STEPS


def run_to_end(session: Session, clock: FakeClock, limit: int = 10_000):
    """Jump from deadline to deadline, the way the controller's timer does, and record."""
    stages = [(clock.now(), session.stage)]
    events = []
    for _ in range(limit):
        deadline = session.next_deadline(clock.now())
        if deadline is None:
            return stages, events
        clock.advance(max(0.0, deadline - clock.now()))
        events += session.update(clock.now())
        if session.stage is not stages[-1][1]:
            stages.append((clock.now(), session.stage))
    raise AssertionError("session never ended")


def make(hold=600.0, settle=45.0, pause=30.0, **kw):
    clock = FakeClock()
    return clock, Session(
        SessionConfig(hold_s=hold, settle_s=settle, pause_s=pause, **kw), clock.now()
    )


def test_full_twenty_minute_session_runs_by_itself():
    clock, session = make(hold=20 * 60)
    start = clock.now()
    stages, events = run_to_end(session, clock)
    names = [s for _, s in stages]
    assert names == [Stage.SETTLING, Stage.HOLD, Stage.EXIT, Stage.SEATED_PAUSE, Stage.DONE]
    times = {s: t - start for t, s in stages}
    exit_total = sum(step.breaths for step in EXIT_STEPS) * 10.0
    assert times[Stage.HOLD] == pytest.approx(45)
    assert times[Stage.EXIT] == pytest.approx(45 + 1200)
    assert times[Stage.SEATED_PAUSE] == pytest.approx(45 + 1200 + exit_total)
    assert times[Stage.DONE] == pytest.approx(45 + 1200 + exit_total + 30)
    assert [e.cue for e in events] == [
        Cue.HOLD_START,
        Cue.HOLD_END,
        Cue.EXIT_STEP,
        Cue.EXIT_STEP,
        Cue.EXIT_STEP,
        Cue.PAUSE_START,
        Cue.PAUSE_DONE,
    ]
    summary = session.summary(clock.now())
    assert summary.time_in_pose == pytest.approx(1200)
    assert summary.active_s == pytest.approx(1200)
    assert not summary.came_down_early
    assert session.view(clock.now()).can_finish


def test_each_cue_is_reported_with_its_deadline_even_when_the_timer_is_late():
    clock, session = make(hold=60, settle=5)
    events = []
    while session.next_deadline(clock.now()) is not None:
        clock.advance(session.next_deadline(clock.now()) - clock.now() + 0.3)  # 300 ms late
        events += session.update(clock.now())
    first = events[0]
    assert first.cue is Cue.HOLD_START
    assert first.due == pytest.approx(1005.0)
    assert first.fired == pytest.approx(1005.3)
    # On-time stages start on their deadlines, so lateness does not add up over the session.
    assert events[1].due == pytest.approx(1005.0 + 60)


def seated(clock_hold=10.0):
    clock, session = make(hold=clock_hold, settle=0)
    while session.stage is not Stage.SEATED_PAUSE:
        clock.advance(session.next_deadline(clock.now()) - clock.now())
        session.update(clock.now())
    return clock, session


def test_seated_pause_not_done_at_29_99_and_done_at_30():
    clock, session = seated()
    start = clock.now()
    clock.advance(29.99)
    session.update(clock.now())
    view = session.view(clock.now())
    assert view.stage is Stage.SEATED_PAUSE
    assert not view.can_finish
    assert view.remaining == pytest.approx(0.01)
    clock.advance(0.01)
    events = session.update(clock.now())
    assert session.stage is Stage.DONE
    assert [e.cue for e in events] == [Cue.PAUSE_DONE]
    assert events[0].due == pytest.approx(start + 30)


def test_nothing_skips_the_seated_pause():
    clock, session = seated()
    assert not session.next_step(clock.now())
    assert not session.come_down(clock.now())
    assert not session.pause(clock.now())
    assert not session.add_minute(clock.now())
    session.update(clock.now())
    assert session.stage is Stage.SEATED_PAUSE


@pytest.mark.parametrize("asked", [0, 5, 29.9, -10])
def test_pause_can_be_longer_never_shorter(asked):
    assert SessionConfig(hold_s=60, pause_s=asked).pause_s == PAUSE_MIN_S
    assert SessionConfig(hold_s=60, pause_s=45).pause_s == 45


def test_pause_and_resume_leave_paused_time_out():
    clock, session = make(hold=120, settle=0)
    clock.advance(30)
    assert session.pause(clock.now())
    assert session.view(clock.now()).paused
    clock.advance(500)
    session.update(clock.now())
    assert session.stage is Stage.HOLD
    assert session.view(clock.now()).remaining == pytest.approx(90)
    assert session.next_deadline(clock.now()) is None
    assert session.resume(clock.now())
    clock.advance(89.9)
    session.update(clock.now())
    assert session.stage is Stage.HOLD
    clock.advance(0.1)
    session.update(clock.now())
    assert session.stage is Stage.EXIT
    summary = session.summary(clock.now())
    assert summary.active_s == pytest.approx(120)
    assert summary.time_in_pose == pytest.approx(620)  # paused time included
    assert not summary.came_down_early


def test_plus_one_minute_extends_the_hold():
    clock, session = make(hold=120, settle=0)
    clock.advance(100)
    assert session.add_minute(clock.now())
    assert session.view(clock.now()).remaining == pytest.approx(80)
    clock.advance(79)
    session.update(clock.now())
    assert session.stage is Stage.HOLD
    clock.advance(1)
    session.update(clock.now())
    assert session.stage is Stage.EXIT
    assert session.summary(clock.now()).planned_s == pytest.approx(180)


def test_plus_one_minute_stops_at_sixty():
    clock, session = make(hold=3540, settle=0)
    assert session.view(clock.now()).can_extend
    assert session.add_minute(clock.now())
    assert not session.add_minute(clock.now())
    view = session.view(clock.now())
    assert view.length == 3600 and not view.can_extend  # the page greys the button out


def test_coming_down_early():
    clock, session = make(hold=600, settle=10)
    clock.advance(10 + 200)
    session.update(clock.now())
    assert session.come_down(clock.now())
    events = session.update(clock.now())
    assert [e.cue for e in events] == [Cue.HOLD_END]
    assert session.stage is Stage.EXIT
    summary = session.summary(clock.now())
    assert summary.active_s == pytest.approx(200)
    assert summary.came_down_early
    stages, _ = run_to_end(session, clock)
    assert [s for _, s in stages] == [Stage.EXIT, Stage.SEATED_PAUSE, Stage.DONE]


def test_coming_down_during_settling_still_goes_through_the_exit():
    clock, session = make(hold=600, settle=45)
    clock.advance(5)
    assert session.come_down(clock.now())
    assert session.stage is Stage.EXIT
    assert session.summary(clock.now()).time_in_pose == 0


def test_every_exit_step_advances_by_itself():
    clock, session = make(hold=10, settle=0)
    clock.advance(10)
    session.update(clock.now())
    seen = []
    for index, step in enumerate(EXIT_STEPS):
        view = session.view(clock.now())
        assert view.stage is Stage.EXIT
        assert view.step_index == index
        assert view.step is step
        seen.append(step.key)
        length = step.breaths * 10.0
        assert view.remaining == pytest.approx(length)
        clock.advance(length - 0.01)
        session.update(clock.now())
        assert session.view(clock.now()).step_index == index
        clock.advance(0.01)
        session.update(clock.now())
    assert seen == ["knees", "roll", "rest", "sit-up"]
    assert session.stage is Stage.SEATED_PAUSE


def test_exit_steps_follow_the_breath_pattern():
    config = SessionConfig(hold_s=60, pattern=BreathPattern(4, 0, 8, 0))
    assert config.exit_step_s(EXIT_STEPS[0]) == pytest.approx(3 * 12)


def test_next_moves_along_sooner():
    clock, session = make(hold=60, settle=45)
    assert session.next_step(clock.now())
    assert session.stage is Stage.HOLD
    assert not session.next_step(clock.now())  # the hold ends by "Come down now" only
    session.come_down(clock.now())
    for _ in EXIT_STEPS:
        assert session.next_step(clock.now())
    assert session.stage is Stage.SEATED_PAUSE


def test_hold_shows_the_breath_from_its_start():
    clock, session = make(hold=60, settle=5)
    clock.advance(5)
    session.update(clock.now())
    clock.advance(2)
    breath = session.view(clock.now()).breath
    assert breath is not None
    assert breath.phase is BreathPhase.INHALE
    assert breath.scale == pytest.approx(0.5)


def test_no_settling_starts_the_hold_at_once():
    clock, session = make(hold=60, settle=0)
    assert session.stage is Stage.HOLD
    assert [e.cue for e in session.update(clock.now())] == [Cue.HOLD_START]


def test_cue_schedule_for_ten_minutes_with_interval_three_and_halfway():
    cues = CueSettings(interval=True, interval_min=3, halfway=True)
    clock, session = make(hold=600, settle=0, cues=cues)
    start = clock.now()
    _, events = run_to_end(session, clock)
    in_hold = [(round(e.due - start), e.cue) for e in events if e.due - start <= 600]
    assert in_hold == [
        (0, Cue.HOLD_START),
        (180, Cue.INTERVAL),
        (300, Cue.HALFWAY),
        (360, Cue.INTERVAL),
        (540, Cue.INTERVAL),
        (600, Cue.HOLD_END),
    ]
    assert all(e.fired == e.due for e in events)


def test_disabled_cues_are_silent():
    cues = CueSettings(hold_start=False, exit_step=False)
    clock, session = make(hold=60, settle=0, cues=cues)
    _, events = run_to_end(session, clock)
    assert [e.cue for e in events] == [Cue.HOLD_END, Cue.PAUSE_START, Cue.PAUSE_DONE]


def test_breath_tones_follow_the_breath_curve():
    clock, session = make(hold=40, settle=0, cues=CueSettings(breath_tones=True))
    start = clock.now()
    _, events = run_to_end(session, clock)
    tones = [(e.due - start, e.cue) for e in events if e.cue in (Cue.BREATH_IN, Cue.BREATH_OUT)]
    # Offset 0 is the hold's own bowl; the last exhale at 34 s starts before the 40 s end.
    assert tones == [
        (4.0, Cue.BREATH_OUT),
        (10.0, Cue.BREATH_IN),
        (14.0, Cue.BREATH_OUT),
        (20.0, Cue.BREATH_IN),
        (24.0, Cue.BREATH_OUT),
        (30.0, Cue.BREATH_IN),
        (34.0, Cue.BREATH_OUT),
    ]
    for t, cue in tones:
        view_phase = session.config.pattern
        expected = BreathPhase.INHALE if cue is Cue.BREATH_IN else BreathPhase.EXHALE
        from app.core.breathing import breath_at

        assert breath_at(view_phase, t + 1e-6).phase is expected


def test_overdue_minor_cues_are_dropped_but_the_end_still_plays():
    # The computer slept through the whole hold: on wake the end chime plays at once,
    # and the exit begins then, not in the past.
    cues = CueSettings(interval=True, interval_min=1, halfway=True, breath_tones=True)
    clock, session = make(hold=300, settle=0, cues=cues)
    session.update(clock.now())
    clock.advance(1000)
    events = session.update(clock.now())
    assert [e.cue for e in events] == [Cue.HOLD_END]
    assert session.stage is Stage.EXIT
    view = session.view(clock.now())
    assert view.step_index == 0
    assert view.remaining == pytest.approx(30)
    assert session.summary(clock.now()).time_in_pose == pytest.approx(1000)


@pytest.mark.parametrize("field", ["hold_s", "settle_s", "pause_s"])
def test_config_refuses_nan(field):
    kw = {"hold_s": 60.0, field: float("nan")}
    with pytest.raises(ValueError):
        SessionConfig(**kw)


def test_a_pause_found_long_overdue_runs_again_in_full():
    clock, session = seated()
    clock.advance(10)
    session.update(clock.now())
    clock.advance(3600)  # slept through the rest of the pause
    events = session.update(clock.now())
    assert session.stage is Stage.SEATED_PAUSE
    assert [e.cue for e in events] == [Cue.PAUSE_START]
    assert session.view(clock.now()).remaining == pytest.approx(30)
    clock.advance(30)
    session.update(clock.now())
    assert session.stage is Stage.DONE


def test_settling_slept_through_counts_the_hold_from_its_deadline():
    clock, session = make(hold=600, settle=45)
    clock.advance(45 + 100)
    session.update(clock.now())
    assert session.stage is Stage.HOLD
    assert session.view(clock.now()).remaining == pytest.approx(500)


def test_asleep_through_the_settling_and_the_hold_only_the_end_chimes():
    clock, session = make(hold=300, settle=45)
    session.update(clock.now())
    clock.advance(45 + 300 + 60)
    events = session.update(clock.now())
    assert [e.cue for e in events] == [Cue.HOLD_END]
    assert session.stage is Stage.EXIT
    assert session.summary(clock.now()).time_in_pose == pytest.approx(360)


def test_the_seated_pause_counts_from_when_it_was_announced():
    clock, session = make(hold=10, settle=0)
    clock.advance(10)
    session.update(clock.now())
    while session.stage is Stage.EXIT:
        deadline = session.next_deadline(clock.now())
        clock.advance(deadline - clock.now() + 0.004)  # the timer woke 4 ms late
        events = session.update(clock.now())
    assert events[-1].cue is Cue.PAUSE_START
    announced = events[-1].fired
    clock.advance(29.999)
    session.update(clock.now())
    assert session.stage is Stage.SEATED_PAUSE
    clock.advance(0.001)
    done = session.update(clock.now())
    assert session.stage is Stage.DONE
    assert done[0].fired - announced >= 30.0


@pytest.mark.parametrize("action", ["pause", "add_minute", "come_down", "next_step"])
def test_a_key_just_after_the_hold_ends_applies_to_the_exit(action):
    # The hold's deadline passed 50 ms ago but no timer has run yet: the key must not
    # freeze or stretch the exit, and the hold-end chime must not be lost.
    clock, session = make(hold=60, settle=0)
    session.update(clock.now())
    clock.advance(60.05)
    getattr(session, action)(clock.now())
    events = session.update(clock.now())
    assert Cue.HOLD_END in [e.cue for e in events]
    assert session.stage is Stage.EXIT
    assert not session.view(clock.now()).paused
    assert session.next_deadline(clock.now()) is not None
    assert session.summary(clock.now()).planned_s == 60


def test_a_whole_session_needs_only_a_handful_of_wake_ups():
    # Deadline to deadline: a 20-minute session is a few dozen updates, not 1200 ticks.
    clock, session = make(hold=20 * 60)
    calls = 0
    while session.next_deadline(clock.now()) is not None:
        clock.advance(session.next_deadline(clock.now()) - clock.now())
        session.update(clock.now())
        calls += 1
    assert calls <= 2 + len(EXIT_STEPS) + 1


# --- tingling or numbness ------------------------------------------------------------------------


def test_tingling_ends_the_hold_at_once_and_shakes_the_legs_out_first():
    from app.core.session import Ending
    from app.core.steps import SHAKE_OUT

    clock, session = make(hold=600, settle=0)
    clock.advance(200)
    assert session.tingling(clock.now())
    view = session.view(clock.now())
    assert view.stage is Stage.EXIT
    assert view.step is SHAKE_OUT
    assert view.step_count == len(EXIT_STEPS) + 1
    summary = session.summary(clock.now())
    assert summary.ending is Ending.TINGLING
    assert summary.active_s == pytest.approx(200)
    stages, _ = run_to_end(session, clock)
    # The shake-out, then every usual step, then the full seated pause.
    names = [s for _, s in stages]
    assert names == [Stage.EXIT, Stage.SEATED_PAUSE, Stage.DONE]
    times = {s: t for t, s in stages}
    assert times[Stage.DONE] - times[Stage.SEATED_PAUSE] == pytest.approx(30)
    exit_total = sum(step.breaths for step in (SHAKE_OUT, *EXIT_STEPS)) * 10.0
    assert times[Stage.SEATED_PAUSE] - times[Stage.EXIT] == pytest.approx(exit_total)


def test_tingling_is_only_for_the_settling_and_the_hold():
    clock, session = make(hold=60, settle=0)
    session.come_down(clock.now())
    assert not session.tingling(clock.now())
    assert session.view(clock.now()).step_count == len(EXIT_STEPS)


def test_how_a_hold_ended():
    from app.core.session import Ending

    clock, session = make(hold=60, settle=0)
    assert session.summary(clock.now()).ending is None
    run_to_end(session, clock)
    assert session.summary(clock.now()).ending is Ending.COMPLETED
    clock, session = make(hold=60, settle=0)
    clock.advance(20)
    session.come_down(clock.now())
    assert session.summary(clock.now()).ending is Ending.CAME_DOWN_EARLY
