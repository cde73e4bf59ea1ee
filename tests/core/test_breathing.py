import itertools
import math

import pytest

from app.core.breathing import BreathPattern, BreathPhase, breath_at, ease, phase_starts

DEFAULT = BreathPattern()


@pytest.mark.parametrize(
    ("t", "phase", "scale"),
    [
        (0.0, BreathPhase.INHALE, 0.0),
        (1.0, BreathPhase.INHALE, ease(0.25)),
        (2.0, BreathPhase.INHALE, 0.5),
        (4.0, BreathPhase.EXHALE, 1.0),
        (7.0, BreathPhase.EXHALE, 0.5),
        (9.0, BreathPhase.EXHALE, 1 - ease(5 / 6)),
        (10.0, BreathPhase.INHALE, 0.0),
        (12.0, BreathPhase.INHALE, 0.5),
        (600.0, BreathPhase.INHALE, 0.0),
    ],
)
def test_phase_and_scale_at_grid_points(t, phase, scale):
    state = breath_at(DEFAULT, t)
    assert state.phase is phase
    assert state.scale == pytest.approx(scale, abs=1e-9)


def test_default_is_four_in_six_out_about_six_a_minute():
    assert (DEFAULT.inhale, DEFAULT.hold_in, DEFAULT.exhale, DEFAULT.hold_out) == (4, 0, 6, 0)
    assert DEFAULT.breaths_per_minute == pytest.approx(6.0)
    assert DEFAULT.exhale_led


def test_holds_are_flat():
    p = BreathPattern(4, 2, 6, 1)
    assert breath_at(p, 5.0).phase is BreathPhase.HOLD_IN
    assert breath_at(p, 5.0).scale == 1.0
    assert breath_at(p, 12.5).phase is BreathPhase.HOLD_OUT
    assert breath_at(p, 12.5).scale == 0.0
    assert breath_at(p, 13.0).phase is BreathPhase.INHALE


def test_scale_is_smooth_no_jump_bigger_than_its_speed_allows():
    # Sampled at 60 fps over two cycles, the eased scale never jumps more than the peak
    # speed of a cosine ease (pi/2 per phase length) allows.
    dt = 1 / 60
    values = [breath_at(DEFAULT, i * dt).scale for i in range(int(20 / dt))]
    steps = [abs(b - a) for a, b in itertools.pairwise(values)]
    assert max(steps) <= math.pi / 2 / DEFAULT.inhale * dt + 1e-9


def test_phase_left_and_cycle_index():
    s = breath_at(DEFAULT, 23.0)
    assert s.cycle_index == 2
    assert s.phase is BreathPhase.INHALE
    assert s.phase_left == pytest.approx(1.0)


def test_phase_starts_lists_inhales_and_exhales():
    starts = phase_starts(DEFAULT, 0.0, 20.0)
    assert starts == [
        (0.0, BreathPhase.INHALE),
        (4.0, BreathPhase.EXHALE),
        (10.0, BreathPhase.INHALE),
        (14.0, BreathPhase.EXHALE),
    ]
    assert phase_starts(DEFAULT, 4.5, 14.0) == [(10.0, BreathPhase.INHALE)]


@pytest.mark.parametrize("bad", [(0, 0, 6, 0), (4, 0, 0, 0), (-1, 0, 6, 0), (math.nan, 0, 6, 0)])
def test_invalid_patterns_are_refused(bad):
    with pytest.raises(ValueError):
        BreathPattern(*bad)
