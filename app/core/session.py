"""The guided session as a state machine driven by deadlines.

settling -> hold -> exit steps -> seated pause -> done

The caller passes `now` into every method; `update(now)` moves through every deadline that
has passed and returns the cues that became due. Nothing here schedules or sleeps, so a
20-minute session runs in microseconds on a fake clock.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import Enum

from .breathing import (
    DEFAULT_PATTERN,
    BreathPattern,
    BreathPhase,
    BreathState,
    breath_at,
    phase_starts,
)
from .countdown import Countdown
from .cues import LATE_LIMIT_S, MINOR_CUES, Cue, CueEvent, CueSettings, hold_marks
from .durations import (
    DEFAULT_SETTLE_S,
    EXTEND_STEP_S,
    HOLD_MAX_S,
    HOLD_MIN_S,
    PAUSE_MAX_S,
    PAUSE_MIN_S,
    SETTLE_MAX_S,
    SETTLE_MIN_S,
    clamp,
)
from .stages import Stage
from .steps import (
    EXIT_STEPS,
    PAUSE_COMPLETE,
    SEATED_PAUSE,
    SETTLING,
    Practice,
    Step,
)
from .variations import (
    VARIATIONS,
    Variation,
    both_legs_at,
    shake_out,
    side_switch_at,
)


class Ending(Enum):
    """How the hold ended, as the history records it."""

    COMPLETED = "completed"
    CAME_DOWN_EARLY = "came_down_early"
    TINGLING = "tingling"
    INTERRUPTED = "interrupted"  # the app quit or crashed before the hold ended


@dataclass(frozen=True)
class SessionConfig:
    hold_s: float
    settle_s: float = DEFAULT_SETTLE_S
    pause_s: float = PAUSE_MIN_S
    pattern: BreathPattern = DEFAULT_PATTERN
    practice: Practice = Practice.WALL
    cues: CueSettings = field(default_factory=CueSettings)
    exit_steps: tuple[Step, ...] = EXIT_STEPS
    variation: Variation = Variation.CLASSIC

    def __post_init__(self) -> None:
        for name in ("hold_s", "settle_s", "pause_s"):
            if not math.isfinite(getattr(self, name)):
                raise ValueError(f"{name} must be a finite number of seconds")
        # Clamped here, in the one place every session passes through: nothing can make the
        # seated pause shorter than PAUSE_MIN_S.
        object.__setattr__(self, "hold_s", clamp(self.hold_s, HOLD_MIN_S, HOLD_MAX_S))
        object.__setattr__(self, "settle_s", clamp(self.settle_s, SETTLE_MIN_S, SETTLE_MAX_S))
        object.__setattr__(self, "pause_s", clamp(self.pause_s, PAUSE_MIN_S, PAUSE_MAX_S))
        if not self.exit_steps:
            raise ValueError("an inversion is never left without exit steps")

    def exit_step_s(self, step: Step) -> float:
        return max(1, step.breaths) * self.pattern.cycle

    @property
    def switches_sides(self) -> bool:
        return self.practice is Practice.WALL and VARIATIONS[self.variation].switches_sides


@dataclass(frozen=True)
class Summary:
    hold_started_at: float | None
    hold_ended_at: float | None
    planned_s: float
    active_s: float  # the hold's own length, paused time left out
    tingling: bool = False

    @property
    def time_in_pose(self) -> float:
        """From the start of the hold to its end, paused time included."""
        if self.hold_started_at is None or self.hold_ended_at is None:
            return 0.0
        return self.hold_ended_at - self.hold_started_at

    @property
    def came_down_early(self) -> bool:
        return self.active_s + 0.5 < self.planned_s

    @property
    def ending(self) -> Ending | None:
        """None while the hold has not ended."""
        if self.hold_ended_at is None:
            return None
        if self.tingling:
            return Ending.TINGLING
        return Ending.CAME_DOWN_EARLY if self.came_down_early else Ending.COMPLETED


@dataclass(frozen=True)
class PoseView:
    """Where a routine is: its pose `index` of `count`, and the one after it."""

    index: int
    count: int
    step: Step
    coming: Step | None


@dataclass(frozen=True)
class SessionView:
    """Everything a page needs to draw itself at one instant."""

    stage: Stage
    remaining: float
    length: float
    paused: bool
    step: Step
    step_index: int
    step_count: int
    breath: BreathState | None
    summary: Summary
    side: int = 0  # thread the needle, during the hold: the first side (1) or the second (2)
    pose: PoseView | None = None  # set inside a routine
    extend_to_s: float = 0.0  # the longest "+1 minute" may make this stage; 0: not at all

    @property
    def can_extend(self) -> bool:
        return self.length < self.extend_to_s

    @property
    def progress(self) -> float:
        return 1.0 if self.length <= 0 else min(1.0, max(0.0, 1.0 - self.remaining / self.length))

    @property
    def can_finish(self) -> bool:
        return self.stage is Stage.DONE


class Session:
    def __init__(self, config: SessionConfig, now: float) -> None:
        self.config = config
        self.stage = Stage.SETTLING
        self._countdown = Countdown(config.settle_s, now)
        self._exit_index = 0
        self._exit_steps = config.exit_steps
        self._tingling = False
        self._pending: list[CueEvent] = []
        self._hold_started_at: float | None = None
        self._hold_ended_at: float | None = None
        self._hold_active = 0.0
        self._marks_fired: set[tuple[float, Cue]] = set()
        self._halfway_fired = False
        self._side_switched = False
        self._both_legs = False
        self._breath_until = 0.0  # breath-relative seconds already scheduled
        self._planned = config.hold_s
        if config.settle_s <= 0:
            self._start_hold(now, due=now, fired=now)

    # --- reading -------------------------------------------------------------------------

    def view(self, now: float) -> SessionView:
        stage = self.stage
        breath = None
        step = SETTLING
        if stage is Stage.HOLD:
            breath = breath_at(self.config.pattern, self.breath_elapsed(now))
        elif stage is Stage.EXIT:
            step = self._exit_steps[self._exit_index]
        elif stage is Stage.SEATED_PAUSE:
            step = SEATED_PAUSE
        elif stage is Stage.DONE:
            step = PAUSE_COMPLETE
        done = stage is Stage.DONE
        return SessionView(
            stage=stage,
            remaining=0.0 if done else self._countdown.remaining(now),
            length=self._countdown.length,
            paused=self._countdown.paused,
            step=step,
            step_index=self._exit_index,
            step_count=len(self._exit_steps),
            breath=breath,
            summary=self.summary(now),
            side=self._side() if stage is Stage.HOLD and self.config.switches_sides else 0,
            extend_to_s=HOLD_MAX_S if stage is Stage.HOLD else 0.0,
        )

    def _side(self) -> int:
        """Thread the needle: 1 and 2 are its sides, 3 both legs up the wall after them."""
        return 3 if self._both_legs else 2 if self._side_switched else 1

    def breath_elapsed(self, now: float) -> float:
        """Seconds since the hold's first inhale: the breath keeps going while paused."""
        return 0.0 if self._hold_started_at is None else max(0.0, now - self._hold_started_at)

    def summary(self, now: float) -> Summary:
        active = self._hold_active
        if self.stage is Stage.HOLD:
            active = self._countdown.elapsed(now)
        planned = self._countdown.length if self.stage is Stage.HOLD else self._planned
        return Summary(self._hold_started_at, self._hold_ended_at, planned, active, self._tingling)

    @property
    def stage_started_at(self) -> float:
        return self._countdown.started_at

    @property
    def paused(self) -> bool:
        return self._countdown.paused and self.stage in (Stage.SETTLING, Stage.HOLD)

    def next_deadline(self, now: float) -> float | None:
        """The earliest clock time at which update() has something new to do."""
        if self.stage is Stage.DONE:
            return None
        times = [t for t in (self._countdown.deadline, self._next_hold_cue()) if t is not None]
        return min(times) if times else None

    # --- time passing --------------------------------------------------------------------

    def update(self, now: float) -> list[CueEvent]:
        events, self._pending = self._pending, []
        while self.stage is not Stage.DONE:
            if self.stage is Stage.HOLD:
                self._collect_hold_cues(now, events)
            deadline = self._countdown.deadline
            if deadline is None or now < deadline:
                break
            late = now - deadline > LATE_LIMIT_S
            if late and self.stage is Stage.SEATED_PAUSE:
                # Found long overdue, the computer slept: nobody can say the person sat
                # through it, so the full pause runs again from now.
                self._countdown = Countdown(self.config.pause_s, now)
                self._emit(Cue.PAUSE_START, now, now)
            else:
                # On time, the next stage starts exactly on the deadline, so the schedule
                # never drifts. Late (the computer slept), a stage that the person follows by
                # ear starts now; only the hold is counted from its deadline, because the
                # person was already lying in the pose.
                on_deadline = not late or self.stage is Stage.SETTLING
                self._advance(deadline if on_deadline else now, due=deadline, fired=now)
            events.extend(self._pending)
            self._pending = []
        return events

    def _advance(self, start: float, due: float, fired: float) -> None:
        if self.stage is Stage.SETTLING:
            self._start_hold(start, due, fired)
        elif self.stage is Stage.HOLD:
            self._end_hold(start, due, fired)
        elif self.stage is Stage.EXIT:
            self._next_exit_step(start, due, fired)
        elif self.stage is Stage.SEATED_PAUSE:
            self.stage = Stage.DONE
            self._emit(Cue.PAUSE_DONE, due, fired)

    def _start_hold(self, start: float, due: float, fired: float) -> None:
        self.stage = Stage.HOLD
        self._countdown = Countdown(self.config.hold_s, start)
        self._hold_started_at = start
        # Asleep through the settling and the whole hold: on waking, the end's chime alone.
        # A start chime right before it would tell the person lying there the wrong thing.
        if fired < start + self.config.hold_s:
            self._emit(Cue.HOLD_START, due, fired)

    def _end_hold(self, start: float, due: float, fired: float) -> None:
        if self._hold_started_at is not None:
            self._hold_active = self._countdown.elapsed(start)
            self._planned = self._countdown.length
        self._hold_ended_at = start
        self.stage = Stage.EXIT
        self._exit_index = 0
        self._countdown = Countdown(self.config.exit_step_s(self._exit_steps[0]), start)
        self._emit(Cue.HOLD_END, due, fired)

    def _next_exit_step(self, start: float, due: float, fired: float) -> None:
        if self._exit_index + 1 < len(self._exit_steps):
            self._exit_index += 1
            step = self._exit_steps[self._exit_index]
            self._countdown = Countdown(self.config.exit_step_s(step), start)
            self._emit(Cue.EXIT_STEP, due, fired)
        else:
            self.stage = Stage.SEATED_PAUSE
            # The pause is a safety minimum, so it counts from the moment it is announced,
            # never from a deadline a few milliseconds earlier.
            self._countdown = Countdown(self.config.pause_s, max(start, fired))
            self._emit(Cue.PAUSE_START, due, fired)

    def _emit(self, cue: Cue, due: float, fired: float) -> None:
        if self.config.cues.enabled(cue):
            self._pending.append(CueEvent(cue, due, fired))

    # --- cues inside the hold ------------------------------------------------------------

    def _hold_cue_times(self) -> list[tuple[float, Cue, object]]:
        """Upcoming (time, cue, key) inside the hold; empty while paused."""
        hold = self._countdown
        if self.stage is not Stage.HOLD or hold.paused or self._hold_started_at is None:
            return []
        out: list[tuple[float, Cue, object]] = []
        sides = self.config.switches_sides
        switch = side_switch_at(hold.length) if sides else None
        both = both_legs_at(hold.length) if sides else None
        once = {
            Cue.HALFWAY: self._halfway_fired,
            Cue.SIDE_SWITCH: self._side_switched,
            Cue.BOTH_LEGS: self._both_legs,
        }
        for offset, cue in hold_marks(hold.length, self.config.cues, switch, both):
            key = (offset, cue)
            if key in self._marks_fired or once.get(cue, False):
                continue
            t = hold.at_offset(offset)
            if t is not None:
                out.append((t, cue, key))
        if self.config.cues.breath_tones:
            out.extend(self._breath_tone_times(hold))
        return sorted(out, key=lambda item: item[0])

    def _breath_tone_times(self, hold: Countdown) -> list[tuple[float, Cue, object]]:
        assert self._hold_started_at is not None and hold.deadline is not None
        start, end = self._breath_until, hold.deadline - self._hold_started_at
        # Two cycles ahead is enough to know the next one; offset 0 is the hold bowl itself.
        horizon = min(end, max(start, 0.0) + 2 * self.config.pattern.cycle)
        out: list[tuple[float, Cue, object]] = []
        for offset, phase in phase_starts(self.config.pattern, start, horizon):
            if offset <= 0 or end - offset < 0.5:
                continue
            cue = Cue.BREATH_IN if phase is BreathPhase.INHALE else Cue.BREATH_OUT
            out.append((self._hold_started_at + offset, cue, ("breath", offset)))
        return out

    def _next_hold_cue(self) -> float | None:
        times = self._hold_cue_times()
        return times[0][0] if times else None

    def _collect_hold_cues(self, now: float, events: list[CueEvent]) -> None:
        if self._hold_started_at is not None:
            # Breath tones long overdue (the computer slept) are skipped, not replayed.
            overdue = now - self._hold_started_at - LATE_LIMIT_S
            self._breath_until = max(self._breath_until, overdue)
        for t, cue, key in self._hold_cue_times():
            if t > now:
                break
            if isinstance(key, tuple) and key[0] == "breath":
                self._breath_until = key[1] + 1e-6
            else:
                self._marks_fired.add(key)  # type: ignore[arg-type]
                self._halfway_fired |= cue is Cue.HALFWAY
                self._side_switched |= cue is Cue.SIDE_SWITCH
                self._both_legs |= cue is Cue.BOTH_LEGS
            late = now - t > LATE_LIMIT_S and cue in MINOR_CUES
            if not late:
                events.append(CueEvent(cue, t, now))

    # --- what the person (or a button) asks for -------------------------------------------

    def _catch_up(self, now: float) -> None:
        """Run every deadline up to `now` before acting on a key: a key pressed just after a
        deadline applies to the stage that is really current, and no cue is lost."""
        self._pending = self.update(now)

    def pause(self, now: float) -> bool:
        self._catch_up(now)
        if self.stage not in (Stage.SETTLING, Stage.HOLD):
            return False
        self._countdown.pause(now)
        return True

    def resume(self, now: float) -> bool:
        if self.stage not in (Stage.SETTLING, Stage.HOLD) or not self._countdown.paused:
            return False
        self._countdown.resume(now)
        if self.stage is Stage.HOLD and self._hold_started_at is not None:
            # Breath tones missed while paused are not played afterwards.
            self._breath_until = max(self._breath_until, now - self._hold_started_at)
        return True

    def toggle_pause(self, now: float) -> bool:
        return self.resume(now) if self.paused else self.pause(now)

    def add_minute(self, now: float) -> bool:
        self._catch_up(now)
        if self.stage is not Stage.HOLD:
            return False
        before = self._countdown.length
        self._countdown.extend(EXTEND_STEP_S, cap=HOLD_MAX_S)
        return self._countdown.length > before

    def come_down(self, now: float) -> bool:
        """End the hold (or the settling) now and begin the slow exit."""
        self._catch_up(now)
        if self.stage not in (Stage.SETTLING, Stage.HOLD):
            return False
        self._end_hold(now, now, now)
        return True

    def tingling(self, now: float) -> bool:
        """Tingling or numbness: end the hold now, and shake the legs out before the usual
        way down."""
        self._catch_up(now)
        if self.stage not in (Stage.SETTLING, Stage.HOLD):
            return False
        self._tingling = True
        shake = shake_out(self.config.practice, self.config.variation)
        self._exit_steps = (shake, *self.config.exit_steps)
        self._end_hold(now, now, now)
        return True

    def next_step(self, now: float) -> bool:
        """Move along sooner: start the hold, or show the next exit step. Never skips the
        seated pause: the last exit step leads into it, and nothing leads out of it early."""
        self._catch_up(now)
        if self.stage is Stage.SETTLING:
            if self._countdown.paused:
                self._countdown.resume(now)
            self._start_hold(now, now, now)
            return True
        if self.stage is Stage.EXIT:
            self._next_exit_step(now, now, now)
            return True
        return False
