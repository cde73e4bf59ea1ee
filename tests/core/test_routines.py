"""Routines and variations on a fake clock: the 20-minute sequence with each transition at its
time, thread the needle's side switch, and custom routines that always keep a seated pause."""

from dataclasses import replace

import pytest

from app.core.breathing import DEFAULT_PATTERN
from app.core.clock import FakeClock
from app.core.cues import Cue, CueSettings
from app.core.preferences import Preferences, from_json
from app.core.routine_session import RoutineSession, length_s
from app.core.routines import (
    BOUND_ANGLE,
    BUILTIN_ROUTINES,
    CORPSE,
    EASY_SEATED,
    FORWARD_BEND,
    LEGS_UP,
    POSE_MAX_S,
    RESTORATIVE_ID,
    TRANSITION_S,
    Routine,
    RoutineItem,
    normalised,
)
from app.core.session import Session, SessionConfig, Stage
from app.core.steps import EXIT_STEPS, Practice
from app.core.variations import SIDE_MAX_S, Variation, entry_steps, side_switch_at
from app.storage.preferences_file import load, save

RESTORATIVE = BUILTIN_ROUTINES[RESTORATIVE_ID]
EXIT_S = sum(s.breaths for s in EXIT_STEPS) * DEFAULT_PATTERN.cycle


def run(session, clock, until_done=True):
    """Every deadline in turn; returns [(seconds from start, cue)] and [(seconds, stage)]."""
    start = clock.now()
    cues, stages = [], [(0.0, session.stage)]
    for _ in range(10_000):
        for event in session.update(clock.now()):
            cues.append((round(event.due - start, 3), event.cue))
        if stages[-1][1] is not session.stage:
            stages.append((round(clock.now() - start, 3), session.stage))
        deadline = session.next_deadline(clock.now())
        if deadline is None:
            return cues, stages
        clock.advance(max(0.0, deadline - clock.now()))
    raise AssertionError("the session never ended")


def test_the_builtin_sequence_adds_up_to_twenty_minutes():
    assert [i.pose for i in RESTORATIVE.items] == [
        FORWARD_BEND,
        BOUND_ANGLE,
        LEGS_UP,
        EASY_SEATED,
        CORPSE,
    ]
    assert [i.duration_s / 60 for i in RESTORATIVE.items] == [1.5, 4, 10, 1.5, 3]
    assert RESTORATIVE.total_s == 20 * 60


def test_each_pose_gives_time_to_get_into_it():
    """Twenty seconds to move and set props; the wall as long as a single session settles."""
    assert TRANSITION_S >= 20
    clock = FakeClock()
    config = SessionConfig(hold_s=300, settle_s=60)
    session = RoutineSession(RESTORATIVE, config, clock.now())
    assert session.config.settle_s == 60


@pytest.mark.parametrize("practice", list(Practice))
@pytest.mark.parametrize("settle_s", [15, 45, 90])
def test_the_routine_length_is_when_it_really_ends(practice, settle_s):
    clock = FakeClock()
    config = SessionConfig(hold_s=300, settle_s=settle_s, pause_s=40, practice=practice)
    session = RoutineSession(RESTORATIVE, config, clock.now())
    _, stages = run(session, clock)
    assert stages[-1] == (pytest.approx(length_s(RESTORATIVE, config)), Stage.DONE)


def test_the_whole_routine_runs_with_each_transition_at_its_time():
    clock = FakeClock()
    session = RoutineSession(RESTORATIVE, SessionConfig(hold_s=300), clock.now())
    cues, stages = run(session, clock)
    t = TRANSITION_S
    settle = SessionConfig(hold_s=300).settle_s  # the wall's card: a single session's settling
    hold_start = 90 + t + 240 + t + settle  # two poses, each after its card, then the wall's
    pause_start = hold_start + 600 + EXIT_S
    corpse_card = pause_start + 90
    assert cues == [
        (0.0, Cue.NEXT_POSE),  # standing forward bend: its card
        (t, Cue.HOLD_START),
        (t + 90, Cue.NEXT_POSE),  # reclining bound angle
        (2 * t + 90, Cue.HOLD_START),
        (2 * t + 330, Cue.NEXT_POSE),  # legs up the wall: the card is its settling
        (hold_start, Cue.HOLD_START),
        (hold_start + 600, Cue.HOLD_END),
        *[(hold_start + 600 + k * 30, Cue.EXIT_STEP) for k in (1, 2, 3)],
        (pause_start, Cue.PAUSE_START),  # the easy seated pose is the seated pause
        (corpse_card, Cue.NEXT_POSE),  # no separate "pause done": the next card says it
        (corpse_card + t, Cue.HOLD_START),
        (corpse_card + t + 180, Cue.PAUSE_DONE),
    ]
    assert [s for _, s in stages] == [
        Stage.TRANSITION,
        Stage.POSE,
        Stage.TRANSITION,
        Stage.POSE,
        Stage.SETTLING,
        Stage.HOLD,
        Stage.EXIT,
        Stage.SEATED_PAUSE,
        Stage.TRANSITION,
        Stage.POSE,
        Stage.DONE,
    ]
    # The length the start screen shows is the real one, cards and the way down included.
    assert stages[-1][0] == corpse_card + t + 180 == length_s(RESTORATIVE, SessionConfig(300))
    # The hold the history records is the routine's own, not the offered one.
    assert session.summary(clock.now()).time_in_pose == 600
    assert session.config.hold_s == 600 and session.config.pause_s == 90


def test_the_view_says_which_pose_and_which_comes_next():
    clock = FakeClock()
    session = RoutineSession(RESTORATIVE, SessionConfig(hold_s=300), clock.now())
    view = session.view(clock.now())
    assert view.stage is Stage.TRANSITION and view.remaining == TRANSITION_S
    assert (view.pose.index, view.pose.count) == (0, 5)
    assert view.pose.step.key == FORWARD_BEND and view.pose.coming.key == BOUND_ANGLE
    for stage, key in ((Stage.HOLD, LEGS_UP), (Stage.SEATED_PAUSE, EASY_SEATED)):
        while session.stage is not stage:
            clock.advance(session.next_deadline(clock.now()) - clock.now())
            session.update(clock.now())
        view = session.view(clock.now())
        assert view.pose.step.key == key
        assert (view.breath is not None) == (stage is Stage.HOLD)


def test_nothing_skips_the_seated_pause_inside_a_routine():
    clock = FakeClock()
    session = RoutineSession(RESTORATIVE, SessionConfig(hold_s=300), clock.now())
    for _ in range(40):  # every "move on" there is, as fast as it can be pressed
        session.next_step(clock.now())
        session.come_down(clock.now())
        if session.stage is Stage.SEATED_PAUSE:
            break
    assert session.stage is Stage.SEATED_PAUSE
    for _ in range(5):
        assert not session.next_step(clock.now())
        assert not session.come_down(clock.now())
    clock.advance(29.9)
    session.update(clock.now())
    assert session.stage is Stage.SEATED_PAUSE
    clock.advance(60.2)  # the easy seated pose lasts 90 s here
    session.update(clock.now())
    assert session.stage is Stage.TRANSITION


def test_a_pose_can_pause_grow_and_end_early():
    clock = FakeClock()
    session = RoutineSession(RESTORATIVE, SessionConfig(hold_s=300), clock.now())
    clock.advance(TRANSITION_S)
    session.update(clock.now())
    assert session.stage is Stage.POSE
    assert session.pause(clock.now())
    clock.advance(500)
    assert session.update(clock.now()) == [] and session.view(clock.now()).remaining == 90
    assert session.resume(clock.now())
    assert session.add_minute(clock.now())
    assert session.view(clock.now()).remaining == 150
    assert session.come_down(clock.now())  # ends this pose: the next one's card
    assert session.stage is Stage.TRANSITION
    assert session.view(clock.now()).pose.step.key == BOUND_ANGLE
    assert not session.tingling(clock.now())  # only the inversion has a tingling exit


def test_a_pose_grows_no_longer_than_a_routine_allows_and_says_when_it_cannot():
    clock = FakeClock()
    session = RoutineSession(RESTORATIVE, SessionConfig(hold_s=300), clock.now())
    clock.advance(TRANSITION_S)
    session.update(clock.now())
    assert session.view(clock.now()).can_extend
    grown = [session.add_minute(clock.now()) for _ in range(25)]
    view = session.view(clock.now())
    assert view.length == POSE_MAX_S and not view.can_extend
    assert grown[0] and not grown[-1]


def test_a_pose_found_long_overdue_after_a_sleep_moves_on_from_the_wake():
    clock = FakeClock()
    session = RoutineSession(RESTORATIVE, SessionConfig(hold_s=300), clock.now())
    clock.advance(TRANSITION_S)
    session.update(clock.now())
    clock.advance(60 * 60)  # the computer slept through the forward bend and beyond
    events = session.update(clock.now())
    assert [e.cue for e in events] == [Cue.NEXT_POSE]
    assert session.stage is Stage.TRANSITION
    assert session.view(clock.now()).remaining == TRANSITION_S


def test_tingling_in_a_routine_shakes_out_and_keeps_the_rest():
    clock = FakeClock()
    session = RoutineSession(RESTORATIVE, SessionConfig(hold_s=300), clock.now())
    while session.stage is not Stage.HOLD:
        clock.advance(session.next_deadline(clock.now()) - clock.now())
        session.update(clock.now())
    clock.advance(120)
    assert session.tingling(clock.now())
    assert session.view(clock.now()).step.key == "shake"
    cues, _ = run(session, clock)
    assert [c for _, c in cues][-3:] == [Cue.NEXT_POSE, Cue.HOLD_START, Cue.PAUSE_DONE]
    assert session.summary(clock.now()).tingling


# --- custom routines ---------------------------------------------------------------------------


def test_a_routine_without_a_seated_pose_after_the_inversion_gains_one():
    items = (RoutineItem(LEGS_UP, 300), RoutineItem(CORPSE, 120))
    assert normalised(items) == (
        RoutineItem(LEGS_UP, 300),
        RoutineItem(EASY_SEATED, 30),
        RoutineItem(CORPSE, 120),
    )
    short = (RoutineItem(LEGS_UP, 300), RoutineItem(EASY_SEATED, 10))
    assert normalised(short)[1] == RoutineItem(EASY_SEATED, 30)
    no_wall = (RoutineItem(CORPSE, 120), RoutineItem(LEGS_UP, 300), RoutineItem(LEGS_UP, 60))
    assert [i.pose for i in normalised(no_wall)] == [CORPSE, LEGS_UP, EASY_SEATED]
    assert [i.pose for i in normalised((RoutineItem(CORPSE, 60),))] == [
        CORPSE,
        LEGS_UP,
        EASY_SEATED,
    ]


def test_a_routine_ending_with_the_inversion_ends_with_its_seated_pause():
    clock = FakeClock()
    routine = Routine("mine", "Short", (RoutineItem(LEGS_UP, 120),))
    session = RoutineSession(routine, SessionConfig(hold_s=600), clock.now())
    cues, stages = run(session, clock)
    assert [c for _, c in cues][-2:] == [Cue.PAUSE_START, Cue.PAUSE_DONE]
    done = next(t for t, c in cues if c is Cue.PAUSE_DONE)
    pause = done - next(t for t, c in cues if c is Cue.PAUSE_START)
    assert pause == 30
    assert stages[-1][1] is Stage.DONE


def test_a_custom_routine_survives_a_save_and_a_reload(tmp_path):
    path = tmp_path / "preferences.json"
    prefs = Preferences()
    mine = Routine(
        "routine-1",
        "Evening",
        (RoutineItem(BOUND_ANGLE, 300), RoutineItem(LEGS_UP, 900), RoutineItem(CORPSE, 240)),
    )
    prefs.routines = [mine]
    prefs.routine_id = "routine-1"
    prefs.variation = Variation.BUTTERFLY
    save(path, prefs)
    back = load(path, "x").prefs
    assert back.routine_id == "routine-1" and back.variation is Variation.BUTTERFLY
    (loaded,) = back.routines
    assert loaded.name == "Evening"
    assert [(i.pose, i.duration_s) for i in loaded.items] == [
        (BOUND_ANGLE, 300),
        (LEGS_UP, 900),
        (EASY_SEATED, 30),  # gained on the way: the seated pause the inversion needs
        (CORPSE, 240),
    ]
    assert back.routine == loaded


def test_broken_routines_in_the_file_are_dropped_or_put_right():
    prefs = from_json(
        {
            "routines": [
                {"id": "restorative", "name": "takes a built-in's id", "poses": []},
                {"id": "a", "name": "  Two   words ", "poses": [{"pose": "levitation"}, 7]},
                {"id": "a", "name": "same id again", "poses": []},
                "not a routine",
                {"id": "b", "poses": [{"pose": CORPSE, "seconds": 1e9}]},
                {"id": "c", "poses": [{"pose": CORPSE, "seconds": 10**400}]},
            ],
            "routine": "nowhere",
            "variation": "upside down",
        }
    )
    assert [r.id for r in prefs.routines] == ["a", "b", "c"]
    assert prefs.routines[0].name == "Two words"
    assert [i.pose for i in prefs.routines[0].items] == [LEGS_UP, EASY_SEATED]
    assert prefs.routines[1].items[0] == RoutineItem(CORPSE, 20 * 60)
    assert CORPSE not in [i.pose for i in prefs.routines[2].items]  # too long to be a number
    assert prefs.routine_id is None and prefs.variation is Variation.CLASSIC


@pytest.mark.parametrize("pose", [[], {}, ["corpse"], {"corpse": 1}])
def test_a_pose_that_is_a_list_or_an_object_is_dropped(pose):
    """It was looked up in the catalogue as it was: "unhashable type" stopped the app."""
    entries = [{"pose": pose, "seconds": 60}, {"pose": CORPSE, "seconds": 60}]
    (mine,) = from_json({"routines": [{"id": "r", "poses": entries}]}).routines
    assert [i.pose for i in mine.items] == [CORPSE, LEGS_UP, EASY_SEATED]


def test_a_blank_id_is_dropped_and_a_nameless_routine_is_named_by_its_id_cleaned():
    routines = [{"id": "  "}, {"id": "  evening   calm " + "x" * 60}]
    (mine,) = from_json({"routines": routines}).routines
    assert mine.name == "evening calm " + "x" * 27  # 40 characters, as a name may have


def test_deleting_the_chosen_routine_goes_back_to_the_pose_alone():
    prefs = Preferences(routines=[Routine("r", "Mine", normalised(()))], routine_id="r")
    prefs.remove_routine("r")
    assert prefs.routines == [] and prefs.routine is None
    with pytest.raises(ValueError):
        prefs.remove_routine(RESTORATIVE_ID)


# --- variations --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("hold_min", "switch_s"), [(4, 120), (6, 180), (10, 300), (15, 300), (20, 300)]
)
def test_thread_the_needle_switches_at_half_or_five_minutes(hold_min, switch_s):
    assert side_switch_at(hold_min * 60) == switch_s
    clock = FakeClock()
    config = SessionConfig(hold_s=hold_min * 60, settle_s=0, variation=Variation.THREAD_NEEDLE)
    session = Session(config, clock.now())
    assert session.view(clock.now()).side == 1
    cues, _ = run(session, clock)
    switches = [t for t, c in cues if c is Cue.SIDE_SWITCH]
    assert switches == [switch_s]


@pytest.mark.parametrize(
    ("hold_min", "both_s"), [(6, None), (10, None), (11, 600), (15, 600), (20, 600), (60, 600)]
)
def test_after_five_minutes_a_side_both_legs_go_back_up_the_wall(hold_min, both_s):
    """Up to 5 minutes a side (DOMAIN.md): a longer hold ends in the classic pose, with a
    chime of its own, and the second side never runs past its five minutes."""
    clock = FakeClock()
    config = SessionConfig(hold_s=hold_min * 60, settle_s=0, variation=Variation.THREAD_NEEDLE)
    start = clock.now()
    session = Session(config, start)
    sides = []
    cues = []
    session.update(clock.now())
    while session.stage is not Stage.EXIT:
        sides.append(session.view(clock.now()).side)
        clock.advance(max(0.0, session.next_deadline(clock.now()) - clock.now()))
        events = session.update(clock.now())
        cues += [(clock.now() - start, e.cue) for e in events]
    switch = [t for t, c in cues if c is Cue.SIDE_SWITCH]
    both = [t for t, c in cues if c is Cue.BOTH_LEGS]
    assert both == ([] if both_s is None else [both_s])
    second_side_end = both[0] if both else hold_min * 60
    assert second_side_end - switch[0] <= SIDE_MAX_S
    assert sides == sorted(sides) and set(sides) == ({1, 2, 3} if both else {1, 2})


def test_the_side_switch_takes_the_place_of_a_halfway_bell_at_the_same_moment():
    clock = FakeClock()
    cues_on = CueSettings(halfway=True, interval=True, interval_min=1)
    config = SessionConfig(hold_s=360, settle_s=0, variation=Variation.THREAD_NEEDLE, cues=cues_on)
    session = Session(config, clock.now())
    clock.advance(179)
    session.update(clock.now())
    assert session.view(clock.now()).side == 1
    clock.advance(1)
    assert [e.cue for e in session.update(clock.now())] == [Cue.SIDE_SWITCH]
    assert session.view(clock.now()).side == 2
    cues, _ = run(session, clock)
    assert Cue.HALFWAY not in [c for _, c in cues] and Cue.SIDE_SWITCH not in [c for _, c in cues]


def test_a_minute_added_before_the_switch_moves_it_once():
    clock = FakeClock()
    config = SessionConfig(hold_s=360, settle_s=0, variation=Variation.THREAD_NEEDLE)
    session = Session(config, clock.now())
    clock.advance(100)
    session.add_minute(clock.now())  # 7 min: the switch moves to 3:30
    cues, _ = run(session, clock)
    assert [t for t, c in cues if c is Cue.SIDE_SWITCH] == [110.0]  # 100 s + 210 - 100 s = 210


@pytest.mark.parametrize("variation", [v for v in Variation if v is not Variation.THREAD_NEEDLE])
def test_other_variations_never_switch_sides(variation):
    clock = FakeClock()
    session = Session(SessionConfig(hold_s=600, settle_s=0, variation=variation), clock.now())
    cues, _ = run(session, clock)
    assert Cue.SIDE_SWITCH not in [c for _, c in cues]
    assert session.view(clock.now()).side == 0


def test_each_variation_is_set_up_in_the_entry_and_in_bed_uses_the_headboard():
    for variation in Variation:
        keys = [s.key for s in entry_steps(variation)]
        assert keys[:4] == ["props", "sit", "swing", "distance"]
        assert keys[-2:] == ["arms", "breathe"]
    assert len(entry_steps(Variation.CLASSIC)) == 6
    assert len(entry_steps(Variation.BUTTERFLY)) == 7
    bed = " ".join(s.body.source for s in entry_steps(Variation.IN_BED))
    assert "headboard" in bed and "wall" not in bed and "floor" not in bed.replace("floor.", "")


def test_the_reclined_practice_never_switches_sides():
    from app.core.steps import Practice

    config = replace(
        SessionConfig(hold_s=600, settle_s=0, variation=Variation.THREAD_NEEDLE),
        practice=Practice.RECLINED,
    )
    assert not config.switches_sides


def test_someone_who_should_not_invert_rests_reclined_and_skips_the_forward_bend():
    from app.core.steps import Practice

    clock = FakeClock()
    config = SessionConfig(hold_s=300, practice=Practice.RECLINED)
    session = RoutineSession(RESTORATIVE, config, clock.now())
    assert [i.pose for i in session.routine.items] == [BOUND_ANGLE, LEGS_UP, EASY_SEATED, CORPSE]
    assert session.view(clock.now()).pose.step.key == BOUND_ANGLE
    while session.stage is not Stage.SETTLING:
        clock.advance(session.next_deadline(clock.now()) - clock.now())
        session.update(clock.now())
    step = session.view(clock.now()).pose.step
    assert step.title.source == "Supported reclined rest" and step.illustration == "alt-feet-raised"


def test_the_wall_card_shows_the_chosen_variation():
    clock = FakeClock()
    config = SessionConfig(hold_s=300, variation=Variation.BUTTERFLY)
    session = RoutineSession(RESTORATIVE, config, clock.now())
    assert session.view(clock.now()).pose.coming.key == BOUND_ANGLE
    while session.stage is not Stage.SETTLING:
        clock.advance(session.next_deadline(clock.now()) - clock.now())
        session.update(clock.now())
    assert session.view(clock.now()).pose.step.illustration == "var-butterfly"
