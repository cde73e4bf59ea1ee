"""Arms one timer for the next reminder, and says when a reminder is due.

Between sessions exactly one single-shot timer is armed (none during a session and none
with every reminder off). With a desk to ask (issue 23), a reminder waits while something
holds it back ("not now"), and work breaks come by the work counted: the same timer then
also wakes it at most once a minute (at_desk.py), unless the desktop tells of changes.

A Qt timer does not count suspend and knows nothing of time zones, so the next reminder is
worked out again on waking, on a new time zone, on a change in the preferences, and whenever
the timer fires.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ...core import reminders, work_breaks
from ...core.clock import Clock, SystemClock
from ...core.reminders import Condition, Kind, Reminder, ReminderSettings
from ...core.session import Stage
from ...platform.local_time import LocalWall
from ...storage.preferences_store import PreferencesStore
from ..session.controller import SessionController
from ..style.text import fill, t
from .at_desk import AtDesk, DeskLike

log = logging.getLogger(__name__)

_digits = re.compile(r"\d+")
MAX_TIMER_MS = 2**31 - 1  # QTimer's limit, about 24 days; it wakes early and re-arms
DUE_TOLERANCE_S = 0.5  # a timer may fire a hair early


class ReminderScheduler(QObject):
    due = Signal(object)  # a Reminder to offer
    withdrawn = Signal()  # a session began: any reminder on show is moot
    stateChanged = Signal(str)  # the tray's line between sessions ("" for none)

    def __init__(
        self,
        store: PreferencesStore,
        wall: LocalWall,
        busy: Callable[[], bool] = lambda: False,
        *,
        desk: DeskLike | None = None,
        clock: Clock | None = None,
        sessions_on: Callable[[date], int] = lambda _day: 0,
        parent: QObject | None = None,
    ) -> None:
        """`desk`: the desktop's detectors (None: nothing holds a reminder back, and breaks
        come by the clock); `clock`: the session clock the work is counted on;
        `sessions_on`: sessions done on a day, from the history (they count as breaks)."""
        super().__init__(parent)
        self.store = store
        self.wall = wall
        self.busy = busy
        self.at_desk = AtDesk(desk, clock or SystemClock())
        self._sessions_on = sessions_on
        self.state = ""
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
        desk = self.at_desk
        desk.work = work_breaks.session_started(desk.work, desk.clock.now())
        self.later = self.later_at = None
        self.withdrawn.emit()
        log.info("reminders quiet during the session")

    def session_ended(self) -> None:
        prefs = self.store.prefs
        reminders.after_session(prefs.reminders, prefs.reminded, self.wall.now())
        desk = self.at_desk
        desk.work = work_breaks.session_ended(desk.work, desk.clock.now())
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
        desk = self.at_desk
        if reminder.kind is Kind.BREAK and desk.counts_work(self.store.prefs.reminders):
            desk.work = work_breaks.later(desk.work, desk.clock.now())
            log.info("reminder break: later, in %s min", reminders.LATER_MIN)
            self.check()
            return
        self.later = reminder
        self.later_at = self.wall.now() + timedelta(minutes=reminders.LATER_MIN)
        log.info("reminder %s: later, at %s", reminder.kind.value, _hm(self.later_at))
        self.check()

    def skip_today(self, reminder: Reminder) -> None:
        self._handled(reminder.kind, reminders.skip_day(reminder))
        if reminder.kind is Kind.BREAK:
            self.at_desk.work = work_breaks.skip_today(self.at_desk.work, self.wall.now())
        if self.later is not None and self.later.kind is reminder.kind:
            self.later = self.later_at = None
        log.info("reminder %s: skipped for %s", reminder.kind.value, reminder.at.date())
        self.check()

    # --- the timer ----------------------------------------------------------------------------

    def check(self) -> None:
        """Offer what is due and not held back, then arm the timer for what comes next."""
        self.timer.stop()
        if self.busy():
            return  # the session's end calls back
        now = self.wall.now()
        settings = self.store.prefs.reminders
        seen = self.at_desk.look(settings, now, self.check)
        hold = reminders.held_back(seen.conditions, settings)
        slots = self._slot_settings(settings)
        if hold is None:
            self._offer_slots(now, slots)
            self._offer_work_break(now, settings)
        upcoming = reminders.next_reminder(slots, self.store.prefs.reminded, now)
        # Looked at again within a minute only while the work is counted or something waits.
        watching = hold is not None or self.at_desk.counts_work(settings)
        self._arm(upcoming.at if upcoming is not None else None, watching)
        self._tell_state(now, settings, hold, upcoming)

    def _slot_settings(self, settings: ReminderSettings) -> ReminderSettings:
        """The reminders that come at clock slots: bedtime, and the breaks only where no
        idle source counts the work."""
        if self.at_desk.counts_work(settings):
            return settings._replace(breaks=settings.breaks._replace(on=False))
        return settings

    def _offer_slots(self, now: datetime, slots: ReminderSettings) -> None:
        if self.later_at is not None and self.wall.seconds_until(self.later_at) <= DUE_TOLERANCE_S:
            reminder, self.later, self.later_at = self.later, None, None
            if reminder is not None and reminders.fresh(self.store.prefs.reminders, reminder, now):
                self._offer(reminder)
        upcoming = reminders.next_reminder(slots, self.store.prefs.reminded, now)
        if upcoming is not None and self.wall.seconds_until(upcoming.at) <= DUE_TOLERANCE_S:
            self._handled(upcoming.kind, upcoming.at)
            self._offer(upcoming)

    def _offer_work_break(self, now: datetime, settings: ReminderSettings) -> None:
        desk = self.at_desk
        if not desk.counts_work(settings):
            return
        if self._work_status(now, settings).phase is work_breaks.Phase.DUE:
            desk.work = work_breaks.offered(desk.work)
            self._offer(Reminder(Kind.BREAK, now))

    def _work_status(self, now: datetime, settings: ReminderSettings) -> work_breaks.Status:
        desk = self.at_desk
        return work_breaks.status(
            desk.work,
            desk.clock.now(),
            now,
            desk.seen.conditions,
            settings,
            self._sessions_on(now.date()),
            self.store.prefs.reminded,
        )

    def _arm(self, at: datetime | None, watching: bool) -> None:
        if self.later_at is not None and (at is None or self.later_at < at):
            at = self.later_at
        if at is not None and self.wall.seconds_until(at) <= DUE_TOLERANCE_S:
            at = None  # due and held back: the desk's next word, or the next look, offers it
        polls = watching and self.at_desk.needs_polling()
        if polls and (at is None or self._polls_before(at)):
            self.timer.start(int(work_breaks.OBSERVE_EVERY_S * 1000))
            log.debug("looking at the desk again in a minute")
            return
        if at is None:
            log.info("no reminder to wait for")
            return
        seconds = self.wall.seconds_until(at)
        self.timer.start(min(max(math.ceil(seconds * 1000), 0), MAX_TIMER_MS))
        log.info("next reminder at %s (in %s)", at.isoformat(" ", "minutes"), _span(seconds))

    def _polls_before(self, at: datetime) -> bool:
        return self.wall.seconds_until(at) > work_breaks.OBSERVE_EVERY_S

    def _tell_state(
        self,
        now: datetime,
        settings: ReminderSettings,
        hold: Condition | None,
        upcoming: Reminder | None,
    ) -> None:
        """The tray's line: what holds a due reminder back, else where the break stands."""
        waiting = upcoming is not None and self.wall.seconds_until(upcoming.at) <= 0
        if hold is not None and (waiting or self.later_at is not None):
            line = t(reminders.WAITING[hold])
        elif settings.breaks.on:
            line = _status_line(self._work_status(now, settings))
        else:
            line = ""
        if line != self.state:
            # Logged when it says something new, not each minute of a countdown.
            new = _digits.sub("", line) != _digits.sub("", self.state)
            self.state = line
            (log.info if new else log.debug)("reminders: %s", line or "nothing to tell")
            self.stateChanged.emit(line)

    def _offer(self, reminder: Reminder | None) -> None:
        if reminder is None:
            return
        log.info("reminder %s for %s", reminder.kind.value, reminder.at.isoformat(" ", "minutes"))
        self.due.emit(reminder)

    def _handled(self, kind: reminders.Kind, through: datetime) -> None:
        reminded = self.store.prefs.reminded
        reminded[kind] = max(reminded.get(kind, datetime.min), through)
        self.store.save()


def _status_line(status: work_breaks.Status) -> str:
    if status.at is not None:
        return fill(t(status.text), _hm(status.at))
    return fill(t(status.text), status.minutes)


def _hm(at: datetime) -> str:
    return at.strftime("%H:%M")


def _span(seconds: float) -> str:
    minutes = max(0, round(seconds / 60))
    return f"{minutes // 60} h {minutes % 60} min" if minutes >= 60 else f"{minutes} min"
