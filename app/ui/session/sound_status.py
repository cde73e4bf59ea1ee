""" "Sound off: <reason>", and a soft pulse in place of each chime that could not play."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QWidget

from ..style import theme
from ..style.text import fill
from .pages.common import label

if TYPE_CHECKING:
    from PySide6.QtCore import QVariantAnimation

PULSE_MS = 1800  # slow in, slow out: never a flash


class PulseDot(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(18, 18)
        self._level = 0.0
        # Made at the first pulse, if ever: the start screen's first paint does not wait.
        self._anim: QVariantAnimation | None = None
        self.pulses = 0

    def pulse(self) -> None:
        self.pulses += 1
        if self._anim is None:
            from PySide6.QtCore import QEasingCurve, QVariantAnimation

            self._anim = QVariantAnimation(self)
            self._anim.setDuration(PULSE_MS)
            self._anim.setKeyValueAt(0.0, 0.0)
            self._anim.setKeyValueAt(0.5, 1.0)
            self._anim.setKeyValueAt(1.0, 0.0)
            self._anim.setEasingCurve(QEasingCurve.Type.InOutSine)
            self._anim.valueChanged.connect(self._set_level)
        self._anim.stop()
        self._anim.start()

    def _set_level(self, value: float) -> None:
        self._level = float(value)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(theme.current().ring)
        colour.setAlphaF(0.25 + 0.75 * self._level)
        painter.setPen(colour)
        painter.setBrush(colour)
        r = 3 + 5 * self._level
        painter.drawEllipse(self.rect().center(), r, r)
        painter.end()


class SoundStatus(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.dot = PulseDot()
        self.dot.setAccessibleName(self.tr("Chime indicator"))
        self.text = label("", "note", wrap=False, about=self.tr("Sound status"))
        row.addWidget(self.dot)
        row.addWidget(self.text)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.hide()

    def reason_text(self, reason: str) -> str:
        texts = {
            "no-device": self.tr("no audio device could be opened"),
            "no-library": self.tr("the sound library is not installed"),
            "stopped": self.tr("the sound player stopped"),
            "not-responding": self.tr("the audio device is not responding"),
            "no-sounds": self.tr("the chime files are missing"),
            "cannot-start": self.tr("the sound player could not start"),
        }
        return texts.get(reason, reason)

    def set_sound(self, working: bool, reason: str) -> None:
        if working:
            self.hide()
            self.text.clear()
        else:
            self.text.setText(fill(self.tr("Sound off: %1"), self.reason_text(reason)))
            self.show()

    def pulse(self) -> None:
        self.dot.pulse()
