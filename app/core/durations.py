"""The app's time limits and defaults, and the DURATION syntax of the command line."""

from __future__ import annotations

import math
import re

HOLD_MIN_S = 10.0
HOLD_MAX_S = 60 * 60.0
HOLD_PRESETS_MIN = (2, 5, 10, 15, 20)
QUICK_START_MIN = (5, 10, 15, 20)  # the tray's and the Session menu's quick starts

SETTLE_MIN_S = 0.0
SETTLE_MAX_S = 180.0
DEFAULT_SETTLE_S = 45.0

# Blood pressure readjusts after an inversion: the seated pause is never shorter than this.
PAUSE_MIN_S = 30.0
PAUSE_MAX_S = 10 * 60.0

EXTEND_STEP_S = 60.0  # the "+1 minute" button

_DURATION = re.compile(r"^(?:(?P<m>\d+(?:\.\d+)?)m)?(?:(?P<s>\d+(?:\.\d+)?)s)?$")


class DurationError(ValueError):
    pass


def parse_duration(text: str, lo: float = HOLD_MIN_S, hi: float = HOLD_MAX_S) -> float:
    """`10` (minutes), `10m`, `90s` or `1m30s` -> seconds, within [lo, hi]."""
    raw = text.strip().lower().replace(" ", "")
    if not raw:
        raise DurationError("empty duration")
    if re.fullmatch(r"\d+(?:\.\d+)?", raw):
        seconds = float(raw) * 60.0
    else:
        match = _DURATION.match(raw)
        if not match or not (match["m"] or match["s"]):
            raise DurationError(f"{text!r} is not a duration; use 10, 10m, 90s or 1m30s")
        seconds = float(match["m"] or 0) * 60.0 + float(match["s"] or 0)
    if not in_range(seconds, lo, hi):
        raise DurationError(f"{text!r} is outside {format_span(lo)} to {format_span(hi)}")
    return seconds


def in_range(seconds: float, lo: float = HOLD_MIN_S, hi: float = HOLD_MAX_S) -> bool:
    """A span that `--start` accepts for a hold (and a hand-over from a second launch)."""
    return math.isfinite(seconds) and lo <= seconds <= hi


def format_span(seconds: float) -> str:
    """Plain, language-neutral span for messages: `10 s`, `5 min`, `1 min 30 s`."""
    whole = round(seconds)
    m, s = divmod(whole, 60)
    if m and s:
        return f"{m} min {s} s"
    return f"{m} min" if m else f"{s} s"


def format_clock(seconds: float) -> str:
    """mm:ss for a countdown, rounded up so it shows 0:00 only when time is really up."""
    whole = max(0, math.ceil(seconds - 1e-9))
    m, s = divmod(whole, 60)
    return f"{m}:{s:02d}"


def clamp(value: float, lo: float, hi: float) -> float:
    return min(max(value, lo), hi)


# The progressive plan's goal, in minutes: here rather than in hold_plan.py, so that the
# preferences can check it without loading the plan (and the history) at start-up.
PLAN_TARGET_DEFAULT_MIN = 15
PLAN_TARGET_RANGE_MIN = (5, 20)
