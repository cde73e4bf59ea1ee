"""The breath guides: a circle with the hold's progress ring, or, for reduced motion, a bar
that fills slowly. They paint a scale they are given; the only timer here asks for a repaint
while the widget is visible, and owns no state."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QHideEvent, QPainter, QPaintEvent, QPen, QShowEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..style import theme

FrameSource = Callable[[], "tuple[float, float] | None"]

MIN_FRACTION = 0.5  # the circle's smallest radius, as a fraction of its largest
FRAME_MS = 16


class _BreathGuide(QWidget):
    """Polls the frame source while shown and repaints only the part that can change."""

    frame_ms = FRAME_MS

    def __init__(self, source: FrameSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._scale = 0.0
        self._progress = 0.0
        self._pump = QTimer(self)
        self._pump.setTimerType(Qt.TimerType.PreciseTimer)
        self._pump.setInterval(self.frame_ms)
        self._pump.timeout.connect(self.refresh)

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
            # Only the guide's own box changes; leave the rest of the window alone.
            self.update(self._bounds())

    def _bounds(self) -> QRect:
        return self.rect()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()
        self._pump.start()

    def hideEvent(self, event: QHideEvent) -> None:
        # Hidden or minimised: no frames at all.
        self._pump.stop()
        super().hideEvent(event)


class BreathCircle(_BreathGuide):
    def __init__(self, source: FrameSource, parent: QWidget | None = None) -> None:
        super().__init__(source, parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(112, 112)  # room for the time beside it, even with large text
        self.setAccessibleName(self.tr("Breathing guide"))
        self.setAccessibleDescription(
            self.tr("A circle that grows as you breathe in and shrinks as you breathe out")
        )

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
        colours = theme.current()
        centre = QPointF(self.rect().center())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colours.breath))
        painter.drawEllipse(centre, current, current)
        box = QRectF(centre.x() - ring, centre.y() - ring, 2 * ring, 2 * ring)
        pen = QPen(QColor(colours.ring_track), 8)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box)
        if self._progress > 0:
            pen.setColor(QColor(colours.ring))
            painter.setPen(pen)
            # Qt angles: 1/16 degree, counter-clockwise from 3 o'clock; start at 12, go clockwise.
            painter.drawArc(box, 90 * 16, -round(360 * 16 * self._progress))
        painter.end()


class BreathBar(_BreathGuide):
    """Reduced motion: a wide bar that fills as you breathe in and empties as you breathe
    out. Nothing grows or pulses; only the edge of the fill moves, slowly."""

    frame_ms = 50  # the edge moves a few pixels a frame at most

    def __init__(self, source: FrameSource, parent: QWidget | None = None) -> None:
        super().__init__(source, parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(36)
        self.setMinimumWidth(200)
        self.setAccessibleName(self.tr("Breathing guide"))
        self.setAccessibleDescription(
            self.tr("A bar that fills as you breathe in and empties as you breathe out")
        )

    def sizeHint(self) -> QSize:
        return QSize(480, 36)

    def fill_width(self) -> float:
        return (self.width() - 4) * self._scale

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = theme.current()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        radius = box.height() / 2
        painter.setPen(QPen(QColor(colours.ring_track), 2))
        painter.setBrush(QColor(colours.window))
        painter.drawRoundedRect(box, radius, radius)
        if self._scale > 0:
            fill = QRectF(box.left(), box.top(), max(box.height(), self.fill_width()), box.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(colours.breath))
            painter.setOpacity(min(1.0, self._scale * 4))  # no sudden dot at the very start
            painter.drawRoundedRect(fill, radius, radius)
        painter.end()
