"""Loudness, in one place: each sound's fixed offset and the volume curve.

A sound's level is its peak in dBFS. The bowl that starts the hold peaks at -3 dBFS; every
other sound sits a fixed number of decibels under it, so the cues keep their relation to
each other at any volume.
"""

from __future__ import annotations

import math

BOWL_PEAK_DBFS = -3.0

# Offsets from the bowl, in dB. The order of loudness follows how much each cue must be
# noticed: the end of the hold most, the breath tones least.
OFFSET_DB: dict[str, float] = {
    "hold_start": 0.0,
    "hold_end": 0.0,
    "pause_done": -2.0,
    "pause_start": -4.0,
    "halfway": -4.0,
    "interval": -6.0,
    "exit_step": -10.0,
    "breath_in": -12.0,
    "breath_out": -14.0,
}


def peak_dbfs(name: str) -> float:
    return BOWL_PEAK_DBFS + OFFSET_DB[name]


def gain(volume_percent: float) -> float:
    """The volume curve: gain = v**2 for v in 0..1, so 50 % is -12 dB and 25 % is -24 dB.

    A squared curve spreads the quiet end over more of the slider, where bedtime lives.
    """
    v = min(max(volume_percent, 0.0), 100.0) / 100.0
    return v * v


def gain_db(volume_percent: float) -> float:
    g = gain(volume_percent)
    return -math.inf if g == 0 else 20 * math.log10(g)
