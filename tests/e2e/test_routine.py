"""A routine of one's own, run by the installed app with no input after Begin: its cards and
poses, thread the needle's side switch, the seated pause, each chime in its place."""

import pytest

from app.core.routines import TRANSITION_S

from .conftest import PLANS
from .test_chimes import check_files

pytestmark = pytest.mark.e2e


def test_the_routine_ran_by_itself_card_by_card(routine_session):
    rec = routine_session
    stages = [m.split()[1] for m in rec.messages() if m.startswith("stage ")]
    assert stages == [
        "transition",  # the corpse pose's card
        "pose",
        "settling",  # legs up the wall's card
        "hold",
        "exit",
        "seated_pause",
        "done",
    ]
    assert [m for m in rec.messages() if m.startswith("action ")] == []
    assert rec.exit_code == 0


def test_each_chime_of_the_routine_came_on_time(routine_session):
    rec = routine_session
    cues = rec.cues()
    assert [c[0] for c in cues] == [
        "next_pose",
        "hold_start",
        "next_pose",
        "hold_start",
        "side_switch",
        "hold_end",
        "exit_step",
        "exit_step",
        "exit_step",
        "pause_start",
        "pause_done",
    ]
    due = {(name, n): at for n, (name, at, _) in enumerate(cues)}
    start = due["next_pose", 0]
    card = TRANSITION_S  # time to move and set the props out before each pose
    assert due["hold_start", 1] - start == pytest.approx(card, abs=0.05)
    assert due["next_pose", 2] - start == pytest.approx(card + 30, abs=0.05)
    settle = PLANS["routine"].settle_s  # the wall's card: the profile's settling
    assert due["hold_start", 3] - due["next_pose", 2] == pytest.approx(settle, abs=0.05)
    assert due["side_switch", 4] - due["hold_start", 3] == pytest.approx(15, abs=0.05)
    assert due["pause_done", 10] - due["pause_start", 9] >= 30
    for name, at, fired in cues:
        assert 0 <= fired - at < 0.25, name
    check_files(rec)  # each one recorded from the device, recognised by its own pitches


def test_the_cards_and_the_pose_were_shown(routine_session):
    shots = routine_session.shots
    assert {"card", "pose", "done"} <= set(shots)
