"""What the desktop says, for the reminders: the conditions that hold every reminder back
("not now") and the work time that brings a break (issue 23).

The scheduler asks `look` when it checks; nothing is asked, watched or counted while every
reminder is off. The desktop's detectors (app/platform/activity) answer in their own terms
(Concern); the core's reminders speak of Conditions, so they are mapped here, once.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import NamedTuple, Protocol

from ...core import work_breaks
from ...core.clock import Clock
from ...core.reminders import Condition, ReminderSettings
from ...core.work_breaks import WorkTime
from ...platform.activity import Concern, Look

log = logging.getLogger(__name__)

CONDITION_OF: dict[Concern, Condition] = {
    Concern.LOCKED: Condition.LOCKED,
    Concern.CALL: Condition.CALL,
    Concern.FULL_SCREEN: Condition.FULL_SCREEN,
    Concern.DO_NOT_DISTURB: Condition.DO_NOT_DISTURB,
}


class DeskLike(Protocol):
    """What of app.platform.activity.Desk the reminders use (tests script one)."""

    def look(self, concerns: frozenset[Concern] = ...) -> Look: ...

    def watch(self, changed: Callable[[], None], idle_after_s: float) -> frozenset[Concern]: ...

    def unwatch(self) -> None: ...


class Seen(NamedTuple):
    idle_s: float | None  # None: no idle source answered
    conditions: frozenset[Condition]


NOTHING_SEEN = Seen(None, frozenset())


class AtDesk:
    """The desk's answers and the work time counted from them."""

    def __init__(self, desk: DeskLike | None, clock: Clock) -> None:
        self.desk = desk
        self.clock = clock
        self.work = WorkTime()
        self.seen = NOTHING_SEEN
        self.watched: frozenset[Concern] | None = None  # None: not watching
        self._had_idle = False  # the idle source answered at the last look it was asked
        self._told = False  # a failed look is logged once

    def look(self, settings: ReminderSettings, wall: datetime, changed: Callable[[], None]) -> Seen:
        """Ask the desk (only with a reminder on), and count the work since the last look."""
        if self.desk is None or not (settings.bedtime.on or settings.breaks.on):
            self._unwatch()
            self.seen = NOTHING_SEEN
            return self.seen
        if self.watched is None:
            self.watched = self.desk.watch(changed, work_breaks.AWAY_AFTER_S)
        try:
            found = self.desk.look()
        except Exception as error:  # the Desk logs its detectors' faults; this is a bug's
            if not self._told:
                self._told = True
                log.warning("the desk could not be asked (%r); reminders go on without it", error)
            found = Look(None, frozenset(), frozenset())
        conditions = frozenset(CONDITION_OF[c] for c in found.conditions if c in CONDITION_OF)
        idle_s = self._idle(found.idle_s, Condition.LOCKED in conditions)
        self.seen = Seen(idle_s, conditions)
        if not self.work.in_session:
            now = self.clock.now()
            self.work = work_breaks.observe(
                self.work, now, wall, idle_s, conditions, settings.breaks
            )
        return self.seen

    def _idle(self, idle_s: float | None, locked: bool) -> float | None:
        """While locked the Desk asks nothing else, yet the idle source is still there: the
        time away runs from the lock (the count keeps when it began), not the clock slots."""
        if idle_s is None and locked and self._had_idle:
            return 0.0
        self._had_idle = idle_s is not None
        return idle_s

    def counts_work(self, settings: ReminderSettings) -> bool:
        """Breaks come by the work counted, not by the clock slots."""
        return settings.breaks.on and self.seen.idle_s is not None

    def needs_polling(self) -> bool:
        """Asked again within a minute unless the desk tells of changes itself; not at all
        while a watched lock holds."""
        if self.desk is None or self.watched is None:
            return False
        locked = Condition.LOCKED in self.seen.conditions
        return not (locked and Concern.LOCKED in self.watched)

    def _unwatch(self) -> None:
        if self.desk is not None and self.watched is not None:
            self.desk.unwatch()
        self.watched = None
