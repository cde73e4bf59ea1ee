"""Clocks. The core never reads time itself; callers pass `clock.now()` in."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float:
        """Seconds on a clock that never jumps back and keeps counting through suspend."""
        ...


class SystemClock:
    """CLOCK_BOOTTIME on Linux, so a hold counts the time the computer slept.

    Elsewhere time.monotonic(), which may stop while the computer sleeps (it does on macOS),
    with a wall-clock gap check to put the sleep back.
    """

    def __init__(self) -> None:
        boottime = getattr(time, "CLOCK_BOOTTIME", None)
        if sys.platform.startswith("linux") and boottime is not None:
            self._read = lambda: time.clock_gettime(boottime)
        else:
            self._read = GapCheckedClock().now

    def now(self) -> float:
        return self._read()


class GapCheckedClock:
    """A monotonic clock that adds back the time it did not count.

    Between two reads the wall clock and the monotonic clock move together; when the wall
    clock moved further by more than `tolerance`, the computer slept and the difference is
    added. A wall clock set back is ignored; one set forward by hand would count as sleep,
    which only lengthens the hold under way. A session reads the clock at least once a
    second, so the gap is seen on waking."""

    def __init__(
        self,
        monotonic: Callable[[], float] = time.monotonic,
        wall: Callable[[], float] = time.time,
        tolerance: float = 2.0,
    ) -> None:
        self._monotonic, self._wall, self.tolerance = monotonic, wall, tolerance
        self._last_mono, self._last_wall = monotonic(), wall()
        self._slept = 0.0

    def now(self) -> float:
        mono, wall = self._monotonic(), self._wall()
        gap = (wall - self._last_wall) - (mono - self._last_mono)
        if gap > self.tolerance:
            self._slept += gap
        self._last_mono, self._last_wall = mono, wall
        return mono + self._slept


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
