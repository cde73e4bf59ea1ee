"""Which chime plays when. Times are data derived from the session's deadlines."""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum
from typing import NamedTuple

from .i18n import QT_TRANSLATE_NOOP, Text


class Cue(Enum):
    HOLD_START = "hold_start"
    HALFWAY = "halfway"
    INTERVAL = "interval"
    HOLD_END = "hold_end"
    EXIT_STEP = "exit_step"
    PAUSE_START = "pause_start"
    PAUSE_DONE = "pause_done"
    BREATH_IN = "breath_in"
    BREATH_OUT = "breath_out"
    SIDE_SWITCH = "side_switch"  # thread the needle: change legs
    BOTH_LEGS = "both_legs"  # thread the needle: both sides done, both legs up the wall
    NEXT_POSE = "next_pose"  # a routine moves on to its next pose


# Without these the person on the floor cannot follow a routine or a side switch at all, so
# the preferences offer no switch for them.
ALWAYS_ON = frozenset({Cue.SIDE_SWITCH, Cue.BOTH_LEGS, Cue.NEXT_POSE})


# Cues that only mark time inside the hold. One that is found long overdue (the computer
# slept through it) is dropped rather than played late; the others always play.
MINOR_CUES = frozenset({Cue.HALFWAY, Cue.INTERVAL, Cue.BREATH_IN, Cue.BREATH_OUT})
LATE_LIMIT_S = 2.0


@dataclass(frozen=True)
class CueSettings:
    hold_start: bool = True
    hold_end: bool = True
    exit_step: bool = True
    pause_start: bool = True
    pause_done: bool = True
    halfway: bool = False
    interval: bool = False
    interval_min: int = 3  # 1..10
    breath_tones: bool = False

    def enabled(self, cue: Cue) -> bool:
        if cue in ALWAYS_ON:
            return True
        if cue in (Cue.BREATH_IN, Cue.BREATH_OUT):
            return self.breath_tones
        return bool(getattr(self, cue.value))


# What each switch of CueSettings does, in the order the preferences list them. The
# interval switch's label has %1 where its minutes go.
CUE_LABELS: dict[str, Text] = {
    "hold_start": QT_TRANSLATE_NOOP("cues", "A bowl when the hold begins"),
    "halfway": QT_TRANSLATE_NOOP("cues", "A bell at halfway"),
    "interval": QT_TRANSLATE_NOOP("cues", "A soft bell every %1 minutes"),
    "hold_end": QT_TRANSLATE_NOOP(
        "cues", "A deep bowl, struck twice, when it is time to come down"
    ),
    "exit_step": QT_TRANSLATE_NOOP("cues", "A small bell at each step of coming down"),
    "pause_start": QT_TRANSLATE_NOOP("cues", "A bowl when the seated pause begins"),
    "pause_done": QT_TRANSLATE_NOOP("cues", "A rising bell when the seated pause is complete"),
    "breath_tones": QT_TRANSLATE_NOOP(
        "cues", "Breath tones: a soft swell as you breathe in and out"
    ),
}


class CueEvent(NamedTuple):
    cue: Cue
    due: float  # the deadline it belongs to (clock seconds)
    fired: float  # the `now` at which the core reported it


def hold_marks(
    length: float,
    settings: CueSettings,
    side_switch: float | None = None,
    both_legs: float | None = None,
) -> list[tuple[float, Cue]]:
    """Halfway, interval and thread the needle's cues as offsets of active hold time,
    excluding the end itself. Two chimes at one moment would blur what each means: the
    sides win over halfway, and all of them over an interval bell."""
    marks: list[tuple[float, Cue]] = []
    taken: list[float] = []
    for offset, cue in ((side_switch, Cue.SIDE_SWITCH), (both_legs, Cue.BOTH_LEGS)):
        if offset is not None and 0 < offset < length:
            marks.append((offset, cue))
            taken.append(offset)
    if settings.halfway and length > 0 and not _near(length / 2.0, taken):
        marks.append((length / 2.0, Cue.HALFWAY))
        taken.append(length / 2.0)
    if settings.interval:
        step = 60.0 * min(max(settings.interval_min, 1), 10)
        for k in range(1, math.ceil(length / step) + 1):
            offset = k * step
            if offset < length - 1e-6 and not _near(offset, taken):
                marks.append((offset, Cue.INTERVAL))
    return sorted(marks, key=lambda m: m[0])


def _near(offset: float, taken: list[float]) -> bool:
    return any(abs(offset - t) < 1.0 for t in taken)
