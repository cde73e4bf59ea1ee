"""The one QObject that owns the session's timer and feeds `clock.now()` to the core."""

from __future__ import annotations

import logging
import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ...core.clock import Clock
from ...core.stages import Stage

# The session's timing is loaded with the first session, not before the first paint.
if TYPE_CHECKING:
    from ...core.cues import CueEvent
    from ...core.routine_session import RoutineSession
    from ...core.routines import Routine
    from ...core.session import Session, SessionConfig, SessionView

log = logging.getLogger(__name__)

# Qt timers stop while the computer sleeps; waking at least this often catches a deadline
# that passed during a suspend within a second of waking.
MAX_SLEEP_S = 1.0


class SessionController(QObject):
    viewChanged = Signal(object)  # SessionView
    stageChanged = Signal(object)  # Stage
    cueDue = Signal(object)  # CueEvent
    sessionStarted = Signal(object)  # SessionConfig
    sessionEnded = Signal()  # back to no session (after Finish)

    def __init__(self, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.session: Session | RoutineSession | None = None
        self._shown_stage: Stage | None = None  # the stage last announced
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.tick)

    # --- state -----------------------------------------------------------------------------

    @property
    def stage(self) -> Stage | None:
        return None if self.session is None else self.session.stage

    @property
    def active(self) -> bool:
        """A session is under way (from "Begin" until Finish)."""
        return self.session is not None and self.session.stage is not Stage.DONE

    @property
    def must_stay(self) -> bool:
        """Coming down or seated: the app must not go away before the pause ends."""
        return self.stage in (Stage.EXIT, Stage.SEATED_PAUSE)

    def view(self) -> SessionView | None:
        return None if self.session is None else self.session.view(self.clock.now())

    def frame(self) -> tuple[float, float] | None:
        """(breath scale, hold progress) right now, for the breathing animation."""
        if self.session is None or self.session.stage is not Stage.HOLD:
            return None
        view = self.session.view(self.clock.now())
        return (view.breath.scale if view.breath else 0.0), view.progress

    # --- commands --------------------------------------------------------------------------

    def start(self, config: SessionConfig, routine: Routine | None = None) -> None:
        """A session of the pose alone, or the whole routine around it."""
        from ...core.routine_session import RoutineSession
        from ...core.session import Session

        now = self.clock.now()
        if routine is None:
            self.session = Session(config, now)
        else:
            self.session = RoutineSession(routine, config, now)
            config = self.session.config  # the inversion as the routine times it
        # Not the practice: the reclined rest follows from the screening's answer.
        log.info(
            "session begin hold=%.1fs settle=%.1fs pause=%.1fs variation=%s routine=%s",
            config.hold_s,
            config.settle_s,
            config.pause_s,
            config.variation.value,
            routine.id if routine else "none",
        )
        self._shown_stage = None
        self.sessionStarted.emit(config)
        self.tick()

    def finish(self) -> bool:
        """Leave the done screen. Refused while the seated pause is still running."""
        if self.session is None or self.session.stage is not Stage.DONE:
            return False
        self.session = None
        self._shown_stage = None
        self._timer.stop()
        log.info("session finished")
        self.sessionEnded.emit()
        return True

    def toggle_pause(self) -> bool:
        return self._act(lambda s, now: s.toggle_pause(now), "pause")

    def add_minute(self) -> bool:
        return self._act(lambda s, now: s.add_minute(now), "add_minute")

    # Logged alike: why a hold ended (early, or with tingling) is health data, not for the log.
    def come_down(self) -> bool:
        return self._act(lambda s, now: s.come_down(now), "end_hold")

    def tingling(self) -> bool:
        return self._act(lambda s, now: s.tingling(now), "end_hold")

    def next_step(self) -> bool:
        return self._act(lambda s, now: s.next_step(now), "next_step")

    def _act(self, action: object, name: str) -> bool:
        if self.session is None:
            return False
        done = bool(action(self.session, self.clock.now()))  # type: ignore[operator]
        if done:
            log.info("action %s", name)
            self.tick()
        return done

    # --- time ------------------------------------------------------------------------------

    def tick(self) -> None:
        """Catch up with the clock, announce what happened, and arm the next wake-up."""
        session = self.session
        if session is None:
            return
        now = self.clock.now()
        for event in session.update(now):
            self._log_cue(event)
            self.cueDue.emit(event)
        if session.stage is not self._shown_stage:
            self._shown_stage = session.stage
            self._log_stage()
            self.stageChanged.emit(session.stage)
        view = session.view(now)
        self.viewChanged.emit(view)
        self._arm(now, view)

    def _arm(self, now: float, view: SessionView) -> None:
        session = self.session
        if session is None or session.stage is Stage.DONE:
            self._timer.stop()
            return
        wake = now + MAX_SLEEP_S
        deadline = session.next_deadline(now)
        if deadline is not None:
            wake = min(wake, deadline)
        if not view.paused and view.remaining > 0:
            # The shown mm:ss changes when the remaining time crosses a whole second.
            to_next_second = view.remaining - (math.ceil(view.remaining - 1e-9) - 1)
            wake = min(wake, now + to_next_second)
        self._timer.start(max(0, math.ceil((wake - now) * 1000)))

    def _log_stage(self) -> None:
        assert self.session is not None
        log.info(
            "stage %s clock=%.3f started=%.3f",
            self.session.stage.value,
            self.clock.now(),
            self.session.stage_started_at,
        )

    def _log_cue(self, event: CueEvent) -> None:
        log.info(
            "cue %s due=%.3f fired=%.3f late_ms=%.1f",
            event.cue.value,
            event.due,
            event.fired,
            (event.fired - event.due) * 1000,
        )
