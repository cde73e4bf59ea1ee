"""bare.py animate: the least a widget costs that repaints the breathing circle's area.

Imported only in that mode, so that the launch baseline (bare.py first-paint) loads no more of
PySide6 than a QLabel needs: Qt's namespace alone makes some 90 enums when first touched."""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget


class Pulsing(QWidget):
    def __init__(self, interval_ms: int, box: tuple[int, int], size: tuple[int, int]) -> None:
        super().__init__()
        self.resize(*size)
        self._box = box
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)
        self._timer.start(interval_ms)

    def _area(self) -> QRect:
        w, h = self._box
        c = self.rect().center()
        return QRect(c.x() - w // 2, c.y() - h // 2, w, h)

    def _tick(self) -> None:
        self.update(self._area())

    def paintEvent(self, event: QPaintEvent) -> None:
        area = self._area()
        ring = min(area.width(), area.height()) / 2 - 8
        scale = 0.5 + 0.5 * math.sin(time.monotonic() * 2 * math.pi / 10)
        radius = (ring - 14) * (0.5 + 0.5 * scale)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(event.rect(), QColor("#f4f1ea"))
        centre = QPointF(area.center())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#6a9a8f"))
        painter.drawEllipse(centre, radius, radius)
        painter.setPen(QPen(QColor("#c9d6d2"), 8))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QRectF(centre.x() - ring, centre.y() - ring, 2 * ring, 2 * ring))
        painter.end()
