"""A spin box for a span of time: shows m:ss, steps with the arrow keys, and accepts anything
the command line accepts (7, 7m, 90s, 1m30s) as well as m:ss."""

from __future__ import annotations

import re

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox, QWidget

from ...core.durations import DurationError, format_clock, parse_duration

_CLOCK = re.compile(r"^\s*(\d{1,3}):([0-5]\d)\s*$")


def parse_span(text: str, lo: float, hi: float) -> float:
    match = _CLOCK.match(text)
    if match:
        seconds = int(match[1]) * 60 + int(match[2])
        if lo <= seconds <= hi:
            return float(seconds)
        raise DurationError(f"{text!r} is out of range")
    return parse_duration(text, lo, hi)


class DurationSpin(QSpinBox):
    """The value is whole seconds."""

    def __init__(
        self, lo: float, hi: float, step: int, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setRange(round(lo), round(hi))
        self.setSingleStep(step)
        self.setAccessibleName(name)
        self.setAccelerated(True)
        self.setMinimumWidth(110)

    def textFromValue(self, value: int) -> str:
        return format_clock(value)

    def valueFromText(self, text: str) -> int:
        try:
            return round(parse_span(text, self.minimum(), self.maximum()))
        except DurationError:
            return self.value()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        try:
            parse_span(text, self.minimum(), self.maximum())
        except DurationError:
            # Partly typed ("7m3") may still become valid; the spin box keeps the last value.
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos
