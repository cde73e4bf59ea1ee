"""The baselines: the least a PySide6 window costs, run as a script like probe.py.

bare.py first-paint         a QLabel that prints "first paint at <CLOCK_MONOTONIC>" and quits
bare.py stay                a QLabel that stays open
bare.py animate MS W H      a widget of the app window's size repainting a W x H box in its
                            middle every MS milliseconds: a disc that grows and shrinks and a
                            ring, as the breathing circle draws (with a Probe, see probe.py)
"""

from __future__ import annotations

import math
import sys
import time

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QLabel, QWidget

WINDOW_SIZE = (1000, 680)  # the app's main window opens at this size


class Pulsing(QWidget):
    def __init__(self, interval_ms: int, box: tuple[int, int]) -> None:
        super().__init__()
        self.resize(*WINDOW_SIZE)
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


def main(args: list[str]) -> int:
    app = QApplication(["bare"])
    window: QWidget
    if args[0] == "animate":
        from probe import install  # beside this script; the same instruments as the app's

        probe = install(app)  # noqa: F841  (kept alive for the run)
        window = Pulsing(int(args[1]), (int(args[2]), int(args[3])))
    else:
        window = QLabel("A bare PySide6 window")
        window.resize(*WINDOW_SIZE)
        if args[0] == "first-paint":
            # The app's own first-paint detector (a few lines of PySide6), so both sides
            # are timed alike.
            from app.ui.first_paint import QuitAfterFirstPaint

            QuitAfterFirstPaint(window, app)
    window.setWindowTitle("bare")
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
