"""The progressive hold plan: the next hold to suggest, worked out from the history.

A new practice starts short and grows a minute or two at a time, up to the person's target;
"too long" holds it where it is, and tingling brings it down to about two-thirds of the last
comfortable hold (shared/DOMAIN.md: never push through it, make the next hold shorter).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.core.history import Comfort, SessionRecord
from app.core.i18n import QT_TRANSLATE_NOOP, Text
from app.core.session import Ending

FIRST_MIN = 3
LOWEST_MIN = 2  # a suggestion never drops below a couple of minutes
GROW_MIN = {Comfort.JUST_RIGHT: 1, Comfort.TOO_SHORT: 2}

REASONS: dict[str, Text] = {
    "first": QT_TRANSLATE_NOOP("plan", "A short first hold, to begin with"),
    "tingling": QT_TRANSLATE_NOOP("plan", "Last time: tingling at %1 min, so a shorter hold"),
    "just_right": QT_TRANSLATE_NOOP("plan", "Last time: just right at %1 min, so a little longer"),
    "too_short": QT_TRANSLATE_NOOP("plan", "Last time: too short at %1 min, so longer"),
    "too_long": QT_TRANSLATE_NOOP("plan", "Last time: too long at %1 min, so the same again"),
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
        comfortable = next(
            (
                r
                for r in reversed(done[:-1])
                if r.ending is not Ending.TINGLING and r.comfort is not Comfort.TOO_LONG
            ),
            last,
        )
        lower = round(max(comfortable.minutes, 0.0) * 2 / 3)
        return Suggestion(max(LOWEST_MIN, min(lower, target_min)), "tingling", last_min)
    if last.comfort in GROW_MIN:
        grown = last_min + GROW_MIN[last.comfort]
        if grown >= target_min:
            return Suggestion(target_min, "target", target_min)
        return Suggestion(grown, last.comfort.value, last_min)
    reason = "too_long" if last.comfort is Comfort.TOO_LONG else "unrated"
    return Suggestion(max(LOWEST_MIN, min(last_min, target_min)), reason, last_min)
