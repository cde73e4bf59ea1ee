"""The detectors together: what the work-break wiring holds and asks.

`look(concerns)` asks each concern's detectors and gives one Look: the idle time from the
first way that answers; a condition (locked, full screen, do not disturb, a call) when any
way that answers says so. A way that cannot tell, hangs past its timeout or raises is
logged once, with its reason, and rests RETRY_S before it is asked again (a hung D-Bus peer
costs its timeout once in ten minutes, not at every look); the other ways go on. While the
screen is locked nothing else is asked: the person is away, and a locked desk costs nothing.

`watch(changed, idle_after_s)` asks the ways that can tell of changes to do so (Mutter's
idle watches, logind's and the screensaver's lock signals, Notifications' Inhibited), so
the caller looks again when told instead of on a timer; it polls, at most once a minute,
only for the concerns not in the set it returns.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from .base import CannotTell, Concern, Detector, Unavailable

log = logging.getLogger(__name__)

RETRY_S = 600.0  # a way that failed is asked again after ten minutes
CONDITIONS = frozenset(Concern) - {Concern.IDLE}


@dataclass(frozen=True)
class Look:
    idle_s: float | None  # None: not asked, locked, or no way could tell
    conditions: frozenset[Concern]  # those found on
    unknown: frozenset[Concern]  # asked, and no way could tell


class Desk:
    def __init__(
        self,
        detectors: Sequence[Detector],
        unavailable: Sequence[Unavailable] = (),
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.detectors = list(detectors)
        self.unavailable = tuple(unavailable)
        self._clock = clock
        self._resting: dict[int, float] = {}  # detector -> when it may be asked again
        self._kept: dict[int, tuple[float, float | bool]] = {}  # detector -> (when, answer)
        self._reported: set[int] = set()

    def concerns(self) -> frozenset[Concern]:
        """What this desktop has a way to tell (whether or not it answers just now)."""
        return frozenset(d.concern for d in self.detectors)

    def look(self, concerns: Collection[Concern] = frozenset(Concern)) -> Look:
        wanted = [c for c in Concern if c in concerns]  # locked first, then the rest
        wanted.sort(key=lambda c: c is not Concern.LOCKED)
        idle_s: float | None = None
        on: set[Concern] = set()
        unknown: set[Concern] = set()
        for concern in wanted:
            answer = self._answer(concern)
            if answer is None:
                unknown.add(concern)
            elif concern is Concern.IDLE:
                idle_s = float(answer)
            elif answer:
                on.add(concern)
                if concern is Concern.LOCKED:
                    break
        return Look(idle_s, frozenset(on), frozenset(unknown))

    def watch(self, changed: Callable[[], None], idle_after_s: float) -> frozenset[Concern]:
        """The concerns some way now tells of when they change."""
        told = set()
        for detector in self.detectors:
            try:
                if detector.watch(changed, idle_after_s):
                    told.add(detector.concern)
            except Exception as error:  # a broken way must not stop the others
                self._failed(detector, f"{type(error).__name__}: {error}")
        return frozenset(told)

    def unwatch(self) -> None:
        for detector in self.detectors:
            self._quietly(detector.unwatch)

    def close(self) -> None:
        for detector in self.detectors:
            self._quietly(detector.close)

    def _answer(self, concern: Concern) -> float | bool | None:
        """IDLE: the first answer. A condition: whether any answer says so. None: no way
        answered."""
        answers = []
        for detector in self.detectors:
            if detector.concern is not concern:
                continue
            answer = self._ask(detector)
            if answer is not None:
                if concern is Concern.IDLE or answer is True:
                    return answer
                answers.append(answer)
        return False if answers else None

    def _ask(self, detector: Detector) -> float | bool | None:
        key, now = id(detector), self._clock()
        if now < self._resting.get(key, now):
            return None
        kept = self._kept.get(key)
        if kept is not None and now - kept[0] < detector.min_interval_s:
            return kept[1]
        try:
            answer = detector.read()
        except CannotTell as error:
            reason = str(error)
        except Exception as error:  # a detector's bug must not take the app down
            reason = f"{type(error).__name__}: {error}"
        else:
            self._resting.pop(key, None)
            self._kept[key] = (now, answer)
            return answer
        self._resting[key] = now + RETRY_S
        self._failed(detector, reason)
        return None

    def _failed(self, detector: Detector, reason: str) -> None:
        if id(detector) not in self._reported:
            self._reported.add(id(detector))
            log.warning(
                "cannot tell %s through %s (%s); going on with what still works",
                detector.concern.value,
                detector.way,
                reason,
            )

    def _quietly(self, step: Callable[[], None]) -> None:
        try:
            step()
        except Exception as error:  # letting go must not fail the rest
            log.debug("letting go of a detector failed: %r", error)
