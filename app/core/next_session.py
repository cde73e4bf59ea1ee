"""What the preferences make of the next session: its practice (the wall pose, or the
reclined rest for someone who must not invert), its variation, the entry guidance and pose
picture that go with them, and the SessionConfig that a profile and a hold make.

Read by the start screen, the entry guidance and Begin: one rule for each, in one place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import variations
from .steps import ENTRY_STEPS, POSE_ILLUSTRATION, Practice, Step
from .variations import VARIATIONS, Variation

if TYPE_CHECKING:  # a session's timing is loaded with the first session, not at launch
    from .preferences import Preferences
    from .session import SessionConfig


def practice(prefs: Preferences) -> Practice:
    return Practice.RECLINED if prefs.must_not_invert else Practice.WALL


def variation(prefs: Preferences) -> Variation:
    """The variation chosen; the reclined rest has none."""
    return prefs.variation if practice(prefs) is Practice.WALL else Variation.CLASSIC


def entry_steps(prefs: Preferences) -> tuple[Step, ...]:
    if practice(prefs) is Practice.WALL:
        return variations.entry_steps(variation(prefs))
    return ENTRY_STEPS[practice(prefs)]


def pose_picture(prefs: Preferences) -> str:
    if practice(prefs) is Practice.WALL:
        return VARIATIONS[variation(prefs)].illustration
    return POSE_ILLUSTRATION[practice(prefs)]


def config(prefs: Preferences, hold_s: float) -> SessionConfig:
    """A session of the active profile with this hold, in the practice and variation the
    preferences lead to."""
    from .session import SessionConfig

    profile = prefs.active
    return SessionConfig(
        hold_s=hold_s,
        settle_s=profile.settle_s,
        pause_s=profile.pause_s,
        pattern=profile.pattern,
        practice=practice(prefs),
        cues=profile.cues,
        variation=variation(prefs),
    )
