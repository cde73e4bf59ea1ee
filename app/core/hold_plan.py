"""The progressive hold plan: the next hold to suggest, worked out from the history.

A new practice starts short and grows a minute or two at a time, up to the person's target.
"Too long" brings the next hold down a little, and tingling brings it down to two-thirds of the
hold that tingled (shared/DOMAIN.md: never push through it, make the next hold shorter). Each
suggestion comes from the last finished hold alone, so after tingling the plan climbs back only
through the comfortable holds that follow.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from .i18n import QT_TRANSLATE_NOOP, Text
from .past_sessions import Comfort, SessionRecord
from .session import Ending

FIRST_MIN = 3
# The floor: low enough that a hold which tingled at two minutes is still followed by a
# shorter one. Only a hold that tingled within its first minute and a half is not.
LOWEST_MIN = 1
GROW_MIN = {Comfort.JUST_RIGHT: 1, Comfort.TOO_SHORT: 2}
TINGLING_SHARE = 2 / 3  # of the hold that tingled
TOO_LONG_SHARE = 0.8  # "a little shorter": 15 -> 12, 10 -> 8, 5 -> 4

REASONS: dict[str, Text] = {
    "first": QT_TRANSLATE_NOOP("plan", "A short first hold, to begin with"),
    "tingling": QT_TRANSLATE_NOOP("plan", "Last time: tingling at %1 min, so a shorter hold"),
    "just_right": QT_TRANSLATE_NOOP("plan", "Last time: just right at %1 min, so a little longer"),
    "too_short": QT_TRANSLATE_NOOP("plan", "Last time: too short at %1 min, so longer"),
    "too_long": QT_TRANSLATE_NOOP("plan", "Last time: too long at %1 min, so a little shorter"),
    "unrated": QT_TRANSLATE_NOOP("plan", "Last time: %1 min, not rated, so the same again"),
    "target": QT_TRANSLATE_NOOP("plan", "Your target of %1 min"),
}


@dataclass(frozen=True)
class Suggestion:
    minutes: int
    reason: str  # a key of REASONS
    last_min: int | None = None  # the %1 in the reason

    @property
    def hold_s(self) -> float:
        return self.minutes * 60.0

    @property
    def reason_text(self) -> Text:
        return REASONS[self.reason]


def suggest(history: Sequence[SessionRecord], target_min: int) -> Suggestion:
    """`history` in any order; sessions that were interrupted say nothing about comfort."""
    done = sorted(
        (r for r in history if r.ending not in (None, Ending.INTERRUPTED)),
        key=lambda r: r.started_at,
    )
    if not done:
        return Suggestion(min(FIRST_MIN, target_min), "first")
    last = done[-1]
    last_min = max(1, round(last.minutes))
    if last.ending is Ending.TINGLING:
        return _shorter(last.minutes * TINGLING_SHARE, target_min, "tingling", last_min)
    if last.comfort is Comfort.TOO_LONG:
        return _shorter(last.minutes * TOO_LONG_SHARE, target_min, "too_long", last_min)
    if last.comfort in GROW_MIN:
        grown = last_min + GROW_MIN[last.comfort]
        if grown >= target_min:
            return Suggestion(target_min, "target", target_min)
        return Suggestion(grown, last.comfort.value, last_min)
    return Suggestion(max(LOWEST_MIN, min(last_min, target_min)), "unrated", last_min)


def _shorter(minutes: float, target_min: int, reason: str, last_min: int) -> Suggestion:
    """Whole minutes rounded down, so the suggestion stays under the hold it came from."""
    return Suggestion(max(LOWEST_MIN, min(math.floor(minutes), target_min)), reason, last_min)
