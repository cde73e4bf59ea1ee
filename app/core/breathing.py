"""The paced-breathing curve: one function of elapsed time drives the circle, the words
and (later) the breath tones, so they can never drift apart."""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum
from typing import NamedTuple

from .i18n import QT_TRANSLATE_NOOP, Text


class BreathPhase(Enum):
    INHALE = "inhale"
    HOLD_IN = "hold_in"
    EXHALE = "exhale"
    HOLD_OUT = "hold_out"


PHASE_WORDS: dict[BreathPhase, Text] = {
    BreathPhase.INHALE: QT_TRANSLATE_NOOP("breath", "Breathe in"),
    BreathPhase.HOLD_IN: QT_TRANSLATE_NOOP("breath", "Hold"),
    BreathPhase.EXHALE: QT_TRANSLATE_NOOP("breath", "Breathe out"),
    BreathPhase.HOLD_OUT: QT_TRANSLATE_NOOP("breath", "Rest"),
}


@dataclass(frozen=True)
class BreathPattern:
    """Seconds for each part of one breath. The app's default is 4 in, 6 out, no holds."""

    inhale: float = 4.0
    hold_in: float = 0.0
    exhale: float = 6.0
    hold_out: float = 0.0

    def __post_init__(self) -> None:
        parts = (self.inhale, self.hold_in, self.exhale, self.hold_out)
        if any(p < 0 or not math.isfinite(p) for p in parts):
            raise ValueError(f"breath parts must be finite and >= 0: {parts}")
        if self.inhale <= 0 or self.exhale <= 0:
            raise ValueError("a breath needs an inhale and an exhale")

    @property
    def cycle(self) -> float:
        return self.inhale + self.hold_in + self.exhale + self.hold_out

    @property
    def breaths_per_minute(self) -> float:
        return 60.0 / self.cycle

    @property
    def exhale_led(self) -> bool:
        return self.exhale > self.inhale


DEFAULT_PATTERN = BreathPattern()


class BreathState(NamedTuple):
    phase: BreathPhase
    progress: float  # 0..1 through the current phase
    scale: float  # 0 (empty lungs) .. 1 (full lungs), eased
    phase_left: float  # seconds left in this phase
    cycle_index: int  # how many whole breaths came before this one


def ease(p: float) -> float:
    """Cosine ease in-out: zero speed at both ends, so the circle never jerks."""
    return (1.0 - math.cos(math.pi * min(max(p, 0.0), 1.0))) / 2.0


def _segments(pattern: BreathPattern) -> tuple[tuple[BreathPhase, float, float], ...]:
    """(phase, start offset, length) of each part of one breath: the one definition that
    both the circle (breath_at) and the breath tones (phase_starts) read."""
    out, t = [], 0.0
    for phase, length in (
        (BreathPhase.INHALE, pattern.inhale),
        (BreathPhase.HOLD_IN, pattern.hold_in),
        (BreathPhase.EXHALE, pattern.exhale),
        (BreathPhase.HOLD_OUT, pattern.hold_out),
    ):
        if length > 0:
            out.append((phase, t, length))
        t += length
    return tuple(out)


def breath_at(pattern: BreathPattern, elapsed: float) -> BreathState:
    """Where in the breath we are, `elapsed` seconds after the first inhale began."""
    elapsed = max(0.0, elapsed)
    cycle_index, t = divmod(elapsed, pattern.cycle)
    for phase, start, length in _segments(pattern):
        if t < start + length:
            progress = (t - start) / length
            scale = _scale(phase, progress)
            return BreathState(phase, progress, scale, start + length - t, int(cycle_index))
    # Floating-point remainder at the very end of a cycle: the start of the next inhale.
    return BreathState(BreathPhase.INHALE, 0.0, 0.0, pattern.inhale, int(cycle_index) + 1)


def _scale(phase: BreathPhase, progress: float) -> float:
    if phase is BreathPhase.INHALE:
        return ease(progress)
    if phase is BreathPhase.EXHALE:
        return 1.0 - ease(progress)
    return 1.0 if phase is BreathPhase.HOLD_IN else 0.0


def phase_starts(
    pattern: BreathPattern, start: float, end: float
) -> list[tuple[float, BreathPhase]]:
    """Offsets in [start, end) at which an inhale or exhale begins (for breath tones)."""
    marks = [(off, ph) for ph, off, _ in _segments(pattern) if ph in _TONED]
    out: list[tuple[float, BreathPhase]] = []
    k = math.floor(max(start, 0.0) / pattern.cycle)
    while k * pattern.cycle < end:
        for off, phase in marks:
            t = k * pattern.cycle + off
            if start <= t < end:
                out.append((t, phase))
        k += 1
    return out


_TONED = (BreathPhase.INHALE, BreathPhase.EXHALE)
