"""The breathing circle and the hold's progress ring. It paints a scale it is given; the
only timer here asks for a repaint while the widget is visible, and owns no state."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QHideEvent, QPainter, QPaintEvent, QPen, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.ui.theme import DAYLIGHT, Theme

FrameSource = Callable[[], "tuple[float, float] | None"]

MIN_FRACTION = 0.5  # the circle's smallest radius, as a fraction of its largest
FRAME_MS = 16


class BreathCircle(QWidget):
    def __init__(self, source: FrameSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._theme = DAYLIGHT
        self._scale = 0.0
        self._progress = 0.0
        self._pump = QTimer(self)
        self._pump.setTimerType(Qt.TimerType.PreciseTimer)
        self._pump.setInterval(FRAME_MS)
        self._pump.timeout.connect(self.refresh)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(140, 140)
        self.setAccessibleName(self.tr("Breathing guide"))
        self.setAccessibleDescription(
            self.tr("A circle that grows as you breathe in and shrinks as you breathe out")
        )

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    @property
    def scale(self) -> float:
        return self._scale

    def refresh(self) -> None:
        frame = self._source()
        if frame is None:
            return
        scale, progress = frame
        if scale != self._scale or progress != self._progress:
            self._scale, self._progress = scale, progress
            # Only the circle's own square changes; leave the rest of the window alone.
            self.update(self._bounds())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        self._pump.start()

    def hideEvent(self, event: QHideEvent) -> None:
        # Hidden or minimised: no frames at all.
        self._pump.stop()
        super().hideEvent(event)

    def radii(self) -> tuple[float, float, float]:
        """(ring radius, largest circle radius, current circle radius) in pixels."""
        side = min(self.width(), self.height())
        ring = side * 0.46
        largest = ring - 14
        current = largest * (MIN_FRACTION + (1 - MIN_FRACTION) * self._scale)
        return ring, largest, current

    def _bounds(self) -> QRect:
        ring, _, _ = self.radii()
        c = self.rect().center()
        r = int(ring + 8)
        return QRect(c.x() - r, c.y() - r, 2 * r + 1, 2 * r + 1)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ring, _, current = self.radii()
        centre = QPointF(self.rect().center())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(self._theme.breath))
        painter.drawEllipse(centre, current, current)
        box = QRectF(centre.x() - ring, centre.y() - ring, 2 * ring, 2 * ring)
        pen = QPen(QColor(self._theme.ring_track), 8)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box)
        if self._progress > 0:
            pen.setColor(QColor(self._theme.ring))
            painter.setPen(pen)
            # Qt angles: 1/16 degree, counter-clockwise from 3 o'clock; start at 12, go clockwise.
            painter.drawArc(box, 90 * 16, -round(360 * 16 * self._progress))
        painter.end()
