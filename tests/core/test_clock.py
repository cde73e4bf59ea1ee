"""The clocks: the boot-time clock on Linux, and elsewhere a monotonic clock that puts back
the time it did not count while the computer slept."""

import sys
import time

import pytest

from app.core.clock import FakeClock, GapCheckedClock, SystemClock, sleep_counting


class Readings:
    """A monotonic and a wall clock that a test moves by hand."""

    def __init__(self) -> None:
        self.mono = 100.0
        self.wall = 1_800_000_000.0

    def tick(self, mono: float, wall: float | None = None) -> None:
        self.mono += mono
        self.wall += mono if wall is None else wall


def test_a_suspend_that_stops_the_monotonic_clock_is_put_back():
    r = Readings()
    clock = GapCheckedClock(lambda: r.mono, lambda: r.wall)
    start = clock.now()
    r.tick(1)
    assert clock.now() - start == pytest.approx(1)
    r.tick(0.2, wall=600)  # asleep ten minutes: the monotonic clock barely moved
    assert clock.now() - start == pytest.approx(601)
    r.tick(1)
    assert clock.now() - start == pytest.approx(602)  # and it stays counted


def test_small_wall_clock_jitter_and_a_clock_set_back_are_not_sleep():
    r = Readings()
    clock = GapCheckedClock(lambda: r.mono, lambda: r.wall)
    start = clock.now()
    r.tick(1, wall=2.5)  # NTP nudging by 1.5 s: under the tolerance
    r.tick(1, wall=-3600)  # a wall clock set back an hour
    r.tick(1)
    assert clock.now() - start == pytest.approx(3)


def test_a_monotonic_clock_that_already_counts_sleep_is_not_counted_twice():
    r = Readings()
    clock = GapCheckedClock(lambda: r.mono, lambda: r.wall)
    start = clock.now()
    r.tick(600)  # both moved together
    assert clock.now() - start == pytest.approx(600)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="CLOCK_BOOTTIME is Linux's")
def test_on_linux_the_system_clock_is_boot_time():
    clock = SystemClock()
    before = time.clock_gettime(time.CLOCK_BOOTTIME)
    now = clock.now()
    after = time.clock_gettime(time.CLOCK_BOOTTIME)
    assert before <= now <= after


class Clocks:
    """What `time` offers on another system, for choosing among its clocks."""

    CLOCK_MONOTONIC = 1
    CLOCK_BOOTTIME = 7

    def __init__(self) -> None:
        self.read: list[int] = []

    def clock_gettime(self, which: int) -> float:
        self.read.append(which)
        return 5.0


def test_each_system_reads_a_clock_that_counts_sleep_and_ignores_the_wall_clock():
    """A wall clock set forward passes for sleep in the gap check and could cut a seated
    pause short: the gap check is for systems without such a clock."""
    linux = Clocks()
    assert sleep_counting("linux", linux)() == 5.0 and linux.read == [Clocks.CLOCK_BOOTTIME]
    mac = Clocks()
    # Apple's CLOCK_MONOTONIC goes on through sleep; time.monotonic() does not.
    assert sleep_counting("darwin", mac)() == 5.0 and mac.read == [Clocks.CLOCK_MONOTONIC]
    # Windows: GetTickCount64's milliseconds, whatever time.monotonic() reads (QPC from 3.13).
    windows = sleep_counting("win32", Clocks(), lambda: lambda: 12_345)
    assert windows() == 12.345

    def no_kernel32():
        raise OSError("no such library")

    assert sleep_counting("win32", Clocks(), no_kernel32) is None
    assert sleep_counting("freebsd14", Clocks()) is None


def test_the_fake_clock_never_goes_back():
    clock = FakeClock()
    with pytest.raises(ValueError):
        clock.advance(-1)
