"""Loudness, in one place: each sound's fixed offset and the volume curve.

A sound's loudness is its RMS level over its first second, the strike the ear judges a chime
by. Every sound sits a fixed number of decibels under the bowl that starts the hold, so the
cues keep their relation at any volume, and no sound peaks above -3 dBFS.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

PEAK_LIMIT_DBFS = -3.0
LOUDNESS_WINDOW_S = 1.0

# Offsets from the bowl, in dB. The order of loudness follows how much each cue must be
# noticed: the end of the hold most, the breath tones least.
OFFSET_DB: dict[str, float] = {
    "hold_start": 0.0,
    "hold_end": 0.0,
    "pause_done": -2.0,
    "next_pose": -2.0,
    "side_switch": -3.0,
    "both_legs": -4.0,
    "pause_start": -4.0,
    "halfway": -4.0,
    "interval": -6.0,
    "exit_step": -10.0,
    "breath_in": -12.0,
    "breath_out": -14.0,
}


def loudness_db(samples: Sequence[int], rate: int) -> float:
    """RMS over the first LOUDNESS_WINDOW_S seconds, in dBFS."""
    window = samples[: round(LOUDNESS_WINDOW_S * rate)]
    if not len(window):
        return -math.inf
    mean = sum(x * x for x in window) / len(window)
    return -math.inf if mean == 0 else 10 * math.log10(mean / 32767**2)


def gain(volume_percent: float) -> float:
    """The volume curve: gain = v**2 for v in 0..1, so 50 % is -12 dB and 25 % is -24 dB.

    A squared curve spreads the quiet end over more of the slider, where bedtime lives.
    """
    v = min(max(volume_percent, 0.0), 100.0) / 100.0
    return v * v


def gain_db(volume_percent: float) -> float:
    g = gain(volume_percent)
    return -math.inf if g == 0 else 20 * math.log10(g)
