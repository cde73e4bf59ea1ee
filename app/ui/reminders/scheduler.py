"""Arms one timer for the next reminder, and says when a reminder is due.

Between sessions exactly one single-shot timer is armed (none during a session and none
with every reminder off): no polling. A Qt timer does not count suspend and knows nothing of
time zones, so the next reminder is worked out again on waking, on a new time zone, on a
change in the preferences, and whenever the timer fires.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ...core import reminders
from ...core.reminders import Reminder
from ...core.session import Stage
from ...platform.local_time import LocalWall
from ...storage.preferences_store import PreferencesStore
from ..session.controller import SessionController

log = logging.getLogger(__name__)

MAX_TIMER_MS = 2**31 - 1  # QTimer's limit, about 24 days; it wakes early and re-arms
DUE_TOLERANCE_S = 0.5  # a timer may fire a hair early


class ReminderScheduler(QObject):
    due = Signal(object)  # a Reminder to offer
    withdrawn = Signal()  # a session began: any reminder on show is moot

    def __init__(
        self,
        store: PreferencesStore,
        wall: LocalWall,
        busy: Callable[[], bool] = lambda: False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.wall = wall
        self.busy = busy
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        # A coarse timer may be 5 % late: three minutes on an hour.
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.check)
        self.later: Reminder | None = None
        self.later_at: datetime | None = None
        self._known = store.prefs.reminders

    # --- what the app tells it ----------------------------------------------------------------

    def follow(self, controller: SessionController) -> None:
        """Quiet from Begin; the session is over for reminders when the seated pause ends,
        whether or not the done screen is left."""
        self.busy = lambda: controller.active
        controller.sessionStarted.connect(lambda _: self.session_started())
        controller.stageChanged.connect(
            lambda stage: self.session_ended() if stage is Stage.DONE else None
        )

    def session_started(self) -> None:
        self.timer.stop()
        self.later = self.later_at = None
        self.withdrawn.emit()
        log.info("reminders quiet during the session")

    def session_ended(self) -> None:
        prefs = self.store.prefs
        reminders.after_session(prefs.reminders, prefs.reminded, self.wall.now())
        self.store.save()
        self.check()

    def settings_changed(self) -> None:
        """New reminder times: a slot they put in the past is not offered at once; the
        person is at the computer, setting them."""
        prefs = self.store.prefs
        now = self.wall.now()
        changed = [k for k in reminders.Kind if prefs.reminders.of(k) != self._known.of(k)]
        for kind in changed:
            prefs.reminded[kind] = max(prefs.reminded.get(kind, datetime.min), now)
        self._known = prefs.reminders
        if changed:
            self.store.save()
        self.check()

    # --- what the person answers --------------------------------------------------------------

    def ask_later(self, reminder: Reminder) -> None:
        self.later = reminder
        self.later_at = self.wall.now() + timedelta(minutes=reminders.LATER_MIN)
        log.info("reminder %s: later, at %s", reminder.kind.value, _hm(self.later_at))
        self.check()

    def skip_today(self, reminder: Reminder) -> None:
        self._handled(reminder.kind, reminders.skip_day(reminder))
        if self.later is not None and self.later.kind is reminder.kind:
            self.later = self.later_at = None
        log.info("reminder %s: skipped for %s", reminder.kind.value, reminder.at.date())
        self.check()

    # --- the timer ----------------------------------------------------------------------------

    def check(self) -> None:
        """Offer what is due, then arm the timer for what comes next."""
        self.timer.stop()
        if self.busy():
            return  # the session's end calls back
        now = self.wall.now()
        if self.later_at is not None and self.wall.seconds_until(self.later_at) <= DUE_TOLERANCE_S:
            reminder, self.later, self.later_at = self.later, None, None
            self._offer(reminder)
        prefs = self.store.prefs
        upcoming = reminders.next_reminder(prefs.reminders, prefs.reminded, now)
        if upcoming is not None and self.wall.seconds_until(upcoming.at) <= DUE_TOLERANCE_S:
            self._handled(upcoming.kind, upcoming.at)
            self._offer(upcoming)
            upcoming = reminders.next_reminder(prefs.reminders, prefs.reminded, now)
        self._arm(upcoming.at if upcoming is not None else None)

    def _arm(self, at: datetime | None) -> None:
        if self.later_at is not None and (at is None or self.later_at < at):
            at = self.later_at
        if at is None:
            log.info("no reminder to wait for")
            return
        seconds = self.wall.seconds_until(at)
        self.timer.start(min(max(math.ceil(seconds * 1000), 0), MAX_TIMER_MS))
        log.info("next reminder at %s (in %s)", at.isoformat(" ", "minutes"), _span(seconds))

    def _offer(self, reminder: Reminder | None) -> None:
        if reminder is None:
            return
        log.info("reminder %s for %s", reminder.kind.value, reminder.at.isoformat(" ", "minutes"))
        self.due.emit(reminder)

    def _handled(self, kind: reminders.Kind, through: datetime) -> None:
        reminded = self.store.prefs.reminded
        reminded[kind] = max(reminded.get(kind, datetime.min), through)
        self.store.save()


def _hm(at: datetime) -> str:
    return at.strftime("%H:%M")


def _span(seconds: float) -> str:
    minutes = max(0, round(seconds / 60))
    return f"{minutes // 60} h {minutes % 60} min" if minutes >= 60 else f"{minutes} min"
