"""What every activity detector is: one question about the person at the desk, asked one way.

A detector answers one concern (how long since the last input, whether the screen is locked,
a window full screen, do-not-disturb on, a call on) through one way of asking (an X extension,
a D-Bus service, a command). It opens nothing until it is first asked, so building the
detectors costs nothing while reminders are off. When it cannot answer it raises CannotTell
with a reason a person can read; the Desk (desk.py) logs that once and goes on with the
detectors that still work.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol


class Concern(enum.Enum):
    IDLE = "idle"  # seconds since the last keyboard or pointer input
    LOCKED = "locked"  # the screen is locked (or its screensaver on)
    FULL_SCREEN = "full screen"  # the focused window fills the screen
    DO_NOT_DISTURB = "do not disturb"  # the desktop holds back notifications
    CALL = "call"  # a program records from a microphone


class CannotTell(Exception):
    """This detector cannot answer now; the message says why (no health data in it)."""


@dataclass(frozen=True)
class Unavailable:
    """A way the issue names that is not built on this desktop, and why: for the log and for
    the preferences to say what the app cannot know here."""

    concern: Concern
    way: str
    reason: str


class Detector(Protocol):
    concern: Concern
    way: str  # how it asks, for the log: "MIT-SCREEN-SAVER", "org.gnome.Mutter.IdleMonitor"
    # Its answer is kept this long before it is asked again: a command is a process spawned.
    min_interval_s: float

    def read(self) -> float | bool:
        """Seconds since the last input for IDLE; otherwise whether the condition holds.
        Raises CannotTell."""

    def watch(self, changed: Callable[[], None], idle_after_s: float) -> bool:
        """Call `changed` when the answer may have changed, from the Qt event loop, instead
        of being asked again and again. For IDLE: when the person has been idle for
        `idle_after_s`, and when they come back. False if this way cannot tell of changes
        (then the caller asks, at most once a minute)."""

    def unwatch(self) -> None: ...

    def close(self) -> None:
        """Let go of what reading opened (a display connection, watches)."""


class Polled:
    """A detector that is asked, never tells: what watch, unwatch and close default to."""

    min_interval_s = 0.0

    def watch(self, changed: Callable[[], None], idle_after_s: float) -> bool:
        return False

    def unwatch(self) -> None:
        pass

    def close(self) -> None:
        pass


def seconds(milliseconds: object, what: str) -> float:
    """A service's count of milliseconds as seconds, or CannotTell for anything else."""
    if isinstance(milliseconds, bool) or not isinstance(milliseconds, (int, float)):
        raise CannotTell(f"{what} answered {short(milliseconds)}, not a number of milliseconds")
    if not math.isfinite(milliseconds) or milliseconds < 0:
        raise CannotTell(f"{what} answered {short(milliseconds)}, not a time")
    return milliseconds / 1000


def truth(value: object, what: str) -> bool:
    if not isinstance(value, bool):
        raise CannotTell(f"{what} answered {short(value)}, not true or false")
    return value


def short(value: object, limit: int = 80) -> str:
    """A value for a message, cut short: garbage can be long."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."
