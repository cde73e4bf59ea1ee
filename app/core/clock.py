"""Clocks. The core never reads time itself; callers pass `clock.now()` in."""

from __future__ import annotations

import sys
import time
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float:
        """Seconds on a clock that never jumps back and keeps counting through suspend."""
        ...


class SystemClock:
    """CLOCK_BOOTTIME on Linux, so a hold counts the time the computer slept.

    Elsewhere, time.monotonic(); suspend handling on those systems comes with a wall-clock
    gap check in a later change.
    """

    def __init__(self) -> None:
        boottime = getattr(time, "CLOCK_BOOTTIME", None)
        if sys.platform.startswith("linux") and boottime is not None:
            self._read = lambda: time.clock_gettime(boottime)
        else:
            self._read = time.monotonic

    def now(self) -> float:
        return self._read()


class FakeClock:
    """A clock for tests: time moves only when told to."""

    def __init__(self, start: float = 1000.0) -> None:
        self._now = start

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> float:
        if seconds < 0:
            raise ValueError("a clock does not go backwards")
        self._now += seconds
        return self._now
