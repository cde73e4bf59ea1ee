"""An SVG illustration from assets/illustrations, drawn at the largest size that fits."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..style import theme
from . import svg


class Illustration(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stem = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(180, 120)

    def sizeHint(self) -> QSize:
        # Asks for little and takes what is spare (Expanding): with large text, the words
        # keep their room and the picture shrinks, instead of the page having to scroll.
        return QSize(240, 160)

    def set_image(self, stem: str, description: str) -> None:
        self._stem = stem
        self.setAccessibleName(description)
        self.update()

    @property
    def stem(self) -> str:
        return self._stem

    def paintEvent(self, event: QPaintEvent) -> None:
        renderer = svg.renderer("illustrations", f"{self._stem}.svg") if self._stem else None
        if renderer is None:
            return
        view = renderer.viewBoxF()
        scale = min(self.width() / view.width(), self.height() / view.height())
        w, h = view.width() * scale, view.height() * scale
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setOpacity(theme.current().picture_opacity)
        renderer.render(painter, QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h))
        painter.end()
