"""Clocks. The core never reads time itself; callers pass `clock.now()` in."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from functools import partial
from typing import Any, Protocol


class Clock(Protocol):
    def now(self) -> float:
        """Seconds on a clock that never jumps back and keeps counting through suspend."""
        ...


class SystemClock:
    """A clock that counts the time the computer slept and never follows the wall clock,
    where the system has one (`sleep_counting`). Elsewhere time.monotonic(), which may stop
    while the computer sleeps, with a wall-clock gap check to put the sleep back."""

    def __init__(self) -> None:
        self._read = sleep_counting() or GapCheckedClock().now

    def now(self) -> float:
        return self._read()


def sleep_counting(
    platform: str = sys.platform,
    clocks: Any = time,
    windows_ticks: Callable[[], Callable[[], int]] | None = None,
) -> Callable[[], float] | None:
    """The system's own clock that goes on through suspend, if it has one. A wall clock set
    forward (by hand, or a large correction) would pass for sleep in the gap check, and
    could shorten a seated pause under way: these clocks are not moved by it."""
    if platform.startswith("linux") and hasattr(clocks, "CLOCK_BOOTTIME"):
        return partial(clocks.clock_gettime, clocks.CLOCK_BOOTTIME)
    if platform == "darwin" and hasattr(clocks, "CLOCK_MONOTONIC"):
        # Apple's CLOCK_MONOTONIC goes on while asleep; time.monotonic() (mach_absolute_time,
        # like CLOCK_UPTIME_RAW) stops.
        return partial(clocks.clock_gettime, clocks.CLOCK_MONOTONIC)
    if platform == "win32":
        # GetTickCount64 counts sleep and hibernation (Windows' documentation), to 10-16 ms.
        # Read directly: from Python 3.13, time.monotonic() is QueryPerformanceCounter.
        try:
            ticks = (windows_ticks or _get_tick_count64)()
        except (OSError, AttributeError):
            return None
        return lambda: ticks() / 1000.0
    return None


def _get_tick_count64() -> Callable[[], int]:
    import ctypes

    function = ctypes.WinDLL("kernel32").GetTickCount64  # type: ignore[attr-defined]
    function.restype = ctypes.c_uint64
    function.argtypes = ()
    return function


class GapCheckedClock:
    """A monotonic clock that adds back the time it did not count.

    Between two reads the wall clock and the monotonic clock move together; when the wall
    clock moved further by more than `tolerance`, the computer slept and the difference is
    added. A wall clock set back is ignored; one set forward by hand counts as sleep, which
    lengthens a hold but could cut a seated pause short: so this is used only where the
    system has no clock of its own that counts sleep. A session reads the clock at least
    once a second, so the gap is seen on waking."""

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
