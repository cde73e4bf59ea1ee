"""A pausable countdown kept as a deadline, never as a sum of ticks."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Countdown:
    length: float
    started_at: float
    _active_before: float = field(default=0.0, init=False)  # active seconds before last resume
    _resumed_at: float | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        self._resumed_at = self.started_at

    @property
    def paused(self) -> bool:
        return self._resumed_at is None

    def elapsed(self, now: float) -> float:
        """Active (unpaused) seconds so far, capped at the length."""
        running = 0.0 if self._resumed_at is None else max(0.0, now - self._resumed_at)
        return min(self.length, self._active_before + running)

    def remaining(self, now: float) -> float:
        return max(0.0, self.length - self.elapsed(now))

    def done(self, now: float) -> bool:
        return self.remaining(now) <= 0.0

    @property
    def deadline(self) -> float | None:
        if self._resumed_at is None:
            return None
        return self._resumed_at + (self.length - self._active_before)

    def at_offset(self, offset: float) -> float | None:
        """The real time at which `offset` active seconds will have passed (None if paused)."""
        if self._resumed_at is None:
            return None
        return self._resumed_at + (offset - self._active_before)

    def pause(self, now: float) -> None:
        if self._resumed_at is not None:
            self._active_before = self.elapsed(now)
            self._resumed_at = None

    def resume(self, now: float) -> None:
        if self._resumed_at is None:
            self._resumed_at = now

    def extend(self, seconds: float, cap: float) -> None:
        self.length = min(cap, self.length + seconds)
