"""A routine run as one session: pose after pose, with no input needed.

Each pose starts with a chime and a card for it (the transition), then TRANSITION_S seconds to
settle, then its timer. Legs up the wall runs the whole guided Session inside: its settling
(the profile's, as when the pose is done alone) is the transition, then the hold with the
breath, the exit steps, and the seated pause, which is the easy seated pose that follows it.
The same interface as Session, so the controller and the window drive either.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .countdown import Countdown
from .cues import LATE_LIMIT_S, Cue, CueEvent
from .durations import EXTEND_STEP_S
from .routines import (
    EASY_SEATED,
    LEGS_UP,
    POSE_MAX_S,
    POSES,
    RECLINED_STEPS,
    TRANSITION_S,
    Routine,
    for_practice,
)
from .session import PoseView, Session, SessionConfig, SessionView, Stage, Summary
from .steps import PAUSE_COMPLETE, Practice, Step
from .variations import VARIATIONS


@dataclass(frozen=True)
class _Part:
    """One timed pose, or the inversion with its seated pause (`pause_index` set)."""

    index: int  # in the routine's items
    pause_index: int | None = None


def as_run(routine: Routine, config: SessionConfig) -> tuple[Routine, SessionConfig]:
    """The routine as this practice runs it, and its inversion's config: the routine's
    durations, the profile's settling, breath and chimes."""
    reclined = config.practice is Practice.RECLINED
    routine = routine._replace(items=for_practice(routine.items, reclined))
    items = routine.items
    legs = routine.index_of(LEGS_UP)
    assert items[legs + 1].pose == EASY_SEATED  # normalised() guarantees it
    inversion = replace(
        config,
        hold_s=items[legs].duration_s,
        pause_s=max(config.pause_s, items[legs + 1].duration_s),
    )
    return routine, inversion


def length_s(routine: Routine, config: SessionConfig) -> float:
    """How long the routine really takes, if nothing is paused or lengthened: every card and
    pose, and the inversion's settling, hold, way down and seated pause."""
    routine, inversion = as_run(routine, config)
    legs = routine.index_of(LEGS_UP)
    others = [item for i, item in enumerate(routine.items) if i not in (legs, legs + 1)]
    way_down = sum(inversion.exit_step_s(step) for step in inversion.exit_steps)
    return (
        sum(TRANSITION_S + item.duration_s for item in others)
        + inversion.settle_s
        + inversion.hold_s
        + way_down
        + inversion.pause_s
    )


class RoutineSession:
    def __init__(self, routine: Routine, config: SessionConfig, now: float) -> None:
        self.routine, self.config = as_run(routine, config)
        items = self.routine.items
        legs = self.routine.index_of(LEGS_UP)
        # The seated pause after the inversion is part of it, not a part of its own.
        self._parts = [
            _Part(i, legs + 1 if i == legs else None) for i in range(len(items)) if i != legs + 1
        ]
        self._part = 0
        self._inner: Session | None = None
        self._stage = Stage.TRANSITION
        self._countdown = Countdown(TRANSITION_S, now)
        self._pending: list[CueEvent] = []
        self._inversion: Session | None = None  # kept after it ends, for the summary
        self._begin_part(now, now, now)

    # --- reading -------------------------------------------------------------------------

    @property
    def stage(self) -> Stage:
        return self._inner.stage if self._inner is not None else self._stage

    @property
    def stage_started_at(self) -> float:
        return self._inner.stage_started_at if self._inner else self._countdown.started_at

    @property
    def paused(self) -> bool:
        if self._inner is not None:
            return self._inner.paused
        return self._countdown.paused and self._stage is not Stage.DONE

    def view(self, now: float) -> SessionView:
        if self._inner is not None:
            inner = self._inner.view(now)
            return replace(inner, pose=self._pose_view(inner.stage))
        done = self._stage is Stage.DONE
        part = self._parts[self._part]
        step = PAUSE_COMPLETE if done else self._step(self.routine.items[part.index].pose)
        return SessionView(
            stage=self._stage,
            remaining=0.0 if done else self._countdown.remaining(now),
            length=self._countdown.length,
            paused=self._countdown.paused,
            step=step,
            step_index=0,
            step_count=0,
            breath=None,
            summary=self.summary(now),
            pose=self._pose_view(self._stage),
            extend_to_s=POSE_MAX_S if self._stage is Stage.POSE else 0.0,
        )

    def _pose_view(self, stage: Stage) -> PoseView:
        part = self._parts[self._part]
        index = part.index
        if part.pause_index is not None and stage in (Stage.SEATED_PAUSE, Stage.DONE):
            index = part.pause_index
        items = self.routine.items
        coming = self._step(items[index + 1].pose) if index + 1 < len(items) else None
        return PoseView(index, len(items), self._step(items[index].pose), coming)

    def _step(self, pose: str) -> Step:
        """Legs up the wall as this session does it: its variation's picture, or the
        reclined rest in its place."""
        reclined = self.config.practice is Practice.RECLINED
        if reclined and pose in RECLINED_STEPS:
            return RECLINED_STEPS[pose]
        if pose != LEGS_UP:
            return POSES[pose].step
        picture = VARIATIONS[self.config.variation].illustration
        return POSES[LEGS_UP].step._replace(illustration=picture)

    def summary(self, now: float) -> Summary:
        if self._inversion is not None:
            return self._inversion.summary(now)
        return Summary(None, None, self.config.hold_s, 0.0)

    def breath_elapsed(self, now: float) -> float:
        return self._inner.breath_elapsed(now) if self._inner else 0.0

    def next_deadline(self, now: float) -> float | None:
        if self._inner is not None:
            return self._inner.next_deadline(now)
        return None if self._stage is Stage.DONE else self._countdown.deadline

    # --- time passing --------------------------------------------------------------------

    def update(self, now: float) -> list[CueEvent]:
        events, self._pending = self._pending, []
        while True:
            if self._inner is not None:
                events.extend(self._inner.update(now))
                if self._inner.stage is not Stage.DONE:
                    break
                # The seated pause is over: the next pose's chime says so, unless it was
                # the last one. Its deadline is when the pause really ended.
                ended = self._inner.stage_started_at + self._inner.config.pause_s
                self._inner = None
                if self._part + 1 < len(self._parts):
                    events = [e for e in events if e.cue is not Cue.PAUSE_DONE]
                    self._next_part(ended, ended, now)
                else:
                    self._stage = Stage.DONE  # its own "pause done" chime ends the routine
                    self._countdown = Countdown(0.0, ended)
            elif self._stage is Stage.DONE:
                break
            else:
                deadline = self._countdown.deadline
                if deadline is None or now < deadline:
                    break
                # Late (the computer slept): the next pose starts now, followed by ear.
                start = deadline if now - deadline <= LATE_LIMIT_S else now
                if self._stage is Stage.TRANSITION:
                    self._start_pose(start, deadline, now)
                else:
                    self._next_part(start, deadline, now)
            events.extend(self._pending)
            self._pending = []
        return events

    def _begin_part(self, start: float, due: float, fired: float) -> None:
        part = self._parts[self._part]
        self._emit(Cue.NEXT_POSE, due, fired)
        if part.pause_index is not None:
            self._inner = Session(self.config, start)
            self._inversion = self._inner
        else:
            self._stage = Stage.TRANSITION
            self._countdown = Countdown(TRANSITION_S, start)

    def _start_pose(self, start: float, due: float, fired: float) -> None:
        self._stage = Stage.POSE
        index = self._parts[self._part].index
        self._countdown = Countdown(self.routine.items[index].duration_s, start)
        self._emit(Cue.HOLD_START, due, fired)

    def _next_part(self, start: float, due: float, fired: float) -> None:
        if self._part + 1 < len(self._parts):
            self._part += 1
            self._begin_part(start, due, fired)
        else:
            self._stage = Stage.DONE
            self._countdown = Countdown(0.0, start)
            self._emit(Cue.PAUSE_DONE, due, fired)

    def _emit(self, cue: Cue, due: float, fired: float) -> None:
        if self.config.cues.enabled(cue):
            self._pending.append(CueEvent(cue, due, fired))

    # --- what the person (or a button) asks for -------------------------------------------

    def _catch_up(self, now: float) -> None:
        self._pending = self.update(now)

    def pause(self, now: float) -> bool:
        self._catch_up(now)
        if self._inner is not None:
            return self._inner.pause(now)
        if self._stage is Stage.DONE:
            return False
        self._countdown.pause(now)
        return True

    def resume(self, now: float) -> bool:
        if self._inner is not None:
            return self._inner.resume(now)
        if self._stage is Stage.DONE or not self._countdown.paused:
            return False
        self._countdown.resume(now)
        return True

    def toggle_pause(self, now: float) -> bool:
        return self.resume(now) if self.paused else self.pause(now)

    def add_minute(self, now: float) -> bool:
        self._catch_up(now)
        if self._inner is not None:
            return self._inner.add_minute(now)
        if self._stage is not Stage.POSE:
            return False
        before = self._countdown.length
        self._countdown.extend(EXTEND_STEP_S, cap=POSE_MAX_S)  # as long as a routine allows
        return self._countdown.length > before

    def come_down(self, now: float) -> bool:
        """The inversion: end the hold and come down. Another pose: end it, go to the next."""
        self._catch_up(now)
        if self._inner is not None:
            return self._inner.come_down(now)
        if self._stage is not Stage.POSE:
            return False
        self._next_part(now, now, now)
        return True

    def tingling(self, now: float) -> bool:
        self._catch_up(now)
        return self._inner is not None and self._inner.tingling(now)

    def next_step(self, now: float) -> bool:
        """Sooner, never past the seated pause: start the pose now, or move to the next."""
        self._catch_up(now)
        if self._inner is not None:
            return self._inner.next_step(now)
        if self._countdown.paused:
            self._countdown.resume(now)
        if self._stage is Stage.TRANSITION:
            self._start_pose(now, now, now)
            return True
        if self._stage is Stage.POSE:
            self._next_part(now, now, now)
            return True
        return False
