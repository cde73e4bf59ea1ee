"""Minutes per day for the last four weeks, as quiet bars drawn with QPainter."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..style import theme
from ..style.text import fill


class MinutesChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: list[tuple[date, float]] = []
        self.setMinimumHeight(140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Minutes per day, last four weeks"))

    def sizeHint(self) -> QSize:
        return QSize(560, 160)

    def set_days(self, days: list[tuple[date, float]]) -> None:
        self.days = days
        total = sum(m for _, m in days)
        active = sum(1 for _, m in days if m > 0)
        # What a screen reader says in place of the picture.
        self.setAccessibleDescription(
            fill(
                self.tr("%1 minutes on %2 of the last %3 days"),
                f"{total:.0f}",
                str(active),
                str(len(days)),
            )
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        colours = theme.current()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        label_h = self.fontMetrics().height() + 4
        area = QRectF(self.rect()).adjusted(4, 4, -4, -label_h)
        p.setPen(QColor(colours.ring_track))
        p.drawLine(area.bottomLeft(), area.bottomRight())
        if not self.days:
            return
        top = max(10.0, max(m for _, m in self.days))
        slot = area.width() / len(self.days)
        bar = QColor(colours.ring)
        for i, (day, minutes) in enumerate(self.days):
            height = area.height() * minutes / top
            rect = QRectF(
                area.left() + i * slot + slot * 0.15, area.bottom() - height, slot * 0.7, height
            )
            if minutes > 0:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(bar)
                p.drawRoundedRect(rect, 2, 2)
            if day.weekday() == 0 or i == len(self.days) - 1:  # Mondays, and today
                p.setPen(QColor(colours.muted))
                p.drawText(
                    QRectF(area.left() + i * slot - slot, area.bottom() + 2, slot * 3, label_h),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    f"{day.day}",
                )
        p.end()
